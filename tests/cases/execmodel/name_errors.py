# NameError and UnboundLocalError messages, including suggestions.
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", e.name)
def undefined():
    return nothing_here
show(undefined)
def unbound():
    print(x)
    x = 1
show(unbound)
def unbound_after_del():
    y = 1
    del y
    return y
show(unbound_after_del)
def free_unbound():
    def inner():
        return z
    result = inner
    try:
        return inner()
    finally:
        z = 1
show(free_unbound)
def deleted_global():
    global gone
    gone = 1
    del gone
    return gone
show(deleted_global)
print(issubclass(UnboundLocalError, NameError))
def aug():
    counter += 1
show(aug)
class K:
    try:
        print(undefined_in_class)
    except NameError as e:
        print("class body:", e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
