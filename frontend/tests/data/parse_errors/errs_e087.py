x = 'a' 'b' f'c' b'd'
