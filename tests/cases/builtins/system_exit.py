# deliberately exits through an uncaught SystemExit(3): no traceback, output kept, exit status 3; finally blocks still run
import sys

print('start')
try:
    sys.exit(3)
except SystemExit as e:
    print('caught once', e.code)
try:
    print('exiting for real')
    raise SystemExit(3)
finally:
    print('finally runs before exit')
print('never printed')
