match x:
    case A(a=1, b, c): pass
