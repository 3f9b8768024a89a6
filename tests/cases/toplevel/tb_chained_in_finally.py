# An exception raised in finally while another is propagating shows both.
def work():
    try:
        raise ValueError("primary failure")
    finally:
        cleanup = None
        cleanup.close()
work()
