# Ouro's build configuration for sysconfig (the file CPython generates at build
# time as _sysconfigdata_{abiflags}_{platform}_{multiarch}.py): the variables
# stdlib modules read, with a default Linux x86-64 install's values.
build_time_vars = {
    'ABIFLAGS': '',
    'EXE': '',
    'EXT_SUFFIX': '.cpython-314-x86_64-linux-gnu.so',
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    'MACHDEP': 'linux',
    'MULTIARCH': 'x86_64-linux-gnu',
    'Py_DEBUG': 0,
    'Py_ENABLE_SHARED': 0,
    'Py_GIL_DISABLED': 0,
    'SHLIB_SUFFIX': '.so',
    'SIZEOF_VOID_P': 8,
    'SOABI': 'cpython-314-x86_64-linux-gnu',
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    'VERSION': '3.14',
    'WITH_DOC_STRINGS': 1,
    'exec_prefix': '/usr/local',
    'prefix': '/usr/local',
    'py_version_nodot': '314',
}
