
 pass | 1 async - 	 \N{ @ t"{x}" True as '''