# An except* handler that raises: the new exception's context is the matched group, and unmatched parts are re-raised together
def tasks():
    raise ExceptionGroup("tasks", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    tasks()
except* ValueError as group:
    raise RuntimeError(f"handling {len(group.exceptions)} value errors")
