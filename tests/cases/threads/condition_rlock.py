# Condition over an RLock held several times: wait releases all levels (_release_save/_acquire_restore) and restores them.
import threading
rl = threading.RLock()
c = threading.Condition(rl)
state = []
def waiter():
    with c:
        with c:
            with c:
                state.append("waiting")
                r = c.wait(5)
                state.append(("woke", r, rl._is_owned()))
            state.append("level2")
        state.append("level1")
t = threading.Thread(target=waiter)
t.start()
while True:
    with c:
        if state:
            c.notify()
            break
t.join()
print(state)
print(rl._is_owned())
rl.acquire(); rl.acquire()
saved = rl._release_save()
print(type(saved).__name__, len(saved), saved[0], rl._is_owned())
rl._acquire_restore(saved)
print(rl._is_owned()); rl.release(); print(rl._is_owned()); rl.release(); print(rl._is_owned())
try:
    rl._release_save()
except RuntimeError as e:
    print("RuntimeError", e)
c2 = threading.Condition()
try:
    c2.wait(0)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError", e)
with c2:
    print(c2.wait(0), c2.wait_for(lambda: 7, 0), c2.wait_for(lambda: 0, 0.01))
print(repr(c2).startswith("<Condition("))
