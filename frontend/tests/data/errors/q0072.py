#c(
#c
0.5f"{x!r:{y}}"lambda y: y
  {{