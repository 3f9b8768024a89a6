b"x" case f'{ !r  [ not lambda with } . if -> in ** 
 	 else t"{x}" \
 nonlocal + not case !=      None b"x" 1 é and