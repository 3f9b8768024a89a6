from } del type except @ ... x try [ . for finally return match \N{ {  := in 
 import >= ''' :