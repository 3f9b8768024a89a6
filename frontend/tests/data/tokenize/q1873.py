
[{}
f'''
    
if x:if x:
#c
,
	  >{w}lambda y: y