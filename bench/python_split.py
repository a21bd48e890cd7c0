#!/usr/bin/python3
"""The baseline a user would write instead of transcript_turns: split pages into turns with re.

    /usr/bin/python3 bench/python_split.py 'bench/corpus/pages/*.txt'

Prints `turns|characters` (the same figures as `SELECT count(*), sum(length(text))`).
Rules, as a reasonable user would write them in an afternoon: paragraphs are separated by
blank lines; a paragraph that starts with `Label:` (one to four capitalised words, `Q`/`A`,
an optional `(annotation)`) starts a turn; other paragraphs continue the current turn;
paragraphs before the first label (after the headline, the first line with a year) are the
opening remarks; the transcript stops at the usual sidebar headings.
"""
import glob
import re
import sys

WORD = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’\-]*"
LABEL = re.compile(r"^(?:%s(?: %s){0,3}|Q|A)(?: \([^)]*\))?\s*:\s*" % (WORD, WORD))
END = re.compile(r"^\s*(?:•\s*)?(?:Additional materials|Дополнительные материалы|Related content|"
                 r"Related News|Photo album|Фотоальбом|Find an embassy)\s*:?\s*$", re.M)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PARA = re.compile(r"\n[ \t]*\n+")
CHROME = re.compile(r"^(?:\* \* \*|\d\d?:\d\d|\d\d\.\d\d\.\d{4} \d\d:\d\d)$")


def split(page):
    m = END.search(page)
    if m:
        page = page[:m.start()]
    turns = []  # [label, [paragraphs]]
    seen_title = False
    for para in PARA.split(page):
        para = " ".join(line.strip() for line in para.strip().split("\n"))
        if not para or CHROME.match(para):
            continue
        m = LABEL.match(para)
        if m:
            turns.append([m.group(0).rstrip(": "), [para[m.end():]]])
        elif turns:
            turns[-1][1].append(para)
        elif not seen_title:
            seen_title = bool(YEAR.search(para))  # menus and the headline are not speech
        elif not YEAR.search(para):
            turns.append([None, [para]])  # opening remarks
            seen_title = True
    return [(label, "\n\n".join(paras)) for label, paras in turns]


def main():
    n = chars = 0
    for path in sorted(glob.glob(sys.argv[1])):
        with open(path, encoding="utf-8") as f:
            for label, text in split(f.read()):
                n += 1
                chars += len(text)
    print("%d|%d" % (n, chars))


if __name__ == "__main__":
    main()
