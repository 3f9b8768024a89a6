: case = async \
 yield rb"\d" { ] .  except async lambda } and y b"x" { pass for @ "a" import