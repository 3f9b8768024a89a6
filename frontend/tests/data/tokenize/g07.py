if x:
    a
  b = """
"""
