iff x > 5:
  pass
