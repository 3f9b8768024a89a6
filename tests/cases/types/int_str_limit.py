# int <-> str conversions of big ints: decimal digit limit (4300) errors and sys.set_int_max_str_digits, power-of-two bases unlimited
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sys.get_int_max_str_digits())
big = 10 ** 5000
t(lambda: len(str(big)))
t(lambda: int('1' * 5000))
t(lambda: len(hex(big)) > 4000)
t(lambda: int('f' * 5000, 16) > 0)
t(lambda: len(str(10 ** 4299)))
t(lambda: len(repr(10 ** 4299)))
t(lambda: len(f'{big:x}') > 0)
t(lambda: format(big, 'd'))
sys.set_int_max_str_digits(0)
t(lambda: len(str(big)))
t(lambda: int('7' * 5000) % 1000)
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10 ** 4999)))
t(lambda: len(str(10 ** 5000)))
t(lambda: sys.set_int_max_str_digits(100))
t(lambda: sys.set_int_max_str_digits(-1))
print(sys.get_int_max_str_digits())
t(lambda: sys.int_info.default_max_str_digits)
t(lambda: sys.int_info.str_digits_check_threshold)
