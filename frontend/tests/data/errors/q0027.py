x
'lambda y: y
	  #c
{ \

#c
f"{x!r:{y}}"

#c
f'