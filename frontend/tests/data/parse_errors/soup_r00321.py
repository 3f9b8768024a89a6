. } ) rb"\d" lambda { with } [ } 0x1 #c >= < lambda None ( *a rb"\d" -> del case 1 : ... é ( " ~ not , 
 f'{ if