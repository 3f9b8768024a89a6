from a import (
  b as f())
