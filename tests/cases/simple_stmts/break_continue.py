# break and continue in for/while, nested loops, with else clauses and finally.
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("for", i)
else:
    print("never: broke out")
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print("while", n)
else:
    print("while else runs", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("nested", i, j)
for i in range(3):
    try:
        if i == 1:
            continue
        print("try body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        break
    finally:
        print("finally on break", i)
def cont_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out
print(cont_in_finally())
for x in []:
    break
else:
    print("else on empty")
found = None
for item in ["a", "b", "c"]:
    if item == "b":
        found = item
        break
print(found)
for text in ["break", "continue", "def f():\n    break", "class C:\n    continue"]:
    try:
        compile(text, "<case>", "exec")
    except SyntaxError as e:
        print(repr(text), e.msg)
