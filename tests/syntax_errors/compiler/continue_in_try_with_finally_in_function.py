def foo():
    try:
        continue
    finally:
        pass
