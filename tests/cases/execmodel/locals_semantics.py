# locals() snapshots in functions (PEP 667), and its live mapping at module and class level.
def f():
    x = 1
    snap = locals()
    snap["x"] = 99
    snap["new"] = 1
    return x, "new" in locals(), sorted(snap)
print(f())
def g():
    a = 1
    first = locals()
    b = 2
    second = locals()
    return sorted(first), sorted(second), first is second
print(g())
class C:
    x = 1
    ns = locals()
    ns["injected"] = "via locals()"
print(C.injected if hasattr(C, "injected") else "not injected")
print(locals() is globals())
def with_exec():
    exec("y = 5")
    try:
        return y
    except NameError as e:
        return f"NameError: {e}"
print(with_exec())
def exec_with_locals():
    ns = {}
    exec("z = 7", globals(), ns)
    return ns["z"]
print(exec_with_locals())
def closure_locals():
    free = "free"
    def inner():
        return sorted(locals()), free
    return inner()
print(closure_locals())
