del break return for b"x" ''' . t"{x}" 	 := . 
 < #c class nonlocal b"x" >= 
 { as break : global | import 1 await b"x" [ b"x" >= ''' == t"{x}"