}t"!r'f'
    
        