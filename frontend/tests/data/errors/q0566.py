passx
#c
1{xf"{x!r:{y}}"(