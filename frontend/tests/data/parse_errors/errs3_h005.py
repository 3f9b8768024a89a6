del a.b, a[1], (a)
