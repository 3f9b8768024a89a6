"""Generator pipeline: lazily generated records filtered, grouped and reduced through chained generators.

A linear congruential generator produces readings from simulated sensors;
the pipeline smooths them with a sliding window, flags spikes, and batches
them, printing per-sensor summaries.
"""
import sys

# small size: 2000
COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
SENSORS = ("north", "east", "south", "west", "roof")


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed


def readings(count):
    numbers = lcg(42)
    for index in range(count):
        sensor = SENSORS[next(numbers) % len(SENSORS)]
        value = (next(numbers) % 10000) / 100.0
        yield index, sensor, value


def mean(values):
    # A plain loop, not sum(): CPython 3.12+ sums floats with compensation, so sum() differs from 3.11.
    total = 0.0
    for value in values:
        total += value
    return total / len(values)


def smoothed(records, width):
    windows = {}
    for index, sensor, value in records:
        window = windows.setdefault(sensor, [])
        window.append(value)
        if len(window) > width:
            del window[0]
        yield index, sensor, value, mean(window)


def spikes(records, threshold):
    for index, sensor, value, mean in records:
        yield index, sensor, value, mean, abs(value - mean) > threshold


def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


def main():
    totals = {sensor: [0, 0.0, 0] for sensor in SENSORS}
    batch_maxima = []
    pipeline = spikes(smoothed(readings(COUNT), 8), 30.0)
    for batch in batched(pipeline, 1000):
        batch_maxima.append(max(value for _, _, value, _, _ in batch))
        for _, sensor, value, mean, spike in batch:
            entry = totals[sensor]
            entry[0] += 1
            entry[1] += mean
            entry[2] += spike
    for sensor, (count, mean_sum, spike_count) in sorted(totals.items()):
        print(f"{sensor:6} readings={count} mean={mean_sum / count:.6f} spikes={spike_count}")
    print("batches", len(batch_maxima), "max of maxima", max(batch_maxima))
    evens = (i for i in range(COUNT) if i % 2 == 0)
    squares = (i * i for i in range(COUNT // 3))
    print("chained sum", sum(chain(evens, squares, iter([7, 11]))))
    print("any over 99.9", any(v > 99.9 for _, _, v in readings(COUNT // 10)))
    print("all positive", all(v >= 0 for _, _, v in readings(COUNT // 10)))


main()
