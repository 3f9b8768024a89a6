x : ] f'{ True nonlocal \N{ } - , x else \
 def is < = { if True : +