x = rtf'{a}'
