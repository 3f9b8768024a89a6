with a as b, c as : pass
