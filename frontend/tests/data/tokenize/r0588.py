0o7else
1if:=lambda0b0o7  