) ; try not pass := finally f" \
 y else pass else #c if &