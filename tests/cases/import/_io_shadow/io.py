# Would shadow the stdlib's io if that were not imported at start-up.
print("shadowing io.py ran")
