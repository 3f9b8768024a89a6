match x:
  case a, b, *__debug__:
      pass
