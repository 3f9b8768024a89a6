# enumerate called as the type itself (its own argument checks) vs enumerate.__new__ and subclasses (clinic's parsing): the messages differ
class E(enumerate): pass
for f in (lambda: enumerate(), lambda: enumerate.__new__(enumerate), lambda: enumerate(start=1), lambda: enumerate.__new__(enumerate, start=1), lambda: type(enumerate('a'))(),
          lambda: enumerate(1,2,3), lambda: enumerate.__new__(enumerate, 1, 2, 3), lambda: enumerate('a', x=1), lambda: enumerate(x=1), lambda: enumerate(iterable='ab', start=3),
          lambda: enumerate(start=3, iterable='ab'), lambda: enumerate(start=3, x='ab'), lambda: enumerate(x=3, start='ab'), lambda: E(), lambda: E(x=1), lambda: E('ab', 1, 2),
          lambda: enumerate('ab', start=1.5), lambda: enumerate(5), lambda: enumerate.__new__(enumerate, x=1), lambda: enumerate('a', 'b', start=1)):
    try: print(list(f()))
    except TypeError as e: print(e)
