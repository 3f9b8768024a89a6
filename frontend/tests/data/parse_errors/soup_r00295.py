''' : def ]  b"x" rb"\d" b"x" #c #c * < elif t"{x}" is lambda } not class elif await global ~ 
 type ~ nonlocal \
 from