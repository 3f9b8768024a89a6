# sorted(dir()) of xxsubtype's types, one name per line (the emscripten
# reference's lists match Linux CPython 3.14's); mmap.mmap's is in
# modules/mmap_args.py without `__iter__`, which Ouro's mmap needs for
# iteration to give one-byte bytes (see modules/src/mmap/mod.rs).
import xxsubtype

for T in (xxsubtype.spamlist, xxsubtype.spamdict):
    for name in sorted(dir(T)):
        print(T.__name__, name)
