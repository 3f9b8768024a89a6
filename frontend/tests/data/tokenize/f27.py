def f():
  x = f"""
  {a
