# sorted(dir(_contextvars)), one name per line
import _contextvars

for name in sorted(dir(_contextvars)):
    print('_contextvars', name)
