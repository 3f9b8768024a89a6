case = 1
print(case)
