# sorted(dir()) of sys.monitoring and dir() of sys.monitoring.events, one name per line
import sys

for name in sorted(dir(sys.monitoring)):
    print("sys.monitoring", name)
for name in dir(sys.monitoring.events):
    print("sys.monitoring.events", name)
