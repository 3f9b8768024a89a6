f'
#c
!r{x

	  #c{