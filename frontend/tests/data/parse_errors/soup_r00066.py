lambda type      - in | and . while #c #c elif = elif 
 return x break async in ( "a"