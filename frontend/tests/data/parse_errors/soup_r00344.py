\
 & while try  {  True del *a