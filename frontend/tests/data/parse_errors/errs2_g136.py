def f(
    a,
    b
