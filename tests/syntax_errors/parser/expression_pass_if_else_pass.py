x = pass if 1 else pass
