# The stdlib's io is imported at start-up (the standard streams are made with
# it), so an io.py found on sys.path later does not replace it.
import os
import sys

print("io" in sys.modules)
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "_io_shadow"))
import io

print(io.DEFAULT_BUFFER_SIZE > 0, io.TextIOWrapper is type(sys.stdout))
