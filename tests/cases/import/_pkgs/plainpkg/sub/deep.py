print('plainpkg.sub.deep: init')
from .. import sibling as up
from ..sibling import helper
from ... import nosuch
