"""Precision and recall of the three ways to search (issue 17) on a labelled set.

Run: /usr/bin/python3 tests/search/labelled_search_test.py build/transcript.so
(from tests/, so that data/ paths resolve).

The set (data/search/labelled_search.txt) marks every mention of an entity, by reading,
in English and Russian texts. For every text and every query (each entity's canonical name
in quotes, and the extra queries of its "@query" lines) the test asks:
  - transcript_find(text, query) > 0;
  - FTS5: is the text's row among those of `MATCH query` on a transcript-tokenized table;
  - transcript_mentions(text): is the query's entity among the entities found;
and compares each with the labels (a pair is positive when the text marks the entity).
It prints precision and recall for each, and the mention-level (span) figures of
transcript_mentions, and fails when a figure is below 0.97 or when the three disagree on
any pair.
"""
import re
import sqlite3
import sys

EXTENSION = sys.argv[1] if len(sys.argv) > 1 else "../build/transcript.so"
DATA = "data/search/labelled_search.txt"
MINIMUM = 0.97

MARK = re.compile(r"\[([^\]|]*)\|([^\]]*)\]")


def load():
    texts, queries = [], []
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if line.startswith("@query "):
                entity, query = line[len("@query "):].split(" = ", 1)
                queries.append((entity.strip(), query.strip()))
                continue
            text, gold, pos = "", [], 0
            for m in MARK.finditer(line):
                text += line[pos:m.start()]
                start = len(text)
                text += m.group(1)
                gold.append((m.group(2), start, len(text)))
                pos = m.end()
            text += line[pos:]
            texts.append((text, gold))
    entities = sorted({e for _, gold in texts for e, _, _ in gold})
    queries = [(e, '"' + e.replace('"', '""') + '"') for e in entities] + queries
    return texts, queries


def score(name, tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"{name:22} precision {precision:.4f}  recall {recall:.4f}  (tp {tp}, fp {fp}, fn {fn})")
    return precision, recall


def main():
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(EXTENSION[:-3] if EXTENSION.endswith(".so") else EXTENSION)
    texts, queries = load()
    mentions_total = sum(len(g) for _, g in texts)
    print(f"texts {len(texts)}, labelled mentions {mentions_total}, queries {len(queries)}")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='transcript')")
    conn.executemany("INSERT INTO f(rowid, text) VALUES (?, ?)",
                     [(i + 1, t) for i, (t, _) in enumerate(texts)])

    found = []  # per text: the set of entities transcript_mentions reports, and the spans
    span_tp = span_fp = span_fn = 0
    for text, gold in texts:
        rows = conn.execute("SELECT entity, start_char, end_char FROM transcript_mentions(?)",
                            (text,)).fetchall()
        found.append({r[0] for r in rows})
        got = set(rows)
        want = set(gold)
        # Spans are compared for the labelled entities only: the set does not label every
        # organisation or person the gazetteer knows in every text.
        labelled = {e for e, _, _ in gold} | {e for _, e in queries}
        got = {r for r in got if r[0] in labelled}
        span_tp += len(got & want)
        span_fp += len(got - want)
        span_fn += len(want - got)
        for miss in sorted(want - got):
            print("  mentions span missed  ", miss, "in:", text)
        for extra in sorted(got - want):
            print("  mentions span spurious", extra, "in:", text)

    counts = {k: [0, 0, 0] for k in ("transcript_find", "FTS5 MATCH", "transcript_mentions")}
    disagreements = 0
    # The texts in a table, so that each query is one statement over all of them (compiled
    # once, as a user's query is), not one statement per text.
    conn.execute("CREATE TABLE texts(id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO texts(id, text) VALUES (?, ?)", [(i + 1, t) for i, (t, _) in enumerate(texts)])
    for entity, query in queries:
        match_rows = {r[0] for r in conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (query,))}
        find_rows = {r[0] for r in conn.execute("SELECT id FROM texts WHERE transcript_find(text, ?) > 0", (query,))}
        for i, (text, gold) in enumerate(texts):
            positive = any(e == entity for e, _, _ in gold)
            answers = {
                "transcript_find": (i + 1) in find_rows,
                "FTS5 MATCH": (i + 1) in match_rows,
                "transcript_mentions": entity in found[i],
            }
            for name, answer in answers.items():
                c = counts[name]
                if answer and positive:
                    c[0] += 1
                elif answer:
                    c[1] += 1
                    print(f"  {name} false positive  {query!s:24} in: {text}")
                elif positive:
                    c[2] += 1
                    print(f"  {name} missed          {query!s:24} in: {text}")
            if len(set(answers.values())) > 1:
                disagreements += 1
                print(f"  disagree {query!s:24} {answers} in: {text}")

    ok = True
    print()
    for name, (tp, fp, fn) in counts.items():
        p, r = score(name + " (pairs)", tp, fp, fn)
        ok &= p >= MINIMUM and r >= MINIMUM
    p, r = score("transcript_mentions (spans)", span_tp, span_fp, span_fn)
    ok &= p >= MINIMUM and r >= MINIMUM
    print(f"disagreements between the three: {disagreements}")
    ok &= disagreements == 0
    ok &= mentions_total >= 400
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
