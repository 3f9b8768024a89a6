x = 1
# trailing comment no newline