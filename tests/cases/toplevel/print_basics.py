# print: sep, end, file=sys.stderr, flush, and non-str arguments.
import sys
print("hello")
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=",")
print("multi\nline")
print("", end="")
print("x", file=None)
sys.stdout.write("written directly\n")
sys.stderr.write("stderr written directly\n")
print(sys.stdout.write("abc"), file=sys.stderr)
print()
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
