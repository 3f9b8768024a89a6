# Comments, blank lines and indentation in odd places.
# a comment
x = 1  # trailing

    # an indented comment line is fine

if x:
    # comment inside block

    y = 2
        # deeper comment
    print(y)
def f():
    """Docstring."""
    # only a comment after
    return "f"
print(f(), f.__doc__)
class C:
    pass  # trailing
print(C.__name__)
for i in range(2):	# tab before comment
	print("tab indented", i)
if True: print("one-line suite"); print("second statement")
while False: pass
print("#not a comment", '# nor this')
