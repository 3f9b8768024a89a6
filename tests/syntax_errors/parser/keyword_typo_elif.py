if x:
  pass
elseif y:
  pass
