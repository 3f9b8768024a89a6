# Errors of the time module's conversions and sleep.
import time

cases = [
    lambda: time.gmtime('x'), lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e300),
    lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime('%Y', [1] * 9), lambda: time.strftime(1),
    lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2000, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 62, 0, 1, 0)), lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 'a')),
    lambda: time.asctime((1,)), lambda: time.asctime('x'), lambda: time.mktime((1,)), lambda: time.mktime(5),
    lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.sleep(float('nan')), lambda: time.get_clock_info('x'),
    lambda: time.get_clock_info(1), lambda: time.struct_time((1,) * 8), lambda: time.struct_time((1,) * 12),
    lambda: time.struct_time(5), lambda: time.struct_time((1,) * 9, 5), lambda: time.struct_time((1,) * 9, {'x': 1}),
    lambda: time.time(1), lambda: time.monotonic_ns(1),
    lambda: time.struct_time((1,) * 9).__replace__(tm_foo=1), lambda: time.struct_time((1,) * 9).__replace__(1),
]
for c in cases:
    try:
        print('no error', c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
time.sleep(0)
time.sleep(0.001)
print('slept')
