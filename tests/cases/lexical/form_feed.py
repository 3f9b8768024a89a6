# Form feeds (\f) at the start of lines reset indentation counting.
x = 1
if x:
    print("form feed then indent")

print("after form-feed-only line")
