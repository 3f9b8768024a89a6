# PEP 701 f-strings: reusing quotes, backslashes, comments and newlines inside replacement fields.
items = {"a": 1, "b": 2}
print(f"{items["a"]} {items['b']}")
print(f"{'\n'.join(['x', 'y'])}")
print(f"{"nested " + f"{"deep"}"}")
print(f"{
    items["a"]  # a comment inside the field
    + items["b"]
}")
print(f"{'\\'}", f"{'\t'!r}", f"{chr(92)}")
print(f'''{"""triple inside"""}''')
print(f"{f'{f"{1}"}'}")
print(f"{'{'}{'}'}", f"{{}}", f"{'{{}}'}")
