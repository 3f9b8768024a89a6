f'{if0b#c]('}.in!r
	:=rf"