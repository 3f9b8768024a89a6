fur a in b:
  pass
