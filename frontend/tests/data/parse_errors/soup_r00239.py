for x del f" x nonlocal not ; != None \
 "a" f'{ case ** *a type with from ( if lambda pass < , + yield : rb"\d" x