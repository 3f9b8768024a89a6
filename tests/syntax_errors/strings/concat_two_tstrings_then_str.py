x = t'{a}' t'{b}' 'c'
