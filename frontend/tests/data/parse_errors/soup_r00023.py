finally lambda !r True 1 
 [ case == ** { t"{x}" y 	 f" \
