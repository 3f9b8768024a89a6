tyo:
  pass
except y:
  pass
