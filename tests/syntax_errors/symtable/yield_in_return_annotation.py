def f() -> (yield): pass
