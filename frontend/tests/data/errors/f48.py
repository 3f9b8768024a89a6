x = "abc" \ "def"
