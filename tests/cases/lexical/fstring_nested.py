# f-strings: nested replacement fields in format specs, nested f-strings, multi-line.
width = 10
prec = 3
value = 3.14159265
print(f"{value:{width}.{prec}f}|")
print(f"{value:{'>'}{width}}|")
print(f"{f'{value:.2f}':>8}|")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{'x':{'<'}{5}}|")
items = ["a", "b"]
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{
    1 +
    2
}")
print(f"{value = :.2f}")
fill = "*"
print(f"{'mid':{fill}^{width}}")
print(f"{'\n'.join(['l1', 'l2'])}")
print(f"{'a' if True else 'b'}{'#' * 3}")
print(f"result: {[x ** 2 for x in range(4)]}")
print(f"{3:{'0'}{4}}", f"{12:#{'x'}}")
