# Generator pipelines interleave their steps lazily.
def source(items):
    for item in items:
        print("source", item)
        yield item
def double(items):
    for item in items:
        print("double", item)
        yield item * 2
def only_big(items, limit):
    for item in items:
        if item > limit:
            print("pass", item)
            yield item
pipeline = only_big(double(source([1, 5, 2, 8])), 5)
print("pipeline built")
print(list(pipeline))
def take_while(pred, items):
    for item in items:
        if not pred(item):
            return
        yield item
print(list(take_while(lambda x: x < 3, source(range(10)))))
