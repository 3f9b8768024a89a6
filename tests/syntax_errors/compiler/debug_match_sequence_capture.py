match x:
  case a, __debug__, b:
      pass
