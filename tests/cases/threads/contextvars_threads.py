# contextvars and threads: each new thread starts with an empty context (3.13) unless given one; copy_context().run in a thread.
import contextvars, threading
var = contextvars.ContextVar("var", default="default")
var.set("main")
seen = []
def look():
    seen.append(var.get())
    var.set("thread")
    seen.append(var.get())
t = threading.Thread(target=look); t.start(); t.join()
print(seen, var.get())
ctx = contextvars.copy_context()
seen.clear()
t = threading.Thread(target=ctx.run, args=(look,)); t.start(); t.join()
print(seen, ctx[var], var.get())
nodefault = contextvars.ContextVar("nodefault")
errs = []
def look2():
    try:
        nodefault.get()
    except LookupError as e:
        errs.append(type(e).__name__)
nodefault.set(1)
t = threading.Thread(target=look2); t.start(); t.join()
print(errs)
tokens = []
def settoken():
    tok = var.set("x")
    tokens.append(tok)
t = threading.Thread(target=settoken); t.start(); t.join()
try:
    var.reset(tokens[0])
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
results = {}
def worker(i):
    var.set(i)
    for _ in range(100):
        pass
    results[i] = var.get()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()), var.get())
