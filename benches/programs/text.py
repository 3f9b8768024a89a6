"""Text processing: builds a pseudo-random document, then counts, indexes, reformats and encodes it.

Dict- and str-heavy: split, join, slicing, case changes, replace, find,
formatting with %, str.format and f-strings, str.translate. Prints summaries.
"""
import sys

# small size: 300
SENTENCES = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
SYLLABLES = ["ka", "lo", "mi", "ren", "do", "sha", "tu", "vel", "or", "in", "qua", "zo", "pe", "ith"]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_document(rng, vocabulary, sentences):
    lines = []
    for _ in range(sentences):
        # Squaring skews the picks toward the front of the vocabulary, as in real text.
        words = [vocabulary[rng.below(len(vocabulary)) * rng.below(len(vocabulary)) // len(vocabulary)]
                 for _ in range(4 + rng.below(9))]
        sentence = " ".join(words).capitalize()
        if rng.below(4) == 0:
            cut = 1 + rng.below(len(words) - 1)
            sentence = " ".join(sentence.split(" ")[:cut]) + ", " + " ".join(words[cut:])
        lines.append(sentence + (".", "!", "?")[rng.below(3)])
    return "\n".join(lines)


def word_counts(document):
    counts = {}
    for line in document.splitlines():
        for raw in line.split():
            word = raw.strip(".,!?").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def bigram_index(document):
    index = {}
    for line in document.split("\n"):
        words = line.lower().replace(",", "").rstrip(".!?").split()
        for first, second in zip(words, words[1:]):
            index.setdefault(first, {}).setdefault(second, 0)
            index[first][second] += 1
    return index


def wrap(document, width):
    out = []
    line = ""
    for word in document.split():
        if len(line) + 1 + len(word) > width:
            out.append(line.ljust(width, "~"))
            line = word
        else:
            line = word if not line else line + " " + word
    out.append(line)
    return out


def main():
    rng = Random(2024)
    vocabulary = make_vocabulary(rng, 400)
    document = make_document(rng, vocabulary, SENTENCES)
    print("characters", len(document), "lines", document.count("\n") + 1)

    counts = word_counts(document)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print("distinct words", len(counts))
    for word, count in ranked[:8]:
        print("  %-12s %6d %5.2f%%" % (word, count, 100.0 * count / sum(counts.values())))

    index = bigram_index(document)
    best = max(((first, second, n) for first, follows in index.items() for second, n in follows.items()),
               key=lambda triple: (triple[2], triple[0], triple[1]))
    print("commonest pair: {0} {1} ({2} times)".format(*best))

    by_length = {}
    for word in counts:
        by_length.setdefault(len(word), []).append(word)
    print("lengths", ", ".join(f"{n}:{len(by_length[n])}" for n in sorted(by_length)))

    letters = {}
    for ch in document:
        if ch.isalpha():
            letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
    print("letters", "".join(sorted(letters, key=lambda ch: (-letters[ch], ch))))

    rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
    encoded = document.translate(rot13)
    print("rot13 round trip", encoded.translate(rot13) == document, encoded[:40].replace("\n", "|"))

    lines = wrap(document, 60)
    print("wrapped lines", len(lines), "padding", sum(line.count("~") for line in lines))
    print("exclaimed", sum(1 for s in document.splitlines() if s.endswith("!")),
          "first 'shaka' at", document.find("shaka"), "upper", document.upper()[-30:])


main()
