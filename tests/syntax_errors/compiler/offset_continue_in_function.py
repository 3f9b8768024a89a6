def f():
  continue