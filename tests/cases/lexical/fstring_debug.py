# The `=` specifier in f-strings: text is kept, repr by default, with conversions and specs.
x = 10
name = "ouro"
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}", f"{name=}", f"{name=!s}")
print(f"{x*2=}", f"{x + 1 = }")
print(f"{x=:>5}")
print(f"{name=:>8}")
print(f"{3.5=:.3f}")
print(f"{[1,2]=}", f"{None=}")
print(f"{name.upper()=}")
print(f"{x=!r:^10}")
