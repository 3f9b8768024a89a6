}}\N{DASH}\
\N{DASH}if x:({x:if x:t" \

	
    lambda y: y{x]