#!/usr/bin/env python3
"""Reference values for morgue's association and keyness measures, computed independently.

Association: NLTK's BigramAssocMeasures (pmi, student_t, likelihood_ratio, dice) on the
bigrams of a small fixed corpus (counts from NLTK's BigramCollocationFinder), and Rychlý's
logDice and Daille's MI3 from their published formulas. Keyness: Rayson and Garside's
log-likelihood and Hardie's Log Ratio, from their published formulas, between the two
halves of the same corpus.

Run: python3 measures.py > measures.json   (needs nltk; pip install nltk)
"""
import json
import math
import re

from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder
import nltk

CORPUS = """
The harbour wall broke in the storm. The council said the harbour wall would be rebuilt.
Fishing boats stayed in the harbour while the storm passed. The mayor said the council
would pay for the wall. Boats and nets were lost in the storm, and the harbour office
counted the cost. The council met again on Monday. The mayor said the storm was the worst
in years. The harbour wall is old; the new wall will be higher. Fishing families said the
council had waited too long. The storm left the town without power for a day.
"""
TARGET, REFERENCE = CORPUS.split("Fishing families")[0], "Fishing families" + CORPUS.split("Fishing families")[1]
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def words(text):
    return WORD.findall(text.lower())


def association():
    tokens = words(CORPUS)
    finder = BigramCollocationFinder.from_words(tokens)
    measures = BigramAssocMeasures()
    cases = []
    for (w1, w2), n_ii in sorted(finder.ngram_fd.items()):
        if n_ii < 2:
            continue
        n_ix, n_xi, n_xx = finder.word_fd[w1], finder.word_fd[w2], finder.N
        expected = n_ix * n_xi / n_xx
        cases.append({
            "bigram": f"{w1} {w2}", "o": n_ii, "f_node": n_ix, "f_collocate": n_xi, "n": n_xx,
            "pmi": finder.score_ngram(measures.pmi, w1, w2),
            "tscore": finder.score_ngram(measures.student_t, w1, w2),
            "llr": finder.score_ngram(measures.likelihood_ratio, w1, w2),
            "dice": finder.score_ngram(measures.dice, w1, w2),
            "logdice": 14 + math.log2(2 * n_ii / (n_ix + n_xi)),   # Rychlý 2008
            "mi3": math.log2(n_ii ** 3 / expected),               # Daille 1994
        })
    return cases


def keyness():
    target, reference = words(TARGET), words(REFERENCE)
    c, d = len(target), len(reference)
    cases = []
    for word in sorted(set(target) | set(reference)):
        a, b = target.count(word), reference.count(word)
        e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)   # Rayson and Garside 2000
        ll = 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))
        log_ratio = math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))   # Hardie 2014
        cases.append({"word": word, "a": a, "b": b, "c": c, "d": d, "ll": ll, "logratio": log_ratio})
    return cases


print(json.dumps({"nltk": nltk.__version__, "corpus": CORPUS, "target": TARGET, "reference": REFERENCE,
                  "association": association(), "keyness": keyness()}, indent=1, ensure_ascii=False))
