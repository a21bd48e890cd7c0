#!/usr/bin/python3
"""The archive from every host: sql/archive.sql in the sqlite3 shell, build_archive() of the
Python package, buildArchive() of the npm package and the package's command line give the
same archive, and refresh it the same way.

    archive_hosts_test.py --sqlite3 BIN --extension transcript.so --archive-sql archive.sql
        [--python EXE [--pythonpath DIR]] [--cli EXE]
        [--node-project DIR [--node-path DIR]] [--sqlite-utils BIN]
    archive_hosts_test.py --stage --sqlite3 BIN --extension build/transcript.so
        [--node-path tests/clients/node/node_modules] [--sqlite-utils BIN]

--stage: the packages as packaging/dist.sh lays them out (packaging/python/sqlite_transcript,
packaging/npm with archive.sql, archive.json and a link to --extension), in a temporary folder,
run by this Python and by node (with --node-path for better-sqlite3): what ctest runs in
every build, before anything is packed.

--python: a Python whose `import sqlite_transcript` is the package under test (with
--pythonpath, the folder that holds it); --cli: its sqlite-transcript command;
--node-project: a folder whose node_modules/ has sqlite-transcript (and better-sqlite3,
or --node-path to a node_modules/ that has it); --sqlite-utils: sqlite-utils search on the
archive (the FTS5 table declared with content="turns").

For the shell and each host, on a copy of examples/data/:
  - the first run imports every page: the same summary as the shell, and every row of
    documents, turns, contacts and mentions, the schema and the FTS index the same as the
    shell's (imported_at aside);
  - a second run changes nothing (ids and imported_at too), and says every page unchanged;
  - bad pages (not UTF-8, a dangling link) stop the run with both named and nothing written;
    with on_error 'skip' the good page is archived and the bad ones returned, as the shell
    lists them;
  - a host refreshing the shell's archive changes nothing (one archive, any host);
  - each package runs a turns query and a contacts query on a page.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGE = os.path.join(ROOT, "tests", "data", "mid_ru_lavrov_mgimo_2020.txt")
EXTENSION = []  # transcript.so without its suffix, for the test's own connections
COUNTS = ["matched", "new", "changed", "unchanged", "duplicate", "skipped",
          "documents", "turns", "contacts", "mentions"]
TABLES = {"documents": "doc", "turns": "doc, seq", "contacts": "doc, seq",
          "mentions": "doc, seq, start_char"}
# The answers every package must give on tests/data/mid_ru_lavrov_mgimo_2020.txt.
TURNS_SQL = "SELECT kind, count(*) AS n FROM transcript_turns(?) GROUP BY kind ORDER BY kind"
TURNS = [["answer", 14], ["question", 14], ["remarks", 1]]
CONTACTS_SQL = "SELECT name, city, phones_e164 FROM transcript_contacts(?) WHERE seq = 1"
CONTACTS = [["Посольство России в США (Вашингтон)", "Вашингтон", '["+12022985700"]']]

PYTHON_HOST = r'''
import json, sqlite3, sys
import sqlite_transcript
what, db = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(db)
sqlite_transcript.load(conn)
if what == "queries":
    page = open(sys.argv[3], encoding="utf-8").read()
    print(json.dumps({"turns": conn.execute(sys.argv[4], (page,)).fetchall(),
                      "contacts": conn.execute(sys.argv[5], (page,)).fetchall(),
                      "path": sqlite_transcript.loadable_path()}))
    sys.exit(0)
glob = None if sys.argv[3] == "-" else sys.argv[3]
try:
    summary = sqlite_transcript.build_archive(conn, glob, sys.argv[4])
    summary["skipped_pages"] = [list(p) for p in summary["skipped_pages"]]
    print(json.dumps({"ok": True, "summary": summary}))
except sqlite_transcript.ArchiveError as e:
    print(json.dumps({"ok": False, "error": str(e), "pages": [list(p) for p in e.pages]}))
except sqlite3.Error as e:
    print(json.dumps({"ok": False, "error": str(e)}))
'''

NODE_HOST = r'''
'use strict';
const Database = require('better-sqlite3');
const transcript = require('sqlite-transcript');
const fs = require('node:fs');
const [what, file] = process.argv.slice(2, 4);
const db = new Database(file);
transcript.load(db);
if (what === 'queries') {
  const page = fs.readFileSync(process.argv[4], 'utf8');
  console.log(JSON.stringify({
    turns: db.prepare(process.argv[5]).raw(true).all(page),
    contacts: db.prepare(process.argv[6]).raw(true).all(page),
    path: transcript.getLoadablePath()}));
  process.exit(0);
}
const glob = process.argv[4] === '-' ? null : process.argv[4];
try {
  const s = transcript.buildArchive(db, glob, { onError: process.argv[5] });
  s.skipped_pages = s.skippedPages.map((p) => [p.path, p.error]);
  delete s.skippedPages;
  console.log(JSON.stringify({ ok: true, summary: s }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: e.message,
    pages: e.pages ? e.pages.map((p) => [p.path, p.error]) : undefined }));
}
'''


class Check:
    def __init__(self):
        self.failures = 0

    def __call__(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures += 1
        return ok


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    return p.returncode, p.stdout, p.stderr


class Shell:
    name = "sqlite3 shell"

    def __init__(self, args):
        self.args = args

    def build(self, db, glob, on_error, cwd):
        script = ".headers on\n.mode list\n"
        if glob is not None:
            script += f".parameter set :glob '{glob}'\n"
        script += f".parameter set :on_error {on_error}\n.read {self.args.archive_sql}\n"
        ext = self.args.extension[:-3] if self.args.extension.endswith(".so") else self.args.extension
        p = subprocess.run([self.args.sqlite3, "-batch", "-cmd", ".load " + ext, db],
                           input=script, cwd=cwd, capture_output=True, text=True)
        out = p.stdout + p.stderr
        if p.returncode != 0:
            pages = [line.split("|", 1) for line in p.stdout.splitlines()[1:] if "|" in line]
            return {"ok": False, "error": out, "pages": pages}
        lines = p.stdout.splitlines()
        summary = dict(zip(COUNTS, (int(v) for v in lines[1].split("|"))))
        summary["skipped_pages"] = [line.split("|", 1) for line in lines[3:]]
        return {"ok": True, "summary": summary}


class Python:
    def __init__(self, args, tmp):
        self.name = "Python package"
        self.cmd = [args.python, os.path.join(tmp, "python_host.py")]
        with open(self.cmd[1], "w", encoding="utf-8") as f:
            f.write(PYTHON_HOST)
        self.env = dict(os.environ)
        if args.pythonpath:
            self.env["PYTHONPATH"] = args.pythonpath

    def call(self, argv, cwd):
        rc, out, err = run(self.cmd + argv, cwd, self.env)
        if rc != 0 or not out.strip():
            return {"ok": False, "error": f"exit status {rc}: {out}{err}"}
        return json.loads(out)

    def build(self, db, glob, on_error, cwd):
        return self.call(["build", db, "-" if glob is None else glob, on_error], cwd)

    def queries(self, db, cwd):
        return self.call(["queries", db, PAGE, TURNS_SQL, CONTACTS_SQL], cwd)


class Node(Python):
    def __init__(self, args, tmp):
        self.name = "npm package"
        script = os.path.join(args.node_project, "transcript_host.js")
        with open(script, "w", encoding="utf-8") as f:
            f.write(NODE_HOST)
        self.cmd = ["node", script]
        self.env = dict(os.environ)
        if args.node_path:
            self.env["NODE_PATH"] = args.node_path


class Cli:
    """The Python package's command line: sqlite-transcript archive DB GLOB [--on-error]."""
    name = "sqlite-transcript command"

    def __init__(self, args):
        self.cmd, self.env = [args.cli], dict(os.environ)
        if args.pythonpath:  # the package from a folder: run it as a module
            self.cmd = [args.python, "-m", "sqlite_transcript"]
            self.env["PYTHONPATH"] = args.pythonpath

    def build(self, db, glob, on_error, cwd):
        rc, out, err = run(self.cmd + ["archive", db, glob, "--on-error", on_error], cwd, self.env)
        if rc != 0:
            return {"ok": False, "error": out + err}
        lines = out.splitlines()
        summary = {k: int(v) for k, v in (kv.split("=") for kv in lines[0].split())}
        summary["skipped_pages"] = [line[len("skipped "):].split(": ", 1) for line in lines[1:]]
        return {"ok": True, "summary": summary}


def dump(db):
    """Every row of the archive's tables in key order (documents without imported_at, which
    is kept apart), the schema, and turns_fts: its integrity-check, its index's blocks and
    what a query finds."""
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(EXTENSION[0])
    try:
        out = {}
        for t, k in TABLES.items():
            cur = con.execute(f"SELECT * FROM {t} ORDER BY {k}")
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
            if "imported_at" in names:
                i = names.index("imported_at")
                out["imported_at"] = [r[i] for r in rows]
                rows = [r[:i] + r[i + 1:] for r in rows]
            out[t] = rows
        out["schema"] = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name").fetchall()
        con.execute("INSERT INTO turns_fts(turns_fts, rank) VALUES ('integrity-check', 1)")
        out["fts_index"] = con.execute("SELECT * FROM turns_fts_data ORDER BY id").fetchall()
        out["fts_match"] = con.execute(
            "SELECT rowid FROM turns_fts WHERE turns_fts MATCH 'лукашенко OR belarus' ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def rows_only(d):
    """A dump without the times the pages were read (they differ from host to host)."""
    return {k: v for k, v in d.items() if k != "imported_at"}


def stage(args, tmp):
    """Lays the packages out from packaging/ around args.extension, as packaging/dist.sh does."""
    src = os.path.join(ROOT, "packaging")
    statements = os.path.join(tmp, "archive.json")
    subprocess.run([sys.executable, os.path.join(src, "archive_statements.py"), args.archive_sql,
                    statements], check=True)
    py = os.path.join(tmp, "stage-python", "sqlite_transcript")
    shutil.copytree(os.path.join(src, "python", "sqlite_transcript"), py,
                    ignore=shutil.ignore_patterns("__pycache__"))
    dirs = [py]
    args.python, args.pythonpath = sys.executable, os.path.dirname(py)
    if args.node_path:
        npm = os.path.join(tmp, "stage-node", "node_modules", "sqlite-transcript")
        shutil.copytree(os.path.join(src, "npm"), npm)
        dirs.append(npm)
        args.node_project = os.path.dirname(os.path.dirname(npm))
    for d in dirs:
        shutil.copy(statements, d)
        shutil.copy(args.archive_sql, d)
        os.symlink(args.extension, os.path.join(d, "transcript.so"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlite3", required=True)
    ap.add_argument("--extension", required=True)
    ap.add_argument("--archive-sql", default=os.path.join(ROOT, "sql", "archive.sql"))
    ap.add_argument("--python")
    ap.add_argument("--pythonpath")
    ap.add_argument("--cli")
    ap.add_argument("--node-project")
    ap.add_argument("--node-path")
    ap.add_argument("--sqlite-utils")
    ap.add_argument("--stage", action="store_true")
    ap.add_argument("--sqlite-utils-extension", help="the library sqlite-utils loads (default --extension)")
    args = ap.parse_args()
    args.extension = os.path.abspath(args.extension)
    args.archive_sql = os.path.abspath(args.archive_sql)
    EXTENSION.append(args.extension[:-3] if args.extension.endswith(".so") else args.extension)
    check = Check()

    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(ROOT, "examples", "data")
        pages = os.path.join(tmp, "pages")
        os.mkdir(pages)
        names = sorted(n for n in os.listdir(data) if n.endswith(".txt"))
        for n in names:
            shutil.copy(os.path.join(data, n), pages)
        bad = os.path.join(tmp, "bad")
        os.mkdir(bad)
        with open(os.path.join(data, names[0]), "rb") as f:  # a page not archived yet
            good = f.read() + b"\n"
        with open(os.path.join(bad, "a_good.txt"), "wb") as f:
            f.write(good)
        with open(os.path.join(bad, "b_bad.txt"), "wb") as f:
            f.write(b"Question: Is it \xff?\n\nAnswer: No.\n")
        os.symlink("missing.txt", os.path.join(bad, "c_gone.txt"))

        if args.stage:
            stage(args, tmp)
        shell = Shell(args)
        hosts = []
        if args.python:
            hosts.append(Python(args, tmp))
        if args.cli or (args.python and args.pythonpath):
            hosts.append(Cli(args))
        if args.node_project:
            hosts.append(Node(args, tmp))
        if not hosts:
            raise SystemExit("archive_hosts_test.py: no host to test (--python, --cli, --node-project)")

        def scenario(host, db):
            """The runs every host makes; returns their results and the dumps after each."""
            r = {"first": host.build(db, "pages/*.txt", "fail", tmp)}
            r["first_dump"] = dump(db)
            r["second"] = host.build(db, "pages/*.txt", "fail", tmp)
            r["second_dump"] = dump(db)
            r["fail"] = host.build(db, "bad/*.txt", "fail", tmp)
            r["fail_dump"] = dump(db)
            r["skip"] = host.build(db, "bad/*.txt", "skip", tmp)
            r["skip_dump"] = dump(db)
            return r

        ref_db = os.path.join(tmp, "shell.db")
        ref = scenario(shell, ref_db)
        n = len(names)
        check(ref["first"]["ok"] and ref["first"]["summary"]["new"] == n
              and ref["first"]["summary"]["documents"] == n and ref["first"]["summary"]["turns"] > 0,
              f"shell: first run imports the {n} pages ({ref['first'].get('summary')})")
        check(ref["second"]["ok"] and ref["second"]["summary"]["unchanged"] == n,
              "shell: second run, every page unchanged")
        check(not ref["fail"]["ok"] and "bad/c_gone.txt" in ref["fail"]["error"]
              and "bad/b_bad.txt" not in ref["fail"]["error"],
              "shell: an unreadable page stops the run (a bad byte does not)")
        check(ref["skip"]["ok"] and len(ref["skip"]["summary"]["skipped_pages"]) == 1,
              f"shell: on_error skip lists the unreadable page {ref['skip'].get('summary', {}).get('skipped_pages')}")
        shell_copy = os.path.join(tmp, "shell_copy.db")

        for host in hosts:
            db = os.path.join(tmp, host.name.replace(" ", "_") + ".db")
            got = scenario(host, db)
            h = host.name
            first = got["first"]
            check(first["ok"] and first["summary"] == ref["first"]["summary"],
                  f"{h}: first run, the shell's summary ({first.get('summary', first.get('error'))})")
            check(rows_only(got["first_dump"]) == rows_only(ref["first_dump"]),
                  f"{h}: first run, every row, the schema and turns_fts as the shell's "
                  f"({len(got['first_dump']['turns'])} turns, {len(got['first_dump']['mentions'])} mentions)")
            second = got["second"]
            check(second["ok"] and second["summary"]["unchanged"] == n and second["summary"]["new"] == 0
                  and second["summary"]["changed"] == 0 and got["second_dump"] == got["first_dump"],
                  f"{h}: second run changes nothing, imported_at and ids included ({second.get('summary')})")
            fail = got["fail"]
            check(not fail["ok"] and "bad/b_bad.txt" not in fail["error"] and "bad/c_gone.txt" in fail["error"]
                  and "nothing was written" in fail["error"] and got["fail_dump"] == got["first_dump"],
                  f"{h}: an unreadable page stops the run, named, nothing written "
                  f"({fail.get('error', '').splitlines()[0] if fail.get('error') else fail})")
            if host.name != "sqlite-transcript command":
                check(fail.get("pages") == ref["fail"]["pages"],
                      f"{h}: the error lists the pages as the shell does ({fail.get('pages')})")
            skip = got["skip"]
            check(skip["ok"] and skip["summary"] == ref["skip"]["summary"],
                  f"{h}: on_error skip, the shell's summary and skipped pages ({skip.get('summary', skip)})")
            check(rows_only(got["skip_dump"]) == rows_only(ref["skip_dump"]),
                  f"{h}: after the skip run, every row as the shell's")
            shutil.copy(ref_db, shell_copy)
            before = dump(shell_copy)
            again = host.build(shell_copy, "pages/*.txt", "fail", tmp)
            check(again["ok"] and again["summary"]["unchanged"] == n and dump(shell_copy) == before,
                  f"{h}: refreshing the shell's archive changes nothing")
            if hasattr(host, "queries"):
                q = host.queries(os.path.join(tmp, "queries.db"), tmp)
                check(q.get("turns") == TURNS, f"{h}: turns query {q.get('turns', q)}")
                check(q.get("contacts") == CONTACTS, f"{h}: contacts query {q.get('contacts', q)}")
            if isinstance(host, Python) and not isinstance(host, Node):
                missing = host.build(os.path.join(tmp, "missing.db"), None, "fail", tmp)
                check(not missing["ok"] and "set the folder glob first" in missing["error"],
                      f"{h}: without a glob, the script's own error ({missing.get('error')})")
                nothing = host.build(os.path.join(tmp, "missing.db"), "pages/*.html", "fail", tmp)
                check(not nothing["ok"] and "no file matches" in nothing["error"],
                      f"{h}: a glob that matches nothing, an error ({nothing.get('error')})")

        if args.sqlite_utils:
            con = sqlite3.connect(":memory:")
            con.enable_load_extension(True)
            con.load_extension(args.extension[:-3] if args.extension.endswith(".so") else args.extension)
            con.execute("ATTACH ? AS a", (ref_db,))
            want = [(r[0], r[1]) for r in con.execute(
                "SELECT t.doc, t.seq FROM a.turns_fts JOIN a.turns t ON t.id = turns_fts.rowid "
                "WHERE turns_fts MATCH 'belarus' ORDER BY turns_fts.rank")]
            con.close()
            rc, out, err = run([args.sqlite_utils, "search", ref_db, "turns", "belarus",
                                "--load-extension", args.sqlite_utils_extension or args.extension,
                                "--csv", "-c", "doc",
                                "-c", "seq"], tmp)
            got = [tuple(line.rsplit(",", 1)) for line in out.strip().splitlines()[1:]] if rc == 0 else []
            got = [(d, int(s)) for d, s in got]
            check(rc == 0 and got == want and len(want) > 0,
                  f"sqlite-utils search ARCHIVE turns belarus: the {len(got)} turns turns_fts MATCH "
                  f"finds, in rank order {err.strip()[:300]}")

    print(f"{check.failures} failure(s)")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())
