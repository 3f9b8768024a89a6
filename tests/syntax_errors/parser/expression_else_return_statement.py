x = a if b else return
