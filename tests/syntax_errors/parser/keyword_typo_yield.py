def foo():
  yeld i
