# KeyError shows the repr of the key in the traceback's last line.
settings = {"name": "ouro"}
print(settings["name"])
print(settings["missing key"])
