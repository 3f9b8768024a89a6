x = 'abc' \
    'def'
