"  lambda with ) rb"\d" } =  is class not rb"\d" t"{x}" case f'{ del ** b"x" True 
 True != del rb"\d" +