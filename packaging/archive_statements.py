#!/usr/bin/python3
"""Splits sql/archive.sql into the statements a host runs in order (archive.json).

    archive_statements.py sql/archive.sql OUT.json

The Python and npm packages run these statements with :glob and :on_error bound, as the
sqlite3 shell runs the script: a statement ends where SQLite's own sqlite3_complete() says
it does (Python's sqlite3.complete_statement, so a trigger's BEGIN ... END is one
statement), and a line starting with '.' between statements is a shell command (.bail on,
.headers on), which the hosts do not need: they stop at the first error, and name the
columns themselves. Comment-only text between statements is dropped, as the shell drops it.

OUT.json: {"source": "archive.sql", "statements": [{"sql": ..., "line": N, "params": [...]},
...], "dot_commands": [...]}; line is the 1-based line of the statement's first line, params
the names of the parameters it uses (without the colon), so that a host binds only those
(some drivers reject unknown names).
"""
import json
import re
import sqlite3
import sys


def only_comments(text):
    """True if text holds nothing but whitespace and -- or /* */ comments."""
    return re.sub(r"--[^\n]*|/\*.*?\*/", "", text, flags=re.S).strip() == ""


def parameters(sql):
    """The named parameters of one statement (:name, @name, $name), in order, once each:
    SQLite's tokens outside string literals, quoted identifiers and comments."""
    code = re.sub(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|`(?:[^`]|``)*`|--[^\n]*|/\*.*?\*/",
                  " ", sql, flags=re.S)
    names = []
    for name in re.findall(r"[:@$]([A-Za-z_][A-Za-z0-9_]*)", code):
        if name not in names:
            names.append(name)
    return names


def split(script):
    statements, dots = [], []
    buf, start = "", None
    for n, line in enumerate(script.splitlines(keepends=True), 1):
        if start is None:
            if line.startswith("."):  # the shell: a dot in column 1, no statement pending
                dots.append(line.strip())
                continue
            if only_comments(line):  # between statements: dropped, as the shell drops it
                continue
            start = n
        buf += line
        if start is not None and sqlite3.complete_statement(buf):
            sql = buf.strip()
            statements.append({"sql": sql, "line": start, "params": parameters(sql)})
            buf, start = "", None
    if not only_comments(buf):
        raise SystemExit(f"archive_statements.py: the script ends inside a statement: {buf[:80]!r}")
    return statements, dots


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    with open(argv[1], encoding="utf-8") as f:
        statements, dots = split(f.read())
    if dots != [".bail on", ".headers on"]:
        raise SystemExit(f"archive_statements.py: unexpected shell commands {dots}: the hosts "
                         "only know how to do without .bail on and .headers on")
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump({"source": "archive.sql", "statements": statements, "dot_commands": dots},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
