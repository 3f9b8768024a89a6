# SystemExit raised while an exception propagates replaces it; status comes from the SystemExit.
import sys
try:
    raise RuntimeError("lost")
finally:
    print("exiting from finally")
    sys.exit(4)
