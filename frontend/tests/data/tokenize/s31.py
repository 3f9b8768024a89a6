def f(
    a,
    b,
):
    pass
  # dedented comment
    # comment
x
