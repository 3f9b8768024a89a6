x = 'a' t'{b}'
