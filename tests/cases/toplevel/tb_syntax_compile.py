# An uncaught SyntaxError from compile(): the "<string>" source line, the caret range, and the message
source = "x = 1\nresult = (x +* 2)\n"
compile(source, "<string>", "exec")
