# PEP 420 namespace packages spread over two sys.path entries: __path__, __file__, __spec__, and submodules from each portion
import sys
sys.dont_write_bytecode = True
base = __file__.rpartition('/')[0] + '/_pkgs'
sys.path[:0] = [base + '/ns1', base + '/ns2']

import nspkg.one
import nspkg.two
print(nspkg.one.WHERE, nspkg.two.WHERE)
print(type(nspkg.__path__).__name__, [p.rpartition('/_pkgs/')[2] for p in nspkg.__path__])
print(getattr(nspkg, '__file__', 'no __file__'))
print(nspkg.__spec__.origin, nspkg.__spec__.name, nspkg.__spec__.loader is nspkg.__loader__)
print(type(nspkg.__loader__).__name__)
print(nspkg.__package__, nspkg.one.__package__)
print(repr(nspkg).split(' ')[0:2])
