"""transcript, the SQLite extension for foreign-ministry transcript pages, for Python.

    import sqlite3, sqlite_transcript
    conn = sqlite3.connect("archive.db")
    sqlite_transcript.load(conn)
    sqlite_transcript.build_archive(conn, "pages/*.html")   # sql/archive.sql, run from Python
    conn.execute("SELECT speaker, text FROM turns_fts WHERE turns_fts MATCH 'belarus'")

The wheel holds one self-contained transcript.so (Linux x86-64, glibc 2.35 or newer) and
sql/archive.sql with its statements split for hosts (archive.json).
"""
import json
import os
import sqlite3

__all__ = ["loadable_path", "load", "build_archive", "archive_sql_path", "__version__"]
__version__ = "@PROJECT_VERSION@"

_HERE = os.path.dirname(os.path.abspath(__file__))
_COUNTS = ("matched", "new", "changed", "unchanged", "duplicate", "skipped",
           "documents", "turns", "contacts", "mentions")


def loadable_path():
    """The path of transcript.so in this package, without its suffix (as SQLite wants it:
    the entry point sqlite3_transcript_init is derived from the file name)."""
    return os.path.join(_HERE, "transcript")


def archive_sql_path():
    """The path of the archive.sql this package runs (the same file as the sqlite3 shell's)."""
    return os.path.join(_HERE, "archive.sql")


def load(conn, entry_point=None):
    """Loads transcript into a sqlite3 connection (enabling extension loading just for it).

    entry_point="sqlite3_transcript_noread_init" registers everything except what reads files.
    """
    if not hasattr(conn, "enable_load_extension"):
        raise RuntimeError(
            "this Python's sqlite3 module cannot load extensions (it was built without "
            "--enable-loadable-sqlite-extensions, as pyenv's Pythons and macOS's system Python "
            "are by default); use one that can, such as Debian's or Ubuntu's /usr/bin/python3")
    conn.enable_load_extension(True)
    try:
        if entry_point is None:
            conn.load_extension(loadable_path())
        else:
            conn.execute("SELECT load_extension(?, ?)", (loadable_path(), entry_point)).fetchall()
    finally:
        conn.enable_load_extension(False)


def _statements():
    with open(os.path.join(_HERE, "archive.json"), encoding="utf-8") as f:
        return json.load(f)["statements"]


class ArchiveError(sqlite3.DatabaseError):
    """Pages that cannot be read stopped build_archive(on_error='fail'); nothing was written.
    .pages lists them as (path, error)."""

    def __init__(self, message, pages):
        super().__init__(message)
        self.pages = pages


def build_archive(conn, glob, on_error="fail"):
    """Builds, or refreshes, the archive in conn from the pages that glob matches.

    Runs the statements of sql/archive.sql in order with :glob and :on_error bound, exactly
    as `.parameter set :glob ...` then `.read sql/archive.sql` in the sqlite3 shell does:
    the same tables (documents, turns, contacts, mentions, turns_fts and the views), keys and
    refresh rules; a second run on the same folder changes nothing. The glob is relative to
    the process's working directory. transcript must be loaded into conn (load(conn)).

    on_error: 'fail' (default): a page that cannot be read or decoded stops the run, nothing
    is written, and ArchiveError lists the pages; 'skip': the other pages are archived and
    the bad ones are returned in 'skipped_pages' (they are tried again next time).

    Returns the run's summary: a dict with matched, new, changed, unchanged, duplicate,
    skipped, documents, turns, contacts, mentions (counts) and skipped_pages (a list of
    (path, error)).

    The run is one transaction: on any error nothing is written and the exception is raised.
    conn must not be inside a transaction; Python's implicit transactions are turned off
    while it runs (the script has its own BEGIN and COMMIT).
    """
    if conn.in_transaction:
        raise sqlite3.OperationalError(
            "build_archive: the connection is inside a transaction; commit or roll back first "
            "(the archive is built in a transaction of its own)")
    params = {"glob": glob, "on_error": on_error}
    results = {}
    saved = conn.isolation_level
    conn.isolation_level = None  # autocommit: the script's BEGIN/COMMIT are the transaction
    try:
        for statement in _statements():
            cursor = conn.execute(statement["sql"], {k: params[k] for k in statement["params"]})
            if cursor.description is not None:
                results[cursor.description[0][0]] = cursor.fetchall()
                cursor.close()
    except sqlite3.Error as e:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _drop_temp_tables(conn)
        unreadable = results.get("cannot_read")
        if unreadable and isinstance(e, sqlite3.IntegrityError):
            lines = "".join(f"\n  {path}: {error}" for path, error in unreadable)
            raise ArchiveError(f"{e}{lines}", [tuple(r) for r in unreadable]) from None
        raise
    finally:
        conn.isolation_level = saved
    summary = dict(zip(_COUNTS, results["matched"][0]))
    summary["skipped_pages"] = [tuple(r) for r in results.get("skipped", [])]
    return summary


def _drop_temp_tables(conn):
    for name in ("archive_todo", "archive_check", "archive_documents", "archive_files",
                 "archive_args"):
        try:
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        except sqlite3.Error:
            pass
