# Code compiled under a made-up filename whose source was registered with linecache: the traceback shows the source and carets
import linecache
source = "def area(w, h):\n    return w * h.size\n"
linecache.cache["<registered>"] = (len(source), None, source.splitlines(True), "<registered>")
namespace = {}
exec(compile(source, "<registered>", "exec"), namespace)
namespace["area"](2, 3)
