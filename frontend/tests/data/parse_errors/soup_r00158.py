 rb"\d" ...  = yield for 
 "a" finally !r := import rb"\d" 
 \N{  not , ''' ; *a ( while 
 >= é < class finally match