#!/usr/bin/env python3
"""Word counts of a folder of plain-text articles (line 1 the title, the rest the text), by
the benchmark's rule, independently of morgue: word, count, articles. UTF-8, or
Windows-1252 when not. Used by the tests to check `words all` on the BBC corpus; with
--bigrams, pairs of adjacent words in an article (across sentence ends), for `ngrams 2 all
across`.

Usage: scripts/word-counts.py FOLDER [--bigrams]
"""
import collections
import os
import re
import sys

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
counts, docs = collections.Counter(), collections.Counter()
for folder, _, names in os.walk(sys.argv[1]):
    for name in names:
        if not name.endswith(".txt") or name.upper().startswith("README"):
            continue
        raw = open(os.path.join(folder, name), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        words = WORD.findall(text.split("\n", 1)[1].lower() if "\n" in text else "")
        if "--bigrams" in sys.argv:
            words = [a + " " + b for a, b in zip(words, words[1:])]
        counts.update(words)
        docs.update(set(words))
for word, count in counts.items():
    print(f"{word}\t{count}\t{docs[word]}")
