match x x:
  case list():
      pass
