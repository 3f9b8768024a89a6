class C:
    def f(self):
        return super().f(), __class__, self.__x
