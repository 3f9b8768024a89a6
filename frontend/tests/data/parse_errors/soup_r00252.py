{ return elif 	 break . f'{ in global t"{x}" !r else f'{ [ global *a is & + del rb"\d" ** @ \
 as ( from ** del None del nonlocal  break \N{ ~