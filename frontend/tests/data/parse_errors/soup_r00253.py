rb"\d" async f'{ == - None None def \
 if nonlocal } rb"\d"      	 with "a" !r try ''' >= 	 import match async == >= is y \N{ yield