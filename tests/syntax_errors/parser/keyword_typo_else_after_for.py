for a in b:
  pass
elso:
  pass
