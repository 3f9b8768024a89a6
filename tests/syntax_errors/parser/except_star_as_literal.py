try:
   pass
except* TypeError as 1:
   pass
