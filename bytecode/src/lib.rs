//! CPython 3.14's bytecode format: the instruction table, code units and inline caches, exception and location tables.
