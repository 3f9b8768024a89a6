# The limit on int/str conversion digits (sys.set_int_max_str_digits).
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), int("f" * 5000, 16).bit_length())
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5001)
print(len(str(big)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(type(e).__name__, e)
print(str(10 ** 639)[:5])
