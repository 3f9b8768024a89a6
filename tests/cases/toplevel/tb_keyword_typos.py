# SyntaxError keyword typo suggestions ("Did you mean 'for'?") and NameError "Did you forget to import" through sys.excepthook.
import sys
for src in ["forr x in y:\n    pass\n", "x = 1\nif x:\n    whille True:\n        pass\n", "a = 1\nimprot os\n", "def f():\n  retrun 5\n", "x = [1, 2 3]\n", "iff x = 3\n"]:
    try:
        compile(src, "k.py", "exec")
    except SyntaxError as e:
        print(repr(getattr(e, "_metadata", "NONE")), repr(e.msg), e.lineno, e.offset, e.end_offset)
        sys.excepthook(type(e), e, None)
try:
    math.sqrt(2)
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)
def f():
    sy = 1
    return sys2
try:
    f()
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    tim
except NameError as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    exec("clas Foo:\n    pass\n")
except SyntaxError as e:
    sys.excepthook(type(e), e, e.__traceback__)
