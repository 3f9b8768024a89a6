# Bodies that are only docstrings, pass or Ellipsis; what they return and how they look.
def only_doc():
    "only a docstring"
def only_pass():
    pass
def only_ellipsis():
    ...
class OnlyDoc:
    "doc"
class OnlyEllipsis:
    ...
print(only_doc(), only_pass(), only_ellipsis(), only_doc.__doc__, OnlyDoc.__doc__, OnlyEllipsis.__doc__)
print([k for k in vars(OnlyEllipsis) if not k.startswith("__")])
if True:
    ...
while False:
    ...
for _ in ():
    ...
print(..., Ellipsis, type(...)(), bool(...), str(...))
