tb''
