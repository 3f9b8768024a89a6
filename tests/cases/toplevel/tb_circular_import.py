# The ImportError of a circular from-import ("partially initialized module ... most likely due to a circular import") printed uncaught, with the chain of import lines
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0].rpartition('/')[0] + '/import/_pkgs')
import tbmods.cyc_a
