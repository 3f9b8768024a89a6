# warn_explicit: registries, module normalisation, module=None, module_globals and its loader, argument errors
import sys
import warnings
sys.stderr = sys.stdout
warnings.resetwarnings()
warnings.simplefilter("default")
reg = {}
for i in range(2):
    warnings.warn_explicit("explicit", UserWarning, "some/file.py", 7, registry=reg)
print(sorted((k for k in reg if k != "version"), key=repr))
# Without a module, the filename minus ".py" is matched by module filters.
warnings.filterwarnings("error", module="some/file$")
try:
    warnings.warn_explicit("m", UserWarning, "some/file.py", 3)
except UserWarning as e:
    print("raised for module some/file:", e)
try:
    warnings.warn_explicit("m", UserWarning, "", 3)
    print("'' is module <unknown>")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.simplefilter("error")
# module=None: ignored (warnings late in shutdown).
warnings.warn_explicit("dropped", UserWarning, "f.py", 1, module=None)
print("module=None ignored")
warnings.simplefilter("always")
# module_globals: the loader's source gives the line; its errors propagate.
class Loader:
    def get_source(self, name):
        if name == "broken":
            raise ImportError("no source for broken")
        return "line one\nline two\n"
class Spec:
    loader = Loader()
for name, lineno, spec, loader in [
    ("fine", 2, Spec(), None),
    ("fine", 9, Spec(), None),
    ("broken", 1, Spec(), None),
    ("nospec", 1, None, None),
    ("noloader", 1, None, Loader()),
]:
    g = {"__name__": name, "__spec__": spec, "__loader__": loader}
    try:
        warnings.warn_explicit(f"with globals {name}", UserWarning, "mod.py", lineno, module_globals=g)
    except Exception as e:
        print(type(e).__name__, e)
for args, kwargs in [
    (("m", UserWarning, "f.py", 1), {"registry": 5}),
    (("m", UserWarning, "f.py", 1), {"module_globals": []}),
    (("m", UserWarning, 5, 1), {}),
    (("m", UserWarning, "f.py", "1"), {}),
    (("m", 5, "f.py", 1), {}),
    (("m",), {}),
]:
    try:
        warnings.warn_explicit(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
for args, kwargs in [((), {}), (("m", 5), {}), (("m", int), {}), (("m",), {"skip_file_prefixes": ["x"]}), (("m",), {"skip_file_prefixes": (1,)})]:
    try:
        warnings.warn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
