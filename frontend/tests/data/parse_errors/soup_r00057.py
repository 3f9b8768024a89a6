	 ~ 
 < ... y 	 lambda ~ class ... : def and finally None is \
 , . ) + try | -> f" b"x" yield f" yield 1 async 
 is not é