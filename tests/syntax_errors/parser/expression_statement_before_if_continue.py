for a in b:
    continue if x else pass
