a = b"x" B"y" rb"\z" Rb'w' bR"""q""" u"u" U'v' r"\"" R'\''
