# _sysconfig.config_vars(): a new dict of the build flags sysconfig reads.
import _sysconfig
import sysconfig

print(_sysconfig.__doc__)
print(_sysconfig.config_vars.__doc__, _sysconfig.config_vars.__text_signature__)
v = _sysconfig.config_vars()
print(v, v is _sysconfig.config_vars())
try:
    _sysconfig.config_vars(1)
except TypeError as e:
    print(e)
print(sysconfig.get_config_var("Py_GIL_DISABLED"), sysconfig.get_config_var("Py_DEBUG"))
