is match &  . f" del as await def := | ~ class x import .  rb"\d" 
 break is