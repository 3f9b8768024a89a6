# The clocks: result types, monotonicity and get_clock_info's shape.
import time

print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.monotonic_ns()))
print(type(time.perf_counter()), type(time.perf_counter_ns()), type(time.process_time()), type(time.process_time_ns()))
a, b = time.monotonic_ns(), time.monotonic_ns()
print('monotonic', a <= b)
a, b = time.perf_counter(), time.perf_counter()
print('perf_counter', a <= b)
print('time_ns vs time', abs(time.time_ns() / 1e9 - time.time()) < 5)
for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    info = time.get_clock_info(name)
    print(name, sorted(vars(info)), info.monotonic, info.adjustable, type(info.implementation), info.resolution > 0)
print(type(time.clock_gettime(time.CLOCK_REALTIME)), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)), time.clock_getres(time.CLOCK_REALTIME) > 0)
print(type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname))
