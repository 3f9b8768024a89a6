# The sys module's portable attributes as seen from a script.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.version_info[:2] == (3, 14), sys.version_info.releaselevel, isinstance(sys.version, str))
print(sys.byteorder in ("little", "big"), sys.maxunicode, sys.float_info.mant_dig, sys.float_info.dig)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.int_info.bits_per_digit in (15, 30), sys.getrecursionlimit() >= 1000)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.stdout.write("x") == 1)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.hash_randomization)
print(callable(sys.exit), callable(sys.exc_info), callable(sys.exception), callable(sys.intern))
print(sys.intern("abc") == "abc", sys.implementation.name != "", type(sys.path).__name__)
print(sys.stdin.read(), repr(sys.stdin.readline()))
