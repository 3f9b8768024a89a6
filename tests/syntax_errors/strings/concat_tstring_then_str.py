x = t'{a}' 'b'
