# Names defined conditionally or in loops exist only if the code ran.
if False:
    never = 1
print("never" in globals())
try:
    never
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    def made_in_loop():
        return i
print(made_in_loop())
while True:
    class LoopClass:
        pass
    break
print(LoopClass.__name__)
try:
    import sys as conditional_sys
except ImportError:
    conditional_sys = None
print(conditional_sys is not None)
def maybe(flag):
    if flag:
        result = "set"
    return result
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
