class C:
    def f(self):
