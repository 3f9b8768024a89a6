f'''
if x:

f"{x!r:{y}}"}