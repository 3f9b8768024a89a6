def foo():
  globel counter
