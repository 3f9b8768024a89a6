rb"\d" class + def nonlocal := ; | := ** & with := else f'{ ] y ] as case global finally } def . 
 import await )