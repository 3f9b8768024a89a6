x = ‘abc’
