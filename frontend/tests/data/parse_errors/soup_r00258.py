x type := ''' ''' >= := b"x" \N{ 
 except t"{x}" *a ... " global async is 	 ''' elif @ await from lambda match in ) None : \
 ] del >= else