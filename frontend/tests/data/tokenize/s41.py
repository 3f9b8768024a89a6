f"{x}" "y" f"{

x

}"
