for a in b:
    break if x else y
