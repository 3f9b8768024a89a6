dict(x=34, x=1, y=2); x $ y
