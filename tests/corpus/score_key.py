#!/usr/bin/python3
"""Scores the extension against the answer key of tests/data/corpus_sample/ (real pages of
the development corpus, keyed by reading: who speaks under each label and in what role).

    /usr/bin/python3 tests/corpus/score_key.py [--ext build/transcript] [--verbose]
        [--key DIR] [--min-speaker P] [--min-kind P] [--min-pages P] [--min-metadata P] [--counts]

The key: pages.tsv (per page: the turns a reader counts, the principal speaker, title,
date, place) and turns.tsv (per turn: label, speaker, kind, reply_to). The extension's
turns are aligned with the key's by their labels (longest common subsequence of the label
sequences, unlabelled turns matching each other), so one missed or extra turn costs only
itself. Printed per publisher and in all:
  - pages whose turn count is exact;
  - speaker: aligned turns whose speaker is the key's person (the same text, or the same
    person written another way on the page: equal surname, compatible first name);
    exact: the same text;
  - kind: aligned turns of the key's kind; reply_to: answers pointing at the key's question;
  - one spelling per person: key persons the extension writes one way on each page;
  - principal, title, date, place: pages whose document row agrees with the key (the
    principal as a person, the others as the same words in any case; none = NULL);
  - turns missed (in the key, not aligned) and extra (aligned to nothing);
  - directory entries of the pages contacts.tsv keys (kind, name, country, city, website):
    found by name, and with the key's kind, country and city.
Exit status 1 when a --min-* threshold (percent) is not met, or, with --counts, when a
page's turn count differs from the key's and deviations.tsv does not list exactly that
difference (the sample ctest: a regression on any keyed page shows).
"""
import argparse
import csv
import os
import sqlite3
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KEY = os.path.join(ROOT, "tests", "data", "corpus_sample")


def fold(s):
    return unicodedata.normalize("NFKC", s or "").casefold().replace("ё", "е").strip()


def same_text(a, b):
    """Equal titles, dates or places: the same words, any case; none on both sides."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def name_parts(name):
    words = [w for w in fold(name).replace(".", ". ").split() if w]
    words = [w for w in words if w.rstrip(".") not in ("jr", "sr", "ii", "iii", "mr", "ms", "mrs", "dr")]
    if not words:
        return "", ""
    surname = words[-1].strip(".,")
    first = words[0].strip(".,") if len(words) > 1 else ""
    return surname, first


def same_person(a, b):
    if not a or not b:
        return (a or "") == (b or "")
    if fold(a) == fold(b):
        return True
    sa, fa = name_parts(a)
    sb, fb = name_parts(b)
    if sa != sb:
        return False
    if not fa or not fb:
        return True
    return fa == fb or fa[0] == fb[0] and (len(fa) == 1 or len(fb) == 1)


def align(key_labels, got_labels):
    """Pairs (i, j) of the longest common subsequence of the two label lists."""
    n, m = len(key_labels), len(got_labels)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if key_labels[i] == got_labels[j]:
                dp[i][j] = dp[i + 1][j + 1] + 1
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if key_labels[i] == got_labels[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def label_key(label):
    return " ".join(fold(label).split()) if label else "<unlabelled>"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ext", default=os.path.join(ROOT, "build", "transcript"))
    ap.add_argument("--key", default=KEY, help="folder of the key (pages.tsv, turns.tsv, deviations.tsv and the pages)")
    ap.add_argument("--verbose", action="store_true", help="print every disagreement")
    ap.add_argument("--min-speaker", type=float)
    ap.add_argument("--min-kind", type=float)
    ap.add_argument("--min-pages", type=float)
    ap.add_argument("--min-metadata", type=float, help="minimum percent of pages with the key's title, date and place (each)")
    ap.add_argument("--counts", action="store_true",
                    help="fail when a page's turn count differs from the key without a line in deviations.tsv")
    args = ap.parse_args()
    key_dir = args.key

    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(args.ext)

    pages = list(csv.DictReader(open(os.path.join(key_dir, "pages.tsv"), encoding="utf-8"), delimiter="\t"))
    key_turns = defaultdict(list)
    for row in csv.DictReader(open(os.path.join(key_dir, "turns.tsv"), encoding="utf-8"), delimiter="\t"):
        key_turns[row["file"]].append(row)

    deviations = {}
    dev_path = os.path.join(key_dir, "deviations.tsv")
    if os.path.exists(dev_path):
        for row in csv.DictReader(open(dev_path, encoding="utf-8"), delimiter="\t"):
            deviations[row["file"]] = int(row["turns"])
    count_failures = []

    stats = defaultdict(lambda: defaultdict(int))
    for page in pages:
        f = page["file"]
        pub = f.split("/")[0]
        data = open(os.path.join(key_dir, f), "rb").read()
        got = conn.execute("SELECT seq, kind, speaker, label, reply_to FROM transcript_turns(?)", (data,)).fetchall()
        doc = conn.execute("SELECT speaker, title, date, place FROM transcript_documents(?)", (data,)).fetchone()
        key = key_turns[f]
        expected = deviations.get(f, int(page["turns"]))
        if len(got) != expected:
            count_failures.append(f"{f}: {len(got)} turns, expected {expected}"
                                  + (f" (key {page['turns']}, deviations.tsv)" if f in deviations else ""))
        for s in (stats[pub], stats["all"]):
            s["pages"] += 1
            s["exact_pages"] += len(got) == int(page["turns"])
            s["key_turns"] += len(key)
            s["got_turns"] += len(got)
        pairs = align([label_key(k["label"]) for k in key], [label_key(g[3]) for g in got])
        key_to_got = {i: j for i, j in pairs}
        got_seq_to_key_n = {got[j][0]: int(key[i]["n"]) for i, j in pairs}
        spellings = defaultdict(set)
        for i, j in pairs:
            k, g = key[i], got[j]
            ok_speaker = same_person(k["speaker"], g[2])
            exact = (k["speaker"] or None) == g[2]
            ok_kind = k["kind"] == g[1]
            reply_ok = True
            if k["kind"] == "answer":
                reply_ok = g[4] is not None and got_seq_to_key_n.get(g[4]) == int(k["reply_to"] or 0)
            for s in (stats[pub], stats["all"]):
                s["aligned"] += 1
                s["speaker_ok"] += ok_speaker
                s["speaker_exact"] += exact
                s["kind_ok"] += ok_kind
                if k["kind"] == "answer":
                    s["answers"] += 1
                    s["reply_ok"] += reply_ok
            if k["speaker"] and g[2]:
                spellings[fold(k["speaker"])].add(g[2])
            if args.verbose and (not ok_speaker or not ok_kind or not reply_ok):
                print(f"{f} n={k['n']} seq={g[0]} label={k['label']!r}: speaker {g[2]!r} (key {k['speaker']!r}), "
                      f"kind {g[1]} (key {k['kind']}), reply {g[4]} (key {k['reply_to']})")
        for s in (stats[pub], stats["all"]):
            s["persons"] += len(spellings)
            s["one_spelling"] += sum(len(v) == 1 for v in spellings.values())
            s["missed"] += len(key) - len(pairs)
            s["extra"] += len(got) - len(pairs)
            s["principal_ok"] += same_person(page["principal"], doc[0]) if doc else 0
            for n, field in ((1, "title"), (2, "date"), (3, "place")):
                s[field + "_ok"] += bool(doc) and same_text(page[field], doc[n])
        if args.verbose and doc:
            if not same_person(page["principal"], doc[0]):
                print(f"{f}: principal {doc[0]!r} (key {page['principal']!r})")
            for n, field in ((1, "title"), (2, "date"), (3, "place")):
                if not same_text(page[field], doc[n]):
                    print(f"{f}: {field} {doc[n]!r} (key {page[field]!r})")
        if args.verbose and len(got) != int(page["turns"]):
            print(f"{f}: {len(got)} turns, key {page['turns']}")

    def pct(a, b):
        return 100.0 * a / b if b else 100.0

    head = ("publisher", "pages", "turn count exact", "key turns", "aligned", "missed", "extra",
            "speaker", "speaker exact", "kind", "reply_to", "one spelling", "principal",
            "title", "date", "place")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for pub in sorted(stats, key=lambda p: (p == "all", p)):
        s = stats[pub]
        print(f"| {pub} | {s['pages']} | {s['exact_pages']} | {s['key_turns']} | {s['aligned']} | {s['missed']} | "
              f"{s['extra']} | {pct(s['speaker_ok'], s['aligned']):.1f}% | {pct(s['speaker_exact'], s['aligned']):.1f}% | "
              f"{pct(s['kind_ok'], s['aligned']):.1f}% | {pct(s['reply_ok'], s['answers']):.1f}% | "
              f"{s['one_spelling']}/{s['persons']} | {s['principal_ok']}/{s['pages']} | "
              f"{s['title_ok']}/{s['pages']} | {s['date_ok']}/{s['pages']} | {s['place_ok']}/{s['pages']} |")
    # The missions directory of keyed pages (contacts.tsv, when the key has one: per entry its
    # kind, name, country, city and website as a reader sees them): entries found by name
    # (white space folded), and of those the ones whose kind, country and city agree.
    contacts_path = os.path.join(key_dir, "contacts.tsv")
    contact_share = None
    if os.path.exists(contacts_path):
        want = defaultdict(list)
        for row in csv.DictReader(open(contacts_path, encoding="utf-8"), delimiter="\t"):
            want[row["file"]].append(row)
        found = agree = total = 0
        for f, rows in want.items():
            data = open(os.path.join(key_dir, f), "rb").read()
            got = {" ".join(r[1].split()): r for r in conn.execute(
                "SELECT kind, name, country, city FROM transcript_contacts(?)", (data,))}
            for row in rows:
                total += 1
                g = got.get(" ".join(row["name"].split()))
                if not g:
                    if args.verbose:
                        print(f"{f}: directory entry {row['name']!r} missing")
                    continue
                found += 1
                same = g[0] == row["kind"] and (g[2] or "") == row["country"] and (g[3] or "") == row["city"]
                agree += same
                if args.verbose and not same:
                    print(f"{f}: {row['name']!r}: {g[0]}, {g[2]!r}, {g[3]!r} (key {row['kind']}, {row['country']!r}, {row['city']!r})")
        contact_share = pct(agree, total)
        print(f"directory entries: {total} keyed, {found} found, {agree} with the key's kind, country and city")
    a = stats["all"]
    failed = False
    if contact_share is not None and args.min_metadata is not None and contact_share < args.min_metadata:
        print(f"directory: {contact_share:.1f}% < {args.min_metadata}%")
        failed = True
    if args.counts:
        for line in count_failures:
            print(line)
        failed = bool(count_failures)
    for name, value, minimum in (("speaker", pct(a["speaker_ok"], a["aligned"]), args.min_speaker),
                                 ("kind", pct(a["kind_ok"], a["aligned"]), args.min_kind),
                                 ("pages", pct(a["exact_pages"], a["pages"]), args.min_pages),
                                 ("title", pct(a["title_ok"], a["pages"]), args.min_metadata),
                                 ("date", pct(a["date_ok"], a["pages"]), args.min_metadata),
                                 ("place", pct(a["place_ok"], a["pages"]), args.min_metadata)):
        if minimum is not None and value < minimum:
            print(f"{name}: {value:.1f}% < {minimum}%")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
