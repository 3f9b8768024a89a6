f" def (      pass } [ with import *a b"x"  global if } async def t"{x}" 
 ) rb"\d" x f'{ finally * *