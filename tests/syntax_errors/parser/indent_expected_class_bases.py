class C(B, metaclass=M):
pass
