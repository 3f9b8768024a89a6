"""A plain package for the import cases."""
print('plainpkg: init', __name__, __package__)
VALUE = 1
