(lambda
  .