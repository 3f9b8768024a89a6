# sorted(dir()) of the builtins module, one name per line
import sys

# The reference interpreter (Pyodide) adds ___EvalCodeResultException to builtins; no CPython build has
# a triple-underscore builtin, so such names are left out.
for name in sorted(dir(sys.modules['builtins'])):
    if not name.startswith('___'):
        print('builtins', name)
