import a.b.c as __debug__
