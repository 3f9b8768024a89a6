f'''>{w}
	
	
	  ]:'''
'''}if x:lambda y: y{x:{x:f"{x!r:{y}}"t"