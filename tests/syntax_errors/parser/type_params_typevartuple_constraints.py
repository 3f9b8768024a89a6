def f[*T: (int, str)](): pass
