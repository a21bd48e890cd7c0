"""Command line of the sqlite_transcript package (also installed as `sqlite-transcript`).

    python3 -m sqlite_transcript path
        prints the path of transcript.so, for --load-extension (sqlite-utils, Datasette) or
        .load (the sqlite3 shell)
    python3 -m sqlite_transcript archive ARCHIVE.db 'pages/*.html' [--on-error skip]
        builds or refreshes ARCHIVE.db from the pages (sql/archive.sql), prints the summary
    python3 -m sqlite_transcript sql
        prints the path of the archive.sql it runs
"""
import argparse
import sqlite3
import sys

from . import ArchiveError, archive_sql_path, build_archive, load, loadable_path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="sqlite-transcript", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("path", help="print the path of transcript.so")
    sub.add_parser("sql", help="print the path of archive.sql")
    archive = sub.add_parser("archive", help="build or refresh an archive database")
    archive.add_argument("database")
    archive.add_argument("glob", help="the pages, e.g. 'pages/*.html' (quote it)")
    archive.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                         help="bad pages stop the run (fail, default) or are skipped")
    args = parser.parse_args(argv)
    if args.command == "path":
        print(loadable_path() + ".so")
        return 0
    if args.command == "sql":
        print(archive_sql_path())
        return 0
    conn = sqlite3.connect(args.database)
    try:
        load(conn)
        summary = build_archive(conn, args.glob, args.on_error)
    except ArchiveError as e:
        print(f"sqlite-transcript: {e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:
        print(f"sqlite-transcript: {e}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    skipped = summary.pop("skipped_pages")
    print(" ".join(f"{k}={v}" for k, v in summary.items()))
    for path, error in skipped:
        print(f"skipped {path}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
