+ as f'{ " \
 !r ~ ] with é while 1 >= from ) in f" * ** b"x" 	 ) .