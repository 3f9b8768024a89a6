(mat x)
