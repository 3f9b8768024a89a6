whille True:
  pass
