([a]): int
