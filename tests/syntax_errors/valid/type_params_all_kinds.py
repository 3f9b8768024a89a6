def f[T: int, *Ts, **P, U = str](): pass
class C[T: (int, str) = int]: pass
type X[T] = list[T]
