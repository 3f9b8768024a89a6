# Caret markers for failures inside a multi-line expression and subscript chains.
data = {"users": [{"name": "a"}, {"name": "b"}]}
names = [user["name"] for user in data["users"]]
print(names)
result = (
    data["users"][0]["name"]
    + data["users"][5]["name"]
)
