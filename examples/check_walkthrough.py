#!/usr/bin/python3
"""Runs the walkthrough of examples/README.md and checks sql/archive.sql.

    check_walkthrough.py SQLITE3 EXTENSION.so walkthrough [--update]
    check_walkthrough.py SQLITE3 EXTENSION.so show
    check_walkthrough.py SQLITE3 EXTENSION.so archive

Everything runs from the repository root through the real sqlite3 shell, as a reader would
run it: `sqlite3 -batch ARCHIVE -cmd '.load EXTENSION' -cmd '.mode box'`.

walkthrough  Every ```sql block of examples/README.md is run, in order, in a fresh shell on
             one archive database (made in a temporary folder; the first block builds it),
             and its output is compared with the ```text block that follows it. Any
             difference fails, with a diff. --update rewrites the ```text blocks from the
             actual output instead (read what changed before committing it).
show         The same blocks, printed with their actual output (examples/demo.sh).
archive      sql/archive.sql on a copy of examples/data: builds an archive, re-runs it (no
             row may change), adds a page (only its rows appear), changes a page (only its
             rows are replaced, the FTS index follows), removes a page (its rows stay), and
             checks the errors for a missing :glob and a glob that matches nothing.
"""
import difflib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "examples", "README.md")
BLOCK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)


def shell(sqlite3_bin, ext, db, script, cwd=ROOT, mode=".mode box"):
    """Runs script in the sqlite3 shell with the extension loaded; returns (rc, output)."""
    ext_noext = ext[:-3] if ext.endswith(".so") else ext
    cmd = [sqlite3_bin, "-batch", "-cmd", ".load " + ext_noext, "-cmd", mode, db]
    p = subprocess.run(cmd, input=script, cwd=cwd, capture_output=True, text=True)
    out = p.stdout + p.stderr
    return p.returncode, "\n".join(line.rstrip() for line in out.rstrip("\n").split("\n"))


def blocks(text):
    """The (sql, expected, span of the expected block's body) of each ```sql block."""
    found = list(BLOCK.finditer(text))
    result = []
    for i, m in enumerate(found):
        if m.group(1) != "sql":
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        between = text[m.end():nxt.start()] if nxt else ""
        if nxt is None or nxt.group(1) != "text" or between.strip():
            line = text.count("\n", 0, m.start()) + 1
            raise SystemExit(f"examples/README.md:{line}: a ```sql block must be followed "
                             "directly by the ```text block of its output")
        result.append((m.group(2), nxt.group(2).rstrip("\n"), nxt.span(2)))
    return result


def walkthrough(sqlite3_bin, ext, how):
    text = open(README, encoding="utf-8").read()
    todo = blocks(text)
    if len(todo) < 10:
        raise SystemExit(f"examples/README.md has {len(todo)} queries, expected at least 10")
    failures = 0
    replacements = []
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "archive.db")
        for n, (sql, expected, span) in enumerate(todo, 1):
            rc, actual = shell(sqlite3_bin, ext, db, sql)
            if how == "show":
                lines = sql.rstrip("\n").split("\n")
                print("\n".join(("sqlite> " if i == 0 else "   ...> ") + l
                                for i, l in enumerate(lines)))
                print(actual)
                print()
                continue
            if how == "update":
                replacements.append((span, actual + "\n"))
                continue
            if rc != 0 or actual != expected:
                failures += 1
                print(f"query {n} differs (exit status {rc}):\n{sql}")
                sys.stdout.writelines(difflib.unified_diff(
                    [l + "\n" for l in expected.split("\n")],
                    [l + "\n" for l in actual.split("\n")], "README.md", "actual"))
                print()
    if how == "update":
        for (start, end), new in reversed(replacements):
            text = text[:start] + new + text[end:]
        open(README, "w", encoding="utf-8").write(text)
        print(f"updated {len(replacements)} outputs in examples/README.md")
        return 0
    if how == "check":
        print(f"{len(todo) - failures} of {len(todo)} walkthrough queries give the output shown")
    return 1 if failures else 0


class ArchiveCheck:
    """sql/archive.sql, run again and again on a folder that changes."""

    TABLES = {"documents": "doc", "turns": "doc, seq", "contacts": "doc, seq",
              "mentions": "doc, seq, start_char"}

    def __init__(self, sqlite3_bin, ext, tmp):
        self.sqlite3, self.ext, self.tmp = sqlite3_bin, ext, tmp
        self.db = os.path.join(tmp, "archive.db")
        self.failures = 0

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures += 1

    def run(self, glob="pages/*.txt", extra="", on_error=None, headers=True):
        param = (".headers on\n" if headers else "") + ("" if glob is None else f".parameter set :glob '{glob}'\n")
        if on_error:
            param += f".parameter set :on_error {on_error}\n"
        script = param + f".read {os.path.join(ROOT, 'sql', 'archive.sql')}\n" + extra
        return shell(self.sqlite3, self.ext, self.db, script, cwd=self.tmp, mode=".mode list")

    def rows(self):
        """Every row of the four tables, by table, in key order."""
        con = sqlite3.connect(self.db)
        try:
            return {t: con.execute(f"SELECT * FROM {t} ORDER BY {k}").fetchall()
                    for t, k in self.TABLES.items()}
        finally:
            con.close()

    @staticmethod
    def of_docs(snapshot, docs, keep=True):
        """The rows of the snapshot whose doc (first or second column) is (not) in docs."""
        out = {}
        for t, rows in snapshot.items():
            col = 1 if t in ("turns", "contacts") else 0
            out[t] = [r for r in rows if (r[col] in docs) == keep]
        return out

    def query(self, sql):
        rc, out = shell(self.sqlite3, self.ext, self.db, sql, cwd=self.tmp, mode=".mode list")
        return out if rc == 0 else f"error: {out}"

    def real(self, rel):
        return os.path.realpath(os.path.join(self.tmp, rel))

    def main(self):
        pages = os.path.join(self.tmp, "pages")
        os.mkdir(pages)
        data = os.path.join(ROOT, "examples", "data")
        names = sorted(n for n in os.listdir(data) if n.endswith(".txt"))
        first, added = names[:-1], names[-1]
        for n in first:
            shutil.copy(os.path.join(data, n), pages)
        os.mkdir(os.path.join(pages, "sub"))
        shutil.copy(os.path.join(data, added), os.path.join(pages, "sub"))   # not matched
        shutil.copy(os.path.join(data, added), os.path.join(pages, ".hidden.txt"))  # neither

        rc, out = self.run(glob=None)
        self.check(rc != 0 and "set the folder glob first" in out
                   and self.query("SELECT count(*) FROM sqlite_schema") == "0",
                   f"without :glob: an error, nothing written ({out.splitlines()[-1]})")
        rc, out = self.run(glob="nothing/*.txt")
        self.check(rc != 0, f"a folder that does not exist: an error ({out.splitlines()[-1]})")
        rc, out = self.run(glob="pages/*.html")
        self.check(rc != 0 and "no file matches" in out,
                   f"a glob that matches nothing: an error ({out.splitlines()[-1]})")

        # The summary has its column names even when the shell's headers are off.
        rc, out = self.run(headers=False)
        self.check(rc == 0 and out.startswith("matched|new|changed|unchanged|duplicate|skipped|documents|turns")
                   and out.splitlines()[1].startswith(f"{len(first)}|{len(first)}|0|0|0|0|{len(first)}|"),
                   f"first run imports the {len(first)} pages: {out.splitlines()[-1]}")
        docs = self.query("SELECT group_concat(doc, ' ') FROM (SELECT doc FROM documents ORDER BY doc)")
        self.check(docs == " ".join(self.real("pages/" + n) for n in first),
                   "doc is the file's real path; pages/sub/ and .hidden.txt are skipped")
        paths = self.query("SELECT group_concat(path, ' ') FROM (SELECT path FROM documents ORDER BY doc)")
        self.check(paths == " ".join("pages/" + n for n in first), "path is the path as the glob matched it")
        counts = self.query(
            "SELECT count(*) FROM documents d WHERE d.turns <> (SELECT count(*) FROM turns t "
            "WHERE t.doc = d.doc) OR d.contacts <> (SELECT count(*) FROM contacts c "
            "WHERE c.doc = d.doc)")
        self.check(counts == "0", "documents.turns and .contacts agree with the rows")
        before = self.rows()
        self.check(all(before[t] for t in self.TABLES), "every table has rows")

        rc, out = self.run()
        after = self.rows()
        self.check(rc == 0 and out.splitlines()[1].startswith(f"{len(first)}|0|0|{len(first)}|0|0|"),
                   f"second run: nothing new ({out.splitlines()[-1]})")
        self.check(after == before, "second run: every row identical (ids, imported_at too)")
        # The same folder by another glob (absolute, from another working directory): the
        # same documents.
        rc, out = self.run(glob=os.path.join(self.tmp, "pages", "*.txt"))
        self.check(rc == 0 and out.splitlines()[1].startswith(f"{len(first)}|0|0|{len(first)}|0|0|")
                   and self.rows() == before,
                   f"an absolute glob to the same folder: nothing new ({out.splitlines()[-1]})")
        # A copy of a page under another name: not imported twice.
        copy_dir = os.path.join(self.tmp, "copies")
        os.mkdir(copy_dir)
        shutil.copy(os.path.join(pages, first[0]), os.path.join(copy_dir, "copy.txt"))
        rc, out = self.run(glob="copies/*.txt")
        self.check(rc == 0 and out.splitlines()[1].startswith("1|0|0|0|1|0|") and self.rows() == before,
                   f"the same bytes under another path: a duplicate, not imported ({out.splitlines()[-1]})")
        # A page with a bad byte is archived (the byte read as U+FFFD, counted in
        # documents.replaced); a dangling link cannot be read: listed, nothing written ...
        bad_dir = os.path.join(self.tmp, "bad")
        os.mkdir(bad_dir)
        shutil.copy(os.path.join(data, added), os.path.join(bad_dir, "a_good.txt"))
        with open(os.path.join(bad_dir, "b_bad.txt"), "wb") as f:
            f.write(b"Question: Is it \xff?\n\nAnswer: No.\n")
        os.symlink("missing.txt", os.path.join(bad_dir, "c_gone.txt"))
        rc, out = self.run(glob="bad/*.txt")
        self.check(rc != 0 and "bad/c_gone.txt|cannot open 'bad/c_gone.txt'" in out
                   and "b_bad.txt" not in out
                   and "cannot be read; nothing was written" in out and self.rows() == before,
                   f"unreadable pages stop the run and are named: {out.splitlines()[-1]}")
        # ... unless on_error is 'skip': the others are archived, the unreadable one listed.
        rc, out = self.run(glob="bad/*.txt", on_error="skip")
        lines = out.splitlines()
        self.check(rc == 0 and lines[1].startswith("3|2|0|0|0|1|") and lines[2] == "skipped|error"
                   and lines[3] == "bad/c_gone.txt|cannot open 'bad/c_gone.txt': No such file or directory",
                   f"on_error 'skip': the others archived, the unreadable one listed ({lines[1]})")
        bad_page = self.real("bad/b_bad.txt")
        replaced = self.query(f"SELECT replaced, turns FROM documents WHERE doc = '{bad_page}';").strip()
        answer = self.query(f"SELECT text FROM turns WHERE doc = '{bad_page}' AND kind = 'question';").strip()
        self.check(replaced == "1|2" and answer == "Is it \ufffd?",
                   f"a page with a bad byte: archived with it replaced ({replaced}, {answer!r})")
        for page in ("bad/a_good.txt", "bad/b_bad.txt"):
            self.query(f"DELETE FROM mentions WHERE doc = '{self.real(page)}';"
                       f"DELETE FROM turns WHERE doc = '{self.real(page)}';"
                       f"DELETE FROM contacts WHERE doc = '{self.real(page)}';"
                       f"DELETE FROM documents WHERE doc = '{self.real(page)}';")
        self.check(self.rows() == before, "a page dropped as the script's last lines show")

        shutil.copy(os.path.join(data, added), pages)
        rc, out = self.run()
        after = self.rows()
        self.check(rc == 0 and out.splitlines()[1].startswith(f"{len(names)}|1|0|{len(first)}|0|0|"),
                   f"a page added: one new ({out.splitlines()[-1]})")
        old = {self.real("pages/" + n) for n in first}
        self.check(self.of_docs(after, old) == before, "a page added: the other rows unchanged")
        new_rows = self.of_docs(after, {self.real("pages/" + added)})
        self.check(new_rows["documents"] and new_rows["turns"] and new_rows["mentions"],
                   f"a page added: its rows are there ({len(new_rows['turns'])} turns, "
                   f"{len(new_rows['mentions'])} mentions)")

        before = after
        changed = self.real("pages/" + added)
        with open(changed, "a", encoding="utf-8") as f:
            f.write("\n")  # same turns, other bytes: re-imported all the same
        victim = self.real("pages/mid_ru_lavrov_mgimo_2020.txt")
        path = victim
        text = open(path, encoding="utf-8").read()
        # a new question and answer before the page's end: one more turn for this page
        i = text.index("\n\nQuestion:")
        text = (text[:i] + "\n\nQuestion: What about the crossing in Minsk?"
                "\n\nSergey Lavrov: Zebras are not on our agenda." + text[i:])
        open(path, "w", encoding="utf-8").write(text)
        rc, out = self.run()
        after = self.rows()
        self.check(rc == 0 and out.splitlines()[1].startswith(f"{len(names)}|0|2|{len(names) - 2}|0|0|"),
                   f"two pages changed: both re-imported ({out.splitlines()[-1]})")
        keep = {self.real("pages/" + n) for n in names} - {changed, victim}
        self.check(self.of_docs(after, keep) == self.of_docs(before, keep),
                   "pages changed: the rows of the other pages unchanged")
        self.check(len(self.of_docs(after, {victim})["turns"])
                   == len(self.of_docs(before, {victim})["turns"]) + 2,
                   "pages changed: the edited page has its two new turns")
        strip = lambda rows: [r[1:] for r in rows]  # without the id
        self.check(strip(self.of_docs(after, {changed})["turns"])
                   == strip(self.of_docs(before, {changed})["turns"]),
                   "pages changed: a page saved again gives the same turns")
        dup = self.query(" UNION ALL ".join(
            f"SELECT count(*) FROM (SELECT 1 FROM {t} GROUP BY {k} HAVING count(*) > 1)"
            for t, k in self.TABLES.items()))
        self.check(dup == "0\n0\n0\n0", "no duplicate keys in any table")
        fts = self.query(
            "INSERT INTO turns_fts(turns_fts, rank) VALUES ('integrity-check', 1);\n"
            "SELECT (SELECT count(*) FROM turns_fts) = (SELECT count(*) FROM turns);\n"
            "SELECT t.doc || ' ' || t.seq FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid "
            "WHERE turns_fts MATCH 'zebras';")
        self.check(fts == f"1\n{victim} 3",
                   f"turns_fts follows (integrity-check, rows, new words found): {fts!r}")
        lukashenko = self.query(
            "SELECT group_concat(DISTINCT lang) FROM (SELECT t.lang FROM turns_fts "
            "JOIN turns t ON t.id = turns_fts.rowid WHERE turns_fts MATCH 'лукашенко' "
            "ORDER BY t.lang)")
        self.check(lukashenko == "en,ru", f"turns_fts: 'лукашенко' finds en and ru turns ({lukashenko})")

        before = after
        os.remove(path)
        rc, out = self.run()
        self.check(rc == 0 and self.rows() == before,
                   f"a page removed from the folder: its rows stay ({out.splitlines()[-1]})")
        rc, out = self.run(extra=f".read {os.path.join(ROOT, 'sql', 'missions_for_mentions.sql')}\n"
                           "SELECT count(*) > 0 FROM missions_for_mentions;")
        self.check(rc == 0 and out.endswith("\n1"), "missions_for_mentions.sql on the archive")
        print(f"{self.failures} failure(s)")
        return 1 if self.failures else 0


def main(argv):
    if len(argv) < 4 or argv[3] not in ("walkthrough", "show", "archive"):
        print(__doc__)
        return 2
    sqlite3_bin, ext, what = argv[1], os.path.abspath(argv[2]), argv[3]
    if what == "archive":
        with tempfile.TemporaryDirectory() as tmp:
            return ArchiveCheck(sqlite3_bin, ext, tmp).main()
    how = "show" if what == "show" else ("update" if "--update" in argv[4:] else "check")
    return walkthrough(sqlite3_bin, ext, how)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
