classe MyClass:
  pass
