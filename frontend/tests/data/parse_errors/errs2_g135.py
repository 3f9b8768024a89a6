foo(
bar
