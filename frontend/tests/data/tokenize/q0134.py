
    
pass!r
#c
lambda y: y
        #c}=f"{x!r:{y}}",