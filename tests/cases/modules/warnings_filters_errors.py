# Bad filters, registries and defaults the native filtering reports
import sys
import warnings
saved = warnings.filters
cases = [
    [1],
    [("error", None, Warning, None)],
    [(1, None, Warning, None, 0)],
    [("bogus", None, Warning, None, 0)],
    [("error", None, Warning, None, "x")],
    [("error", None, 5, None, 0)],
    [("error", 5, Warning, None, 0)],
    "not a list",
]
for filters in cases:
    warnings.filters = filters
    try:
        warnings.warn("x")
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
warnings.filters = saved
warnings.resetwarnings()
warnings.defaultaction = 7
try:
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
warnings.defaultaction = "default"
del warnings.filters
try:
    warnings.warn("no filters attribute")
    print("used the native list")
except Exception as e:
    print(type(e).__name__, e)
warnings.filters = saved
# Exact-string filters (as _warnings' defaults have) compare equal.
warnings.filters[:] = [("error", None, UserWarning, "__main__", 0)]
warnings._filters_mutated()
try:
    warnings.warn("exact module")
except UserWarning as e:
    print("raised by exact module", e)
