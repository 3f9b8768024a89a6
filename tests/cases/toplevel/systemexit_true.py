# SystemExit codes: True counts as 1, exit from inside nested calls.
import sys
def deep():
    def deeper():
        sys.exit(True)
    deeper()
print("calling")
deep()
