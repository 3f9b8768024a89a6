if x:
  a = """
"""
    b
