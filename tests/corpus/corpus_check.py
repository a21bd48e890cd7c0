#!/usr/bin/python3
"""Corpus check: scan folders of real pages with the extension and compare its turns with
the speaker labels the pages' own markup shows.

    /usr/bin/python3 tests/corpus/corpus_check.py [--corpus DIR] [--ext build/transcript]
        [--details out.tsv] [--publisher NAME ...]

DIR holds one folder per publisher (default: corpus/pages, unpacked from
../shared/corpora/pages.tar.xz when missing). Each folder is scanned once with the files
form of transcript_documents and transcript_turns (on_error='skip' where the extension has
it), as a user scans an archive.

What the markup shows is counted here, without the extension, so that the two can be
compared (see count_markup_labels):
  - HTML: a paragraph (<p>, or a line of it after <br>) that opens with a bold run ending in
    a colon (`<p><b>Vladimir Putin:</b> …`), or whose text opens with a label in capitals
    (`THE PRESIDENT: …`, `MR. EARNEST: …`) or a bare `Q` followed by spaces.
  - A Python bytes literal of HTML (`b'<div …'`, one scraper's output) is unescaped first;
    a JSON content item (GOV.UK) is read through its `details.body`.
  - Text: label-shaped runs after a line start or a sentence end: `В.Путин:`,
    `Вопрос:`, `Реплика:`, `Name Surname:` at a line start.

Per publisher it reports: pages, pages with turns, labelled pages (two or more labels in the
markup), the labels in the markup against the labelled turns that came back, labelled pages
that keep at least 90% of their labels as turns, pages whose transcript ends before the last
label (the last label's words are in no turn), title/date/place found, HTML pages whose
title is neither in nor around the text of their <title> or <h1> (page furniture taken for
the headline), and errors.

Exit status: 0; with --min-keep P, 1 when fewer than P% of labelled pages keep 90%.
"""
import argparse
import ast
import html
import json
import os
import re
import sqlite3
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------- markup labels

UPPER_LABEL = re.compile(
    r"^(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][A-Z.'\u2019\- ]{1,60}"
    r"(?:\([^)]{0,60}\))?\s*:(?:\s|$)")
BARE_Q = re.compile(r"^Q(?:[\s\u00a0]+\S|:)")
SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u3000]+")


def norm(s):
    return SPACES.sub(" ", s).strip()


class ParagraphReader(HTMLParser):
    """Collects the lines of every <p> as lists of (text, bold) runs."""

    BLOCKS = {"p", "div", "li", "td", "h1", "h2", "h3", "h4", "blockquote", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []      # finished lines: (runs, in_p)
        self.runs = []       # current line
        self.bold = 0
        self.skip = 0        # inside <script>/<style>
        self.in_p = 0

    def flush(self):
        if any(t.strip() for t, _ in self.runs):
            self.lines.append((self.runs, self.in_p > 0))
        self.runs = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag == "br":
            self.flush()
        elif tag in self.BLOCKS:
            self.flush()
            if tag == "p":
                self.in_p += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag in self.BLOCKS:
            self.flush()
            if tag == "p":
                self.in_p = max(0, self.in_p - 1)

    def handle_data(self, data):
        if not self.skip:
            self.runs.append((data, self.bold > 0))


def is_speech(words):
    """A label's speech, not a field's value ("Area: 475 442 km2"): six words or more, or a
    sentence."""
    w = norm(words)
    return len(w.split()) >= 6 or w.endswith((".", "?", "!", "\u2026"))


def html_labels(source):
    """(label, speech) for every labelled paragraph line of an HTML page, in order."""
    reader = ParagraphReader()
    reader.feed(source)
    reader.close()
    reader.flush()
    found = []
    for runs, in_p in reader.lines:
        if not in_p:
            continue
        text = norm("".join(t for t, _ in runs))
        # A bold run that opens the line and ends with a colon (or is followed by one).
        lead = ""
        k = 0
        while k < len(runs) and not runs[k][0].strip():
            k += 1
        while k < len(runs) and runs[k][1]:
            lead += runs[k][0]
            k += 1
        lead_n = norm(lead)
        rest = norm("".join(t for t, _ in runs[k:]))
        if lead_n and 1 < len(lead_n) <= 200 and (lead_n.endswith(":") or rest.startswith(":")):
            label = lead_n.rstrip(":").strip()
            # "* * *President of Russia …:" (a separator glued to the label)
            label = re.sub(r"^[*\s]+", "", label)
            if label and label[0].isupper() and is_speech(rest.lstrip(": ")):
                found.append((label, rest.lstrip(": ").strip()))
                continue
        m = UPPER_LABEL.match(text)
        if m and sum(c.isupper() for c in m.group(0)) >= 2 and is_speech(text[m.end():]):
            found.append((m.group(0).rstrip(": ").strip(), text[m.end():].strip()))
            continue
        if BARE_Q.match(text):
            found.append(("Q", text[1:].lstrip(": ").strip()))
    return found


RU_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[.!?\u2026\u00bb)\]] )|(?<= )(?=[А-ЯЁA-Z]\.))"
    r"((?:[А-ЯЁA-Z]\.){1,2} ?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    # kremlin.ru's person tooltip inside the label: "И.Руденя Руденя Игорь Михайлович
    # губернатор Тверской области :"
    r"(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+[^:!?]{0,300}? )?"
    r"|Вопрос|Реплика|Ответ|Голос из зала|Ведущий|Ведущая)"
    r"(?: ?\([^)]{1,80}\))? ?: ")
LINE_LABEL = re.compile(
    r"^(?:\*\*)?((?:[A-ZА-ЯЁ][\w.'\u2019-]*)(?: [\w.'\u2019-]+){0,5}?)(?: \([^)]{1,80}\))?:(?:\*\*)? ")


def text_labels(source):
    found = []
    lines = source.splitlines()
    if len(lines) <= 3 and len(source) > 2000:
        # One line holds the whole page (kremlin-ru-csv): labels after sentence ends.
        flat = norm(source)
        matches = list(RU_LABEL.finditer(flat))
        for i, m in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(flat)
            found.append((m.group(1), flat[m.end():end].strip()))
        return found
    for line in lines:
        m = LINE_LABEL.match(line.strip())
        if m and is_speech(line.strip()[m.end():]):
            found.append((m.group(1), line.strip()[m.end():].strip()))
    return found


def decode_page(raw):
    """The page as a reader sees it: (kind, text) with kind 'html' or 'text'."""
    text = raw.decode("utf-8", errors="replace")
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        try:
            item = json.loads(text)
            body = (item.get("details") or {}).get("body")
            if isinstance(body, str):
                return "html", body
            return "text", ""
        except ValueError:
            pass
    lines = text.split("\n", 2)
    if len(lines) >= 2 and lines[1].startswith("b'"):
        try:
            inner = ast.literal_eval(lines[1].strip()).decode("utf-8", errors="replace")
            return "html", lines[0] + "\n" + inner
        except (ValueError, SyntaxError):
            pass
    low = head[:2000].lower()
    if re.search(r"<(!doctype|html|head|body|p|div|h1)\b", low):
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:4000])
        if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
            try:
                text = raw.decode(m.group(1).decode(), errors="replace")
            except LookupError:
                pass
        return "html", text
    return "text", text


TAG_TEXT = re.compile(r"<(title|h1)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
TAGS = re.compile(r"<[^>]+>")


def headline_texts(path):
    """The texts of an HTML page's <title> and <h1> elements (tags dropped, entities decoded,
    spaces collapsed, lower case); None for a page that is not HTML or has neither."""
    with open(path, "rb") as f:
        raw = f.read()
    kind, text = decode_page(raw)
    if kind != "html":
        return None
    found = [norm(html.unescape(TAGS.sub(" ", m.group(2)))).lower() for m in TAG_TEXT.finditer(text)]
    found = [t for t in found if t]
    return found or None


def title_off_headline(path, title):
    """True when an HTML page that has a <title> or an <h1> got a title that neither holds
    nor is held by any of them: page furniture taken for the headline ("All content on this
    site is licensed under")."""
    if title is None:
        return False
    heads = headline_texts(path)
    if not heads:
        return False
    t = norm(title).lower()
    return not any(t in h or h in t for h in heads)


def count_markup_labels(path):
    with open(path, "rb") as f:
        raw = f.read()
    kind, text = decode_page(raw)
    return html_labels(text) if kind == "html" else text_labels(text)


# ---------------------------------------------------------------- the extension


def connect(ext):
    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(ext)
    return conn


def has_on_error(conn):
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.probe USING transcript_documents(files='/dev/null', on_error='skip')")
        conn.execute("DROP TABLE temp.probe")
        return True
    except sqlite3.Error:
        return False


def scan_folder(conn, folder, on_error):
    """{path: {'doc': row, 'turns': [rows], 'error': msg}} for every file of the folder."""
    pattern = os.path.join(folder, "*").replace("'", "''")
    opt = ", on_error='skip'" if on_error else ""
    result = {}
    try:
        conn.execute("DROP TABLE IF EXISTS temp.d")
        conn.execute("DROP TABLE IF EXISTS temp.t")
        conn.execute(f"CREATE VIRTUAL TABLE temp.d USING transcript_documents(files='{pattern}'{opt})")
        conn.execute(f"CREATE VIRTUAL TABLE temp.t USING transcript_turns(files='{pattern}'{opt})")
        cols = [r[1] for r in conn.execute("SELECT * FROM pragma_table_info('d')")]
        for row in conn.execute("SELECT * FROM temp.d"):
            r = dict(zip(cols, row))
            result[r["doc"]] = {"doc": r, "turns": [], "error": r.get("error")}
        for doc, seq, kind, speaker, label, text in conn.execute(
                "SELECT doc, seq, kind, speaker, label, text FROM temp.t"):
            result[doc]["turns"].append((seq, kind, speaker, label, text))
        return result
    except sqlite3.Error as e:
        if on_error:
            raise
        # Without on_error='skip' one bad file stops the scan: read the files one by one to
        # name them.
        print(f"  scan of {folder} stopped: {e}", file=sys.stderr)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            page = f.read()
        entry = {"doc": {}, "turns": [], "error": None}
        try:
            cols = [r[1] for r in conn.execute("SELECT * FROM pragma_table_info('transcript_documents')")]
            row = conn.execute("SELECT * FROM transcript_documents(?)", (page,)).fetchone()
            entry["doc"] = dict(zip(cols, row))
            entry["turns"] = conn.execute(
                "SELECT seq, kind, speaker, label, text FROM transcript_turns(?)", (page,)).fetchall()
        except sqlite3.Error as e:
            entry["error"] = str(e)
        result[path] = entry
    return result


# ---------------------------------------------------------------- report


def page_report(path, entry):
    labels = count_markup_labels(path)
    turns = entry["turns"]
    labelled_turns = [t for t in turns if t[3] is not None]
    joined = norm(" ".join(t[4] or "" for t in turns))
    ends_early = False
    if len(labels) >= 2:
        last_words = re.split(r"(?<=[.!?])", norm(labels[-1][1]))[0][:25]
        if last_words and last_words not in joined:
            ends_early = True
    # Page furniture glued to the last turn: its last paragraph is a short line without
    # sentence punctuation ("Geography", "Krasnodar Territory", "Text version").
    tail_junk = False
    if turns and turns[-1][4]:
        last = turns[-1][4].rstrip().split("\n\n")[-1].strip()
        # (Chinese and Japanese end sentences with 。！？ and write no spaces: "谢谢大家！")
        if len(turns[-1][4].split("\n\n")) > 1 and len(last.split()) <= 4 and not last.endswith(
                (".", "?", "!", "\u2026", ")", "\"", "\u201d", "\u00bb", ":", "\u3002", "\uff01", "\uff1f")):
            tail_junk = True
    doc = entry["doc"] or {}
    return {
        "path": path,
        "markup": len(labels),
        "turns": len(turns),
        "labelled": len(labelled_turns),
        "ends_early": ends_early,
        "tail_junk": tail_junk,
        "title": doc.get("title") is not None,
        "title_off": title_off_headline(path, doc.get("title")),
        "date": doc.get("date") is not None,
        "place": doc.get("place") is not None,
        "error": entry["error"],
    }


def keeps(r):
    return r["labelled"] >= 0.9 * r["markup"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus", "pages"))
    ap.add_argument("--ext", default=os.path.join(ROOT, "build", "transcript"))
    ap.add_argument("--details", help="write one row per page (TSV) here")
    ap.add_argument("--publisher", action="append", help="only these folders")
    ap.add_argument("--min-keep", type=float, help="fail below this %% of labelled pages keeping 90%%")
    args = ap.parse_args()

    if not os.path.isdir(args.corpus):
        tarball = os.path.join(ROOT, "..", "shared", "corpora", "pages.tar.xz")
        target = os.path.dirname(args.corpus)
        os.makedirs(target, exist_ok=True)
        subprocess.run(["tar", "-xJf", tarball, "-C", target], check=True)

    conn = connect(args.ext)
    on_error = has_on_error(conn)
    folders = sorted(d for d in os.listdir(args.corpus) if os.path.isdir(os.path.join(args.corpus, d)))
    if args.publisher:
        folders = [d for d in folders if d in args.publisher]

    rows = []
    table = []
    for folder in folders:
        scanned = scan_folder(conn, os.path.join(args.corpus, folder), on_error)
        reports = [page_report(p, e) for p, e in sorted(scanned.items())]
        rows.extend((folder, r) for r in reports)
        labelled = [r for r in reports if r["markup"] >= 2]
        table.append((folder, len(reports), sum(r["turns"] > 0 for r in reports), len(labelled),
                      sum(r["markup"] for r in labelled), sum(min(r["labelled"], r["markup"]) for r in labelled),
                      sum(keeps(r) for r in labelled), sum(r["ends_early"] for r in labelled),
                      sum(r["tail_junk"] for r in reports),
                      sum(r["title"] for r in reports), sum(r["title_off"] for r in reports),
                      sum(r["date"] for r in reports),
                      sum(r["place"] for r in reports), sum(r["error"] is not None for r in reports)))

    head = ("publisher", "pages", "with turns", "labelled pages", "labels in markup", "labels as turns",
            "keep >= 90%", "end before last label", "furniture in last turn", "title", "title not the headline",
            "date", "place", "errors")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    totals = [0] * (len(head) - 1)
    for t in table:
        print("| " + " | ".join(str(x) for x in t) + " |")
        totals = [a + b for a, b in zip(totals, t[1:])]
    print("| **all** | " + " | ".join(str(x) for x in totals) + " |")
    lab, keep = totals[2], totals[5]
    share = 100.0 * keep / lab if lab else 100.0
    print(f"\nlabelled pages keeping >= 90% of their labels as turns: {keep}/{lab} ({share:.1f}%); "
          f"pages with errors: {totals[12]}")

    if args.details:
        with open(args.details, "w") as f:
            f.write("publisher\tpath\tmarkup\tturns\tlabelled\tkeep\tends_early\ttail_junk\ttitle\ttitle_off\tdate\tplace\terror\n")
            for folder, r in rows:
                f.write("\t".join(str(x) for x in (
                    folder, r["path"], r["markup"], r["turns"], r["labelled"], keeps(r), r["ends_early"], r["tail_junk"],
                    r["title"], r["title_off"], r["date"], r["place"], r["error"] or "")) + "\n")
    if args.min_keep is not None and share < args.min_keep:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
