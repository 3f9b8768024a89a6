# Five levels of nested functions with reads, nonlocal writes and shadowing at various levels.
def l1():
    a = "l1-a"
    b = "l1-b"
    def l2():
        b = "l2-b"
        def l3():
            nonlocal b
            b = "l3 wrote b"
            def l4():
                def l5():
                    return a, b
                return l5()
            return l4()
        r = l3()
        return r, b
    return l2(), a, b
print(l1())
def shadow_chain():
    x = 1
    def f():
        x = 2
        def g():
            x = 3
            def h():
                return x
            return h()
        return g(), x
    return f(), x
print(shadow_chain())
