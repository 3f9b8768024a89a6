# binascii: hex with separators, base64 (lenient and strict), CRCs, errors.
import binascii as b

for data in [b"", b"\x00", b"abc", bytes(range(256)), b"hello world"]:
    print(b.hexlify(data), b.b2a_hex(bytearray(data)), b.b2a_base64(data), b.b2a_base64(data, newline=False))
    assert b.unhexlify(b.hexlify(data)) == data and b.a2b_base64(b.b2a_base64(data)) == data
    print(b.crc32(data), b.crc32(data, 12345), b.crc_hqx(data, 0), b.crc_hqx(data, 0xffff))
print(b.crc32(b"abc", 2**40), b.crc32(b"abc", -1), b.crc32(memoryview(b"abc")))
crc = 0
for part in [b"ab", b"cd", b"ef"]:
    crc = b.crc32(part, crc)
print(crc == b.crc32(b"abcdef"))
for sep, per in [("-", 2), (b":", -2), (" ", 1), ("_", 4), ("_", -4), (".", 0), ("|", 100)]:
    print(sep, per, b.hexlify(b"abcdefg", sep, per), b.b2a_hex(b"abcdefg", sep=sep, bytes_per_sep=per))
print(b.hexlify(b"\x01\x02", "-"), b.unhexlify("41424a4B"), b.a2b_hex(b"00ff"), b.a2b_hex(bytearray(b"7e")))
for data in [b"YWJj", b"YW Jj\n", b"YQ==", b"YQ", b"YWI=", b"ab==cd", b"a=b=c=d", b"YW!!Jj", "YWJj", b"", b"====",
             b"YQ===", b"Y", b"YWJjZ"]:
    for strict in (False, True):
        try:
            r = b.a2b_base64(data, strict_mode=strict)
        except b.Error as e:
            r = f"Error: {e}"
        print(repr(data), strict, repr(r))
for expr in ['b.a2b_base64(b"=abc", strict_mode=True)', 'b.a2b_base64(b"ab=c", strict_mode=True)',
             'b.a2b_base64(b"abc=d", strict_mode=True)', 'b.a2b_base64(b"ab==\\n", strict_mode=True)',
             'b.a2b_base64(b"abcde")', 'b.a2b_base64(b"abc")', 'b.a2b_base64("ab\\u00e9")',
             'b.a2b_base64(b"abc\\n=", strict_mode=True)', 'b.a2b_hex(b"abc")', 'b.a2b_hex(b"zz")',
             'b.hexlify(b"abc", "ab")', 'b.unhexlify("0g")', 'b.b2a_base64("abc")', 'b.crc32("abc")',
             'b.a2b_hex(5)', 'b.hexlify()', 'b.crc_hqx(b"a")']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
