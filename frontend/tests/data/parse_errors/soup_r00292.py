- ( - ; | del é x pass t"{x}" and      t"{x}" >= case ] } break - \N{ elif None class return t"{x}" def \
 type "a" 	 ** 1 ,