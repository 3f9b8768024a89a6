# Nested dict unpacking with an error after it: the second pass must not re-parse each level twice.
x = {**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**{**a}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
1 +
