# catch_warnings: record, filters restored, showwarning/formatwarning replaced, stack levels, skip_file_prefixes
import sys
import warnings
sys.stderr = sys.stdout

def deep(level):
    warnings.warn(f"level {level}", stacklevel=level)

def middle(level):
    deep(level)

def top(level):
    middle(level)

# Frames of code from "<fake" files are skipped by the prefix.
fake = {"warnings": warnings}
exec(compile("def skipped(p):\n    warnings.warn('skip', skip_file_prefixes=p)\n"
             "def also_skipped(p):\n    skipped(p)\n", "<fake>", "exec"), fake)

def calls_fake(p):
    fake["also_skipped"](p)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 0, -1):
        top(level)
    calls_fake(("<fake",))
    calls_fake(("/nowhere",))
    calls_fake(())
for w in log:
    print(w.category.__name__, w.message, w.filename.rsplit("/", 1)[-1], w.lineno)
print(len(warnings.filters))
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("inside", RuntimeWarning)
    except RuntimeWarning as e:
        print("error inside:", e)
warnings.warn("outside", RuntimeWarning)

def my_show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through showwarning")
warnings.showwarning = old
old_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f"formatted {c.__name__}: {m}\n"
warnings.warn("through formatwarning", UserWarning)
warnings.formatwarning = old_fmt
# A nested catch_warnings restores the outer filters.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
    warnings.warn("ignored by the outer block")
print("done")
