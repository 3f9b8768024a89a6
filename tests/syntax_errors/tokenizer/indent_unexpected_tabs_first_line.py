		if x: pass
