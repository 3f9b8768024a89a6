[

f"{x
	  '{xif x:= \
\
}