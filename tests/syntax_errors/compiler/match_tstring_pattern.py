match x:
    case t'a':
        pass
