x = rb"\N{x}" "\q"
