rf":>10\.f"0.]else09
	