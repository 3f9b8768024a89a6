f",}'\N{DASH},
\N{DASH}\
!rt"[