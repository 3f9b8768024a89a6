# Expression statements: values are discarded, calls run for side effects.
def side(x):
    print("side effect", x)
    return x
side(1)
1 + 2
"a string statement"
[side(i) for i in range(2)]
side(3) if True else side(4)
(side(5), side(6))
None
...
x = 5
x
x == 6
lambda: side("never")
side(7) and side(0) and side(8)
print("done")
