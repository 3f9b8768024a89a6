# NameError and AttributeError suggestions ("Did you mean") in uncaught tracebacks.
class Thing:
    def __init__(self):
        self.value = 1
try:
    Thing().valu
except AttributeError as e:
    print("caught:", e)
counter = 1
print(countr)
