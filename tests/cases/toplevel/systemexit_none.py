# sys.exit() and SystemExit(None) exit with status 0.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught code", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("exiting cleanly")
raise SystemExit
