# Free variables are looked up when used, so rebinding after the closure is created is visible.
def outer():
    msg = "first"
    def show():
        return msg
    results = [show()]
    msg = "second"
    results.append(show())
    return results
print(outer())
def counter_list():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(counter_list())
def shared_by_two():
    box = []
    def put(v):
        box.append(v)
    def get():
        return list(box)
    return put, get
put, get = shared_by_two()
put(1); put(2)
print(get())
def rebinding_param(x):
    def read():
        return x
    x = x * 10
    return read()
print(rebinding_param(4))
