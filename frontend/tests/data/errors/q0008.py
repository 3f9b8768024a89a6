f'''>{w}
	


if x:]]
  #c>{w}!r=
	,