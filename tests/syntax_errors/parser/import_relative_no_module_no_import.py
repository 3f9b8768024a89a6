from . 
