@a
class A: pass
x
