class Blech[T](A):
pass
