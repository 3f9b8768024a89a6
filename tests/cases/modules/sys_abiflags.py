# sys.abiflags: a default build has none (sysconfig, pydoc and zoneinfo read it).
import sys

print(repr(sys.abiflags), type(sys.abiflags).__name__)
