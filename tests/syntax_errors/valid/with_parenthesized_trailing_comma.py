with (open(x) as y, ):
    pass
