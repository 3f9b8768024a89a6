== -> ; finally type == 
 - t"{x}" None global True class "a" [ f'{ } *a {  } \N{ & "a" is from try elif -