print('plainpkg.mod: init', __name__, __package__)
from . import sibling
from .sibling import helper
from .sub import deep
NAME = 'mod'
