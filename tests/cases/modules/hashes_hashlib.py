# hashlib and hmac over the built-in hash modules.
import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.hexdigest(), getattr(hashlib, name)(b"abc").digest_size, h.block_size)
print(hashlib.shake_128(b"abc").hexdigest(16), hashlib.shake_256(b"abc").hexdigest(16))
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.sha256(b"a" * 1000).hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b"key", b"message", "sha256").hexdigest(), hmac.digest(b"key", b"msg", "md5").hex())
h = hmac.new(b"k" * 100, digestmod="sha512")
h.update(b"part")
print(h.name, h.digest_size, h.block_size, h.copy().hexdigest() == h.hexdigest(), h.hexdigest()[:32])
print(hashlib.file_digest(__import__("io").BytesIO(b"data"), "sha1").hexdigest())
