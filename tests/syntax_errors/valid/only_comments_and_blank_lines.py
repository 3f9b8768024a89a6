# comment

   
# another
