; if ...  True nonlocal None rb"\d" b"x" " is * 
 [ except ) import else 1 await else ... async while with  ''' ] None def from 1 True <