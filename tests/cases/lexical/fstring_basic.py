# f-strings: expressions, conversions, quotes and braces.
name = "world"
n = 42
print(f"hello {name}", F"n={n}", f'{n + 1}', f"""{n * 2}""")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{{literal}}", f"{{{n}}}", f"}}{{")
print(f"{'quoted'}", f'{"double"}', f"{'nested' + "same"}")
print(f"{[1, 2, 3]}", f"{ {'a': 1} }", f"{(1, 2)}")
print(f"{n if n > 0 else -n}", f"{(lambda x: x * 2)(3)}")
print(f"{'a' 'b'}", f"x" "y" f"{n}")
d = {"key": "value"}
print(f"{d['key']}", f"{d["key"]}")
print(f"{n:>5}|", f"{n:<5}|", f"{n:^5}|", f"{n:05}", f"{n:+}")
print(f"{3.14159:.2f}", f"{1234567:,}", f"{1234567:_}", f"{255:x}", f"{255:#X}", f"{5:b}")
print(f"{0.25:%}", f"{0.25:.0%}", f"{1e10:e}", f"{123.456:g}")
print(f"{'abc':*^9}", f"{'abc':.2}", f"{-7:=+6}")
