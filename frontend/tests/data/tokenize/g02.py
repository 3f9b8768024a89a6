x = """abc
def""" + \
  2 \ y
