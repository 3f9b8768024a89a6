# _hmac: HMAC objects over the built-in hashes, the compute_* helpers, errors.
import _hmac

keys = [b"", b"key", b"k" * 64, b"k" * 65, b"K" * 200]
msgs = [b"", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 2]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b_32", "blake2s_32", "SHA256", "blake2b"]:
    h = _hmac.new(b"key", digestmod=name)
    print(name, h.name, h.digest_size, h.block_size, repr(h).split(" @")[0])
    for k in keys:
        for m in msgs:
            print(" ", _hmac.new(k, m, name).hexdigest())
    h = _hmac.new(b"key", b"part one ", name)
    c = h.copy()
    h.update(b"part two")
    c.update(msg=bytearray(b"part two"))
    print(" ", h.hexdigest() == c.hexdigest(), h.digest() == _hmac.compute_digest(b"key", b"part one part two", name))
for f in ["compute_md5", "compute_sha1", "compute_sha224", "compute_sha256", "compute_sha384", "compute_sha512",
          "compute_sha3_224", "compute_sha3_256", "compute_sha3_384", "compute_sha3_512",
          "compute_blake2b_32", "compute_blake2s_32"]:
    print(f, getattr(_hmac, f)(b"key", b"msg").hex())
for expr in ['_hmac.new(b"k", b"m", "nope")', '_hmac.new(b"k")', '_hmac.compute_md5("k", b"m")',
             '_hmac.new(b"k", b"m", 5)', '_hmac.new(b"k", b"m", "sha-256")', '_hmac.new(b"k", b"m", "shake_128")',
             '_hmac.compute_digest(b"k", b"m", "bad")', '_hmac.HMAC()', '_hmac.new("k", b"m", "md5")',
             '_hmac.new(b"k", "m", "md5")', '_hmac.new(b"k", None, "md5").hexdigest()']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(_hmac.UnknownHashError.__mro__, _hmac._GIL_MINSIZE)
