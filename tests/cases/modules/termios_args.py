import termios, os
r, w = os.pipe()
for a in [(r, 0, []), (r, 0, (0,) * 7), ('x', 0, [])]:
    try: termios.tcsetattr(*a)
    except Exception as e: print(type(e).__name__, e)
try: termios.tcsetwinsize(r, 5)
except Exception as e: print(type(e).__name__, e)
print(issubclass(termios.error, Exception), termios.error.__mro__[1].__name__, termios.error.__module__)
os.close(r); os.close(w)
