# Filter actions on the native warn: default, once, module, always, all, ignore, error; registries and their keys
import sys
import warnings
sys.stderr = sys.stdout

def emit(text, category=UserWarning):
    warnings.warn(text, category)

def show(action):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    globals().pop("__warningregistry__", None)
    for i in range(2):
        emit(f"{action} same")
    warnings.warn(f"{action} other line")
    warnings.warn(f"{action} other line")
    reg = {k: v for k, v in globals().get("__warningregistry__", {}).items() if k != "version"}
    print(action, sorted(reg.items(), key=repr))

for action in ("default", "once", "module", "always", "all", "ignore"):
    show(action)

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)
# A Warning instance gives its own class.
try:
    warnings.warn(DeprecationWarning("instance"), UserWarning)
except DeprecationWarning as e:
    print("raised", type(e).__name__, e)
# The first matching filter decides; a category filter matches subclasses.
warnings.resetwarnings()
warnings.simplefilter("ignore", Warning)
warnings.simplefilter("error", DeprecationWarning)
try:
    warnings.warn("pending", PendingDeprecationWarning)
    print("PendingDeprecationWarning ignored")
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", e)
# Message filters are case-insensitive regexes matched at the start.
warnings.resetwarnings()
warnings.filterwarnings("error", message="spam")
for text in ("SPAM and eggs", "eggs and spam"):
    try:
        warnings.warn(text)
        print("not raised:", text)
    except UserWarning as e:
        print("raised:", e)
# Module filters match the module name; lineno filters one line.
warnings.resetwarnings()
warnings.filterwarnings("error", module="__main__", lineno=10_000)
warnings.warn("line 10000 only")
print("other lines pass")
warnings.resetwarnings()
warnings.filterwarnings("error", module="other")
warnings.warn("not from other")
print("module filter did not match")
# No filter matches: defaultaction decides.
warnings.resetwarnings()
warnings.defaultaction = "error"
try:
    warnings.warn("by default")
except UserWarning as e:
    print("defaultaction error:", e)
warnings.defaultaction = "default"
