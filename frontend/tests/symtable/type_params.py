class Box[T: int = str, *Ts, **P](Base[T]):
    type Alias[U] = dict[T, U]
    def get[V](self, v: V = None, *, w: T = 0) -> T: ...
    def __private[__Q](self, q: __Q): return __class__

type Plain = int
def generic[X: (int, str)](x: X) -> X: return x
