import sys
sys.reload_counter = getattr(sys, 'reload_counter', 0) + 1
print('reloadme executed', sys.reload_counter)
try:
    previous
except NameError:
    previous = 'first'
else:
    previous = 'kept across reload'
