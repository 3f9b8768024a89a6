# global statement: module-level binding from functions, classes and nested scopes.
g = "module"
def set_g():
    global g
    g = "set in function"
set_g()
print(g)
def declare_new():
    global brand_new
    brand_new = [1]
declare_new()
print(brand_new)
class K:
    global from_class
    from_class = "class body wrote a global"
    local_attr = 1
print(from_class, hasattr(K, "from_class"))
def multiple():
    global m1, m2
    m1, m2 = 1, 2
multiple()
print(m1, m2)
def nested():
    def inner():
        global g
        g = "inner"
    g = "nested local"
    inner()
    return g
print(nested(), g)
def reads_then_global():
    global counter
    counter = counter + 1 if "counter" in globals() else 0
reads_then_global(); reads_then_global(); reads_then_global()
print(counter)
def global_del():
    global temp
    temp = 1
    del temp
global_del()
print("temp" in globals())
exec("global via_exec\nvia_exec = 'exec global'")
print(via_exec)
