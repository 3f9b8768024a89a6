# sysconfig's config vars come from the _sysconfigdata module named by sys.abiflags,
# sys.platform and the multiarch (pydoc and zoneinfo read them on import).
import sys
import sysconfig

v = sysconfig.get_config_vars()
print(type(v).__name__, v["ABIFLAGS"] == sys.abiflags, v["Py_GIL_DISABLED"], v["Py_DEBUG"])
print(sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("py_version_nodot"))
print(sysconfig.get_config_var("no such var"))
