# int.to_bytes / int.from_bytes: byteorder, signed, default arguments, overflow errors, bytes-like and iterable sources
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (1024).to_bytes(2, 'big'))
t(lambda: (1024).to_bytes(2, 'little'))
t(lambda: (1024).to_bytes(4, byteorder='big'))
t(lambda: (0).to_bytes())
t(lambda: (255).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (-1).to_bytes(2, 'big', signed=True))
t(lambda: (-129).to_bytes(2, 'little', signed=True))
t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (0).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (2**64).to_bytes(9, 'big'))
t(lambda: (2**64 - 1).to_bytes(8, 'little'))
t(lambda: True.to_bytes())
t(lambda: int.from_bytes(b'\x04\x00', 'big'))
t(lambda: int.from_bytes(b'\x04\x00', 'little'))
t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
t(lambda: int.from_bytes(b'\xff\xff', 'big'))
t(lambda: int.from_bytes(b''))
t(lambda: int.from_bytes(b'', signed=True))
t(lambda: int.from_bytes(b'\x80'))
t(lambda: int.from_bytes(b'\x80', signed=True))
t(lambda: int.from_bytes([1, 2, 3], 'big'))
t(lambda: int.from_bytes(bytearray(b'\x01\x00'), 'little'))
t(lambda: int.from_bytes(memoryview(b'\x00\x10')))
t(lambda: int.from_bytes((x for x in [1, 0])))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'\x01', 'sideways'))
t(lambda: int.from_bytes([256]))
t(lambda: int.from_bytes(b'\x01' * 20, 'little'))
t(lambda: bool.from_bytes(b'\x01'))
t(lambda: type(bool.from_bytes(b'\x00')).__name__)
class MyInt(int):
    pass
t(lambda: type(MyInt.from_bytes(b'\x05')).__name__)
t(lambda: MyInt.from_bytes(b'\x05'))
for n in (0, 1, -1, 127, -128, 2**31, -(2**40) - 3):
    size = (n.bit_length() + 8) // 8
    for order in ('big', 'little'):
        assert int.from_bytes(n.to_bytes(size, order, signed=True), order, signed=True) == n
print('round-trips ok')
