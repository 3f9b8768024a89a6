x = "\udc80" + "\ud83d\ude00" + "\U0000dfff" + "a\ud800b"
y = f"\udc80{x}"
z = "\ud83d" "\ude00"
