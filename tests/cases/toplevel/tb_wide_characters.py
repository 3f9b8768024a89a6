# Carets under source lines that contain wide (East Asian) and combining characters, and tabs before the expression
def 計算(値):
    return 値["鍵"] + 値["なし"]
try:
    計算({"鍵": 1})
except KeyError:
    import traceback
    traceback.print_exc()
def tabbed(x):
	return x.attr_missing + 1
tabbed(3)
