x = {k: v for k, v in y.items() if k}
