# t-strings (PEP 750): Template and Interpolation objects.
name = "world"
t = t"hello {name}!"
print(type(t).__name__)
print(t.strings)
print(len(t.interpolations))
i = t.interpolations[0]
print(type(i).__name__, i.value, i.expression, i.conversion, repr(i.format_spec))
t2 = t"{42:>5} and {name!r}"
for item in t2.interpolations:
    print(item.value, item.expression, item.conversion, repr(item.format_spec))
print(t2.strings)
print(list(t2.values))
t3 = t"" 
print(t3.strings, t3.interpolations)
t4 = t"{1}{2}"
print(t4.strings)
for part in t"a{1}b{2}c":
    print(type(part).__name__, part if isinstance(part, str) else part.value)
print((t"x{1}" + t"y{2}").strings)
w = 5
t5 = t"{3.14:{w}.2f}"
print(repr(t5.interpolations[0].format_spec))
t6 = rt"\n{name}"
print(t6.strings)
