# input(): with stdin at end of file raises EOFError after writing the prompt to stdout; argument errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: input(1, 2))
t(lambda: input(prompt='x'))
sys.stdout.flush()
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(e.args))
