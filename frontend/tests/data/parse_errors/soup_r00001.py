= , { from . break ] - 1 t"{x}" pass as is @ é f'{ >= ( ** &  \
 ; 	 ** := 0x1 @ != "a" ] = while else