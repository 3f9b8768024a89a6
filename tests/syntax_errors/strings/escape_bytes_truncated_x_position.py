x = b'abc\xz'
