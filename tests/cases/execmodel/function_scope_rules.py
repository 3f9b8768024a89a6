# Local scope is decided at compile time: any assignment makes a name local in the whole function.
x = "global"
def reads_global():
    return x
def local_everywhere():
    if False:
        x = "never"
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(reads_global(), local_everywhere())
def for_target():
    for x in []:
        pass
    try:
        return x
    except UnboundLocalError:
        return "for target is local"
print(for_target())
def import_binds():
    import sys
    return type(sys).__name__
print(import_binds())
def with_target():
    class CM:
        def __enter__(self): return "entered"
        def __exit__(self, *a): return False
    with CM() as x:
        pass
    return x
print(with_target())
def except_clears():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "err unbound after except: " + str(e)
print(except_clears())
def walrus_binds():
    [y := 5]
    return y
print(walrus_binds())
def walrus_in_comprehension():
    [last := i for i in range(4)]
    return last
print(walrus_in_comprehension())
def del_makes_local():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(del_makes_local())
def class_def_binds():
    class x: pass
    return x.__name__
print(class_def_binds(), x)
