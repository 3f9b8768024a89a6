try:
    pass
except A as e.b:
    pass
