{x1

}t"\N{DASH}}=)[