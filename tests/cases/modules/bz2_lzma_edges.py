# _bz2/_lzma edge cases: pickling, unsigned arguments, filter chain shapes, BCJ and LZMA2 properties
import _bz2, _lzma, pickle, copy
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: pickle.dumps(_bz2.BZ2Compressor()))
t(lambda: pickle.dumps(_lzma.LZMADecompressor()))
t(lambda: _lzma.LZMADecompressor(memlimit=2**64-1).decompress(b''))
t(lambda: _lzma.LZMADecompressor(memlimit=-1))
t(lambda: _lzma.LZMACompressor(filters=5))
t(lambda: _lzma.LZMACompressor(check=2))
t(lambda: _lzma.LZMACompressor(format=_lzma.FORMAT_ALONE, filters=[{"id": _lzma.FILTER_LZMA2}]))
t(lambda: _lzma._encode_filter_properties({"id": _lzma.FILTER_X86, "start_offset": 8}))
t(lambda: _lzma._decode_filter_properties(_lzma.FILTER_X86, b'\x08\0\0\0'))
t(lambda: _lzma._encode_filter_properties({"id": _lzma.FILTER_LZMA2, "dict_size": 100000}))
t(lambda: _lzma._decode_filter_properties(_lzma.FILTER_LZMA2, b'\x05'))
t(lambda: _lzma._decode_filter_properties(_lzma.FILTER_LZMA1, b'\xff\0\0\0\0'))
t(lambda: _bz2.BZ2Decompressor().decompress(b'', -5))
t(lambda: _lzma.LZMADecompressor().decompress(data=b'', max_length=0))
