[
x for x
in range(3)
of x
]
