if 1:
  x() = 1
elif 1:
  pass
