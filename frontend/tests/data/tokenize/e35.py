a b (
