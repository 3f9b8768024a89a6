with with for      with lambda y 	 return f" -> True } == while = " 0x1 @ 1 if t"{x}" } 
 x async } f" yield t"{x}" 0x1 t"{x}" + match " @ { @