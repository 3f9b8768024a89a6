rf"'}else0_\
1ef'{
	{!}}