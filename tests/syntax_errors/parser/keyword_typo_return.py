def foo():
  returm result
