yield ... lambda f'{ match 
 del " with else >=