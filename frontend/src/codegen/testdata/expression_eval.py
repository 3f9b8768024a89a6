a if b else [c, *d](e, k=1)
