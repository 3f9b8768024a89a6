x = {1: 2, **a if b else c}
