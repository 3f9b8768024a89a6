[)=t"{x:{x:!r[lambda y: y(
        xif x:"
	  