not + 1 +
