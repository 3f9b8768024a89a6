//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `_io`, `posix`, ...).
