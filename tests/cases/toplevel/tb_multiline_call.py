# A failing call spread over several lines: the traceback shows every line of the expression with its carets
def divide(numerator, denominator, *, label):
    return numerator / denominator
def main():
    values = [1, 0]
    result = divide(
        values[0],
        values[1],
        label="ratio",
    )
    return result
main()
