def f[T: (int, str) = int, *Ts: int](): pass
