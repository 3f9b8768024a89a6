# A warning turned into an exception by the "error" filter, raised from a nested call and printed uncaught, after one printed by print_exc with a note
import traceback
import warnings
warnings.simplefilter("error")
def deprecated_api():
    warnings.warn("old api, use new_api()", DeprecationWarning, stacklevel=2)
def caller():
    deprecated_api()
try:
    caller()
except DeprecationWarning as w:
    w.add_note("seen by the handler")
    traceback.print_exc()
warnings.warn("user level problem", UserWarning)
