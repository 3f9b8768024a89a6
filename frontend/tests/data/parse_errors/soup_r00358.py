"a" in y ~ def 
 ''' #c #c y ''' elif : while True type < & [      t"{x}" 
 * 
 type ] finally if