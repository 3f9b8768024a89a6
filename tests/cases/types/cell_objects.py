# cell objects: cell_contents read/write/delete, empty cell errors, comparisons, types.CellType constructor via type(cell)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def make():
    x = 'value'
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
cell = get.__closure__[0]
t(lambda: type(cell).__name__)
t(lambda: cell.cell_contents)
set_('changed')
t(lambda: cell.cell_contents)
cell.cell_contents = 'direct'
t(lambda: get())
del cell.cell_contents
t(lambda: cell.cell_contents)
t(lambda: get())
Cell = type(cell)
c1 = Cell(1)
c2 = Cell(2)
c_empty = Cell()
t(lambda: c1.cell_contents)
t(lambda: c_empty.cell_contents)
t(lambda: c1 < c2)
t(lambda: c1 == Cell(1))
t(lambda: c_empty == Cell())
t(lambda: c_empty < c1)
t(lambda: repr(c_empty).startswith('<cell at '))
t(lambda: 'empty' in repr(c_empty))
t(lambda: 'int object' in repr(c1))
t(lambda: Cell(1, 2))
def late():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()
t(late)
def shared():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def read():
        return n
    return inc, read
inc, read = shared()
inc()
inc()
t(lambda: (read(), inc.__closure__[0] is read.__closure__[0]))
t(lambda: hash(c1) == hash(c1))
class K:
    def m(self):
        return __class__
t(lambda: K.m.__closure__[0].cell_contents is K)
t(lambda: K.m.__code__.co_freevars)
