# hashlib's built-in algorithms: digests of known inputs, copy/update, XOF
# lengths, blake2 parameters, and the constructors' errors.
import _md5, _sha1, _sha2, _sha3, _blake2

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 1000,
          bytes(range(256)) * 3, b"x" * 127, b"x" * 128, b"x" * 129, b"y" * 64, b"y" * 65]
ctors = [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b,
         _blake2.blake2s]
for ctor in ctors:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in inputs:
        print(" ", ctor(data).hexdigest())
    h = ctor(b"abc")
    c = h.copy()
    h.update(b"def")
    c.update(bytearray(b"def"))
    print(" copy", h.hexdigest() == c.hexdigest(), h.digest() == ctor(b"abcdef").digest(),
          ctor(memoryview(b"xyz")).hexdigest() == ctor(b"xyz").hexdigest(),
          ctor(string=b"abc").hexdigest() == ctor(b"abc").hexdigest())
    h = ctor()
    for i in range(300):
        h.update(bytes([i % 256]) * i)
    print(" pieces", h.hexdigest())

for shake in [_sha3.shake_128, _sha3.shake_256]:
    h = shake(b"abc")
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
    for n in [0, 1, 16, 32, 100, 300]:
        print(" ", n, h.hexdigest(n))
    print(" ", h.digest(10), h.copy().digest(length=5))
for sha3 in [_sha3.sha3_224, _sha3.sha3_512]:
    h = sha3()
    print(h.name, h._rate_bits, h._capacity_bits, h._suffix)

b2 = _blake2.blake2b
s2 = _blake2.blake2s
for kw in [dict(digest_size=20), dict(key=b"secret"), dict(key=b"k" * 64), dict(salt=b"salty"),
           dict(person=b"me"), dict(fanout=2, depth=3, leaf_size=4096, node_offset=7,
           node_depth=1, inner_size=32), dict(last_node=True), dict(digest_size=1, key=b"k",
           salt=b"s" * 16, person=b"p" * 16)]:
    print(kw, b2(b"data", **kw).hexdigest())
for kw in [dict(digest_size=16), dict(key=b"k" * 32), dict(salt=b"s" * 8, person=b"p" * 8),
           dict(node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True, leaf_size=2**32 - 1)]:
    print(kw, s2(b"data", **kw).hexdigest())
print(b2.MAX_DIGEST_SIZE, b2.MAX_KEY_SIZE, b2.SALT_SIZE, b2.PERSON_SIZE,
      s2.MAX_DIGEST_SIZE, s2.MAX_KEY_SIZE, s2.SALT_SIZE, s2.PERSON_SIZE)
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE, _sha3.implementation, _md5._GIL_MINSIZE)
print(_md5.MD5Type, _sha1.SHA1Type, _sha2.SHA256Type, _sha3.sha3_256, _blake2.blake2b)

for expr in ['_md5.md5("abc")', "_md5.md5(1)", '_md5.md5(b"a", string=b"b")', '_md5.md5(b"a", b"b")',
             "_md5.md5().update()", '_sha2.sha256().update("x")', "_sha1.sha1().digest(1)",
             "_sha3.shake_128().digest()", "_sha3.shake_128().digest(-1)",
             "_sha3.shake_128().hexdigest(2**30)", "b2(digest_size=0)", "b2(digest_size=65)",
             's2(key=b"x" * 33)', 'b2(salt=b"x" * 17)', 'b2(person=b"x" * 17)', "b2(fanout=256)",
             "b2(depth=0)", "b2(leaf_size=-1)", "b2(node_depth=256)", "b2(inner_size=65)",
             "s2(node_offset=2**48)", "b2(node_offset=-1)", "b2(bogus=1)", "_md5.md5(data=b'x').hexdigest()",
             "_md5.md5(usedforsecurity=False).hexdigest()"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
