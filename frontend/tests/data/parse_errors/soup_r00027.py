else from f" \N{ ] 
 not [ { from await @ ) "a" 1 match -> \N{ >= else >=