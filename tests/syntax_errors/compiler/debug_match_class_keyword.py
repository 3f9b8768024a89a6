match x:
  case Foo(a, __debug__=1, b=2):
      pass
