x = 'a' + b 'c'
