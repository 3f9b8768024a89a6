# String and bytes comparisons: code point order, case, prefixes, unicode.
words = ["banana", "Apple", "apple", "cherry", "", "a", "ä", "Z", "zebra", "10", "9", "é"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b", "B" < "a", "abc" < "abcd", "abd" > "abcd", "é" > "z", "\u00e9" == "é")
print(max("hello"), min("hello"), "z" * 3 > "zz", "" < " ")
print(sorted([b"b", b"a", b"", b"B", b"\xff"]))
print(["a", "b"] < ["a", "c"], ("a", 1) < ("a", 2), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Straße".casefold() == "strasse", "Σ".lower(), "ΑΣ".lower())
