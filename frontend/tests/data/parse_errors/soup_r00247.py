True = type - ** f" ~ with ** except & == t"{x}" , in while \N{ ; async & = and in != **  " else and else * rb"\d" * t"{x}" 	 yield \
