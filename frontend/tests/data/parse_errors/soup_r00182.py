f" >=  { . pass \
      as ** = :=