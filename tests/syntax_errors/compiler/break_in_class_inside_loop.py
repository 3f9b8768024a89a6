for x in y:
    class C:
        break
