# An exception in a class body shows the class frame in the traceback.
print("defining")
class Config:
    defaults = {"a": 1}
    value = defaults["missing"]
