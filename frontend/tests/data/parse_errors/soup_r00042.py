await in type t"{x}" and f" & break 
 é nonlocal f" type None and f'{ not . ~ for == !r == \N{ match \
      rb"\d" while pass from é \
 .