try:
    something()
except* A:
    pass
finally:
pass
