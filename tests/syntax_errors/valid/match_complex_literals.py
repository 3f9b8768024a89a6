match x:
    case -1 + 2j | 3 - 4j | -0j:
        pass
