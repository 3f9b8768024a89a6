await { match while yield 	 < x < await | match } if -> await def as True rb"\d" case in yield from nonlocal return try 1 type else f'{ b"x" 
