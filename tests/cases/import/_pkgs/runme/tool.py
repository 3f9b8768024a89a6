print('runme.tool running as', __name__, __spec__.name)
result = 'tool result'
