try:
   pass
except* TypeError as (obj, name):
   pass
