assert (x, 'message')
