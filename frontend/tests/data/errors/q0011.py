\N{DASH}>{w} \
!r=]if x:f"