if x: \
}}
#c
)>{w}f'''lambda y: y
	  ](