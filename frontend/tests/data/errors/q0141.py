0.5,t"if x:f'''}'
")
	}}}}1!rpass