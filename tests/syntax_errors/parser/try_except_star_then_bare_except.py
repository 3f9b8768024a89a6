try:
    pass
except* A:
    pass
except:
    pass
