if -> ** } True with y match * é not ''' yield t"{x}" : ** x rb"\d" >= del == -> ; 
