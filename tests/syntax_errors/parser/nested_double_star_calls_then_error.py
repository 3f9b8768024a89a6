# Nested dict unpacking with an error after it: the second pass must not re-parse each level twice.
x = {**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f({**f(a)})})})})})})})})})})})})})})})})})})})})})})})})})})})})})}
1 +
