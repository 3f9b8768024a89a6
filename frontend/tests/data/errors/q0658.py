f'{x:#c:

f"[lambda y: y{{