fu""
