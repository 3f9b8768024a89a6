with blech, block as something
  pass
