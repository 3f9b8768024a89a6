 try " 	 é nonlocal . : #c 1 "a" t"{x}" "a" é " - def ) t"{x}" + 
 ~ break !=