x = 'abc' def 'ghi'
