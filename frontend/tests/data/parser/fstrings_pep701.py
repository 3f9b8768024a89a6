f"{"nested"}"
f"{f"{f"{x}"}"}"
f"{
    x  # comment
    + 1
}"
f"{x:=10}"
f"{(x:=10)}"
f"{x!r:^{width}.{prec}f}"
f"{'a' if x else 'b'}"
f"{x,}" f"{x, y}"
f"{[1, 2]}"
f"{ {1: 2}[1] }"
f"{(lambda: 1)()}"
f"\{x}"
rf"\{x}"
f"{{{x}}}"
f"{x}}}" f"{{"
t"{x=}" t"{x = !r}" t"{x=:>5}"
t"a{b}c{d!s}e"
f"""{
x
=}"""
f"{'\n'}"
