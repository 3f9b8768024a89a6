# A traceback through __init__ and a class instantiation.
class Config:
    def __init__(self, path):
        self.path = path
        self.data = self.load()
    def load(self):
        return {"path": self.path}[self.path]
cfg = Config("settings.ini")
