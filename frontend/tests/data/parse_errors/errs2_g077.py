class A(**k, x): pass
