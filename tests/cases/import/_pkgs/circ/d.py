import circ.c
import sys
try:
    circ.c
except AttributeError as e:
    print('AttributeError:', e)
partial = sys.modules['circ.c']
try:
    partial.C
except AttributeError as e:
    print('AttributeError:', e.args[0].replace(partial.__file__, 'FILE'))
D = 'd'
