"""Module doc."""
from __future__ import generator_stop
class Outer:
    T = int
    def m(self, a: T, b: "T" = None) -> T: pass
    class In[X]:
        def mm(self, y: X) -> Outer.T: pass
    type Al = T
    def __private(self, *, __k=1): return __k
def lam(a=lambda x=1, *, y=2: x + y): return lambda: (yield a)
async def agen():
    yield 1
    await x
async def cor():
    return [await x]
x = 1 != 2
def docs():
    """
        Indented doc.
          More.
	Tab.
    """
def one_liner(): 'single'
class Doc:
    '''class doc'''
    x = 1
if x:
    def cond(): pass
else:
    class Cond: pass
import a.b.c
import a.b.c as d
from .. import (e as f, g)
from .mod import *
