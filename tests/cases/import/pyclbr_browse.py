# pyclbr.readmodule_ex on a module (and the local module it imports) written at run time: classes, methods, nested functions and classes, bases (local, imported, dotted), line numbers, async defs, and readmodule's class-only view
import os
import sys
import pyclbr
import tempfile

SOURCE = '''\
import browsed_base
from collections import OrderedDict as OD

def top(a, b):
    def inner():
        class InInner:
            pass
    return inner

async def atop():
    pass

class Base:
    def method(self):
        pass
    @staticmethod
    def static():
        pass
    class Nested:
        def deep(self):
            pass

class Child(Base, OD, browsed_base.Remote, browsed_base.Absent, nowhere.Thing):
    def method(self):
        def helper():
            pass
    async def amethod(self):
        pass

if True:
    def conditional():
        pass
'''

def show(obj, indent=0):
    kind = type(obj).__name__
    extra = ''
    if isinstance(obj, pyclbr.Class):
        extra = ' super=' + repr([s if isinstance(s, str) else s.name for s in obj.super]) + ' methods=' + repr(sorted(obj.methods.items()))
    if isinstance(obj, pyclbr.Function):
        extra = ' async=' + repr(obj.is_async)
    parent = obj.parent.name if obj.parent else None
    print(' ' * indent + f'{kind} {obj.name} {obj.module} lines {obj.lineno}-{obj.end_lineno} parent={parent}{extra}')
    for child in sorted(obj.children.values(), key=lambda c: c.lineno):
        show(child, indent + 2)

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    with open(os.path.join(tmp, 'browsed.py'), 'w') as f:
        f.write(SOURCE)
    with open(os.path.join(tmp, 'browsed_base.py'), 'w') as f:
        f.write('class Remote:\n    def far(self):\n        pass\n')
    tree = pyclbr.readmodule_ex('browsed', [tmp])
    for name in sorted(tree, key=lambda n: tree[n].lineno):
        show(tree[name])
    print(sorted(pyclbr.readmodule('browsed', [tmp])))
    print(sorted(pyclbr.readmodule_ex('browsed_base', [tmp])))
    print(tree['top'].file.replace(tmp, '<tmp>'))
    try:
        pyclbr.readmodule_ex('no_such_module_here', [tmp])
    except ImportError as e:
        print(type(e).__name__, e)
