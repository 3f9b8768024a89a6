class C(metaclass=Meta, __debug__=42):
    pass
