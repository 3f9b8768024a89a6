# sorted(dir()) of struct sequence types and an instance (fields, n_* counts, __match_args__, methods)
import posix
import sys
import time

for t in [posix.stat_result, time.struct_time, posix.terminal_size, posix.times_result, type(sys.version_info)]:
    print(t.__name__, sorted(dir(t)))
print(sorted(dir(time.gmtime(0))))
