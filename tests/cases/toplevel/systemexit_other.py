# SystemExit with a non-int, non-str code prints its str to stderr; status 1.
import sys
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", e.code)
sys.exit([1, "two"])
