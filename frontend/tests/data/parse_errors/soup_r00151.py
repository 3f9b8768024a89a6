} y 
 \N{ elif try + := \N{ 0x1 return match async nonlocal nonlocal rb"\d" f" " #c pass