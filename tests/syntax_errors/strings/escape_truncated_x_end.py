x = 'abc\x'
