# _warnings' native state is what warnings uses: the same filters list, once-registry, default action and context variable; the lock and the filters version
import _warnings
import warnings
print(warnings.warn is _warnings.warn, warnings.warn_explicit is _warnings.warn_explicit)
print(warnings.filters is _warnings.filters)
print(warnings.onceregistry is _warnings._onceregistry, warnings.defaultaction)
print(type(_warnings._warnings_context).__name__, _warnings._warnings_context.name)
print(warnings._use_context)
for f in _warnings.filters:
    print(f)
print(_warnings.warn.__name__, _warnings.warn.__module__)
print(_warnings.warn_explicit.__text_signature__)
print(_warnings._acquire_lock.__text_signature__, _warnings._acquire_lock.__doc__)
# The lock is recursive; _filters_mutated_lock_held needs it.
_warnings._acquire_lock()
_warnings._acquire_lock()
_warnings._filters_mutated_lock_held()
_warnings._release_lock()
_warnings._release_lock()
for call in (_warnings._release_lock, _warnings._filters_mutated_lock_held):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
with warnings._lock:
    print(type(warnings._lock).__name__)
# Each filters change bumps the version a registry records.
def registry_version():
    warnings.warn("versioned")
    return __warningregistry__["version"]
before = registry_version()
warnings.simplefilter("ignore", ImportWarning)
after = registry_version()
print(after - before)
warnings.filters.pop(0)
warnings._filters_mutated()
print(registry_version() - after)
