# Warnings issued by the interpreter itself (PyErr_WarnEx, the compiler's SyntaxWarning) go through the same filters
import sys
import warnings
sys.stderr = sys.stdout

def invert():
    return ~True

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    invert()
    compile("x = '\\d'", "<compiled>", "exec")
for w in log:
    print(w.category.__name__, w.message, w.filename.rsplit("/", 1)[-1], w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        invert()
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print(invert())
# Default filters: a DeprecationWarning from __main__ is shown once per line.
for i in range(2):
    invert()
print("registry keys", sorted(k[0][:20] for k in __warningregistry__ if k != "version"))
