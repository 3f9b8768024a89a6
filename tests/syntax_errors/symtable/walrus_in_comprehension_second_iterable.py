x = [i for j in y for i in (k := j)]
