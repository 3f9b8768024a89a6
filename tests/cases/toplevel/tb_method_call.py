# A traceback through methods, properties and a special method.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def report(self):
        return self.describe()
    def describe(self):
        return "balance: " + self.balance
    def __repr__(self):
        return self.report
acct = Account(10)
print("account created")
print(repr(acct))
