ru"\t"
