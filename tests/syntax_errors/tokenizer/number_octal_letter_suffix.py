x = 0o7z
