# -W option strings as warnings applies sys.warnoptions (_processoptions), including invalid ones
import sys
import warnings
sys.stderr = sys.stdout
warnings.resetwarnings()
warnings._processoptions([
    "error::DeprecationWarning",
    "ignore:spam",
    "once::UserWarning:__main__",
    "a",
    "m:::mod:12",
    "bogus",
    "error:::x:y",
    "error::NoSuchWarning",
    "error::int",
    "error::nosuchmodule.Warn",
    "error::warnings.NotThere",
    "1:2:3:4:5:6",
    "error:msg:UnicodeWarning:mod.x:-1",
])
for f in warnings.filters:
    print(f[0], f[1] and f[1].pattern, f[2].__name__, f[3] and f[3].pattern, f[4])
for text in ("once here", "once here"):
    warnings.warn(text)
warnings.warn("spam is ignored")
try:
    warnings.warn("deprecated", DeprecationWarning)
except DeprecationWarning as e:
    print("error:", e)
