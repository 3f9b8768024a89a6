+ not 3
