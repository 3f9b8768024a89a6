# A failing binary operation whose operands span lines: the lines are shown with the operator marked
def build(items):
    return (
        sum(items)
        +
        "suffix"
    )
build([1, 2, 3])
