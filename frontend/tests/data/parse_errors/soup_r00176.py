     } await 1 : - "a" class elif [ match -> type ( -> f'{ } 
 ) [ type !r f" pass del      del for yield if + != from !r #c \N{