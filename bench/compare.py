#!/usr/bin/python3
"""Runs every comparison of bench/run on one corpus and writes bench/results.md.

    /usr/bin/python3 bench/compare.py --ext build-bench/transcript --corpus bench/corpus \
        --runs 5 --out bench/results.md [--micro build-bench/micro.json ...]

Must run under Debian's /usr/bin/python3 (its sqlite3 module can load extensions) from the
repository root (the files= glob is relative to the working directory). Each side of a
comparison runs on the same data in the same process (or, for the sqlite3 shell and the
Python script, as a child process timed from here), `--runs` times; the table shows
medians. A function the build does not have yet gives a "not available in this build" row.
"""
import argparse
import datetime
import json
import os
import platform
import re
import resource
import shlex
import sqlite3
import statistics
import subprocess
import sys
import time

CSVTABLE = "/usr/lib/x86_64-linux-gnu/libsqlite3_mod_csvtable.so"
ROWS = []    # rows of the results table
NOTES = []   # lines printed under the table
RAW = {}     # every timing, for results.json
CPU = {}     # median CPU seconds per side


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def median_time(label, fn, runs):
    """Runs fn() `runs` times; returns (median seconds, last result)."""
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    RAW[label] = times
    m = statistics.median(times)
    log("  %-48s median %8.3f s  (%s)" % (label, m, ", ".join("%.3f" % t for t in times)))
    return m, result


def interleaved(sides, runs):
    """Runs each side once per round, `runs` rounds, so that a change in the machine's load
    hits every side alike. sides: list of (label, fn). Returns [(median s, last result)]."""
    times = [[] for _ in sides]
    cpus = [[] for _ in sides]
    results = [None] * len(sides)
    for _ in range(runs):
        for i, (label, fn) in enumerate(sides):
            c0 = cpu_seconds()
            t0 = time.perf_counter()
            results[i] = fn()
            times[i].append(time.perf_counter() - t0)
            cpus[i].append(cpu_seconds() - c0)
    out = []
    for (label, _), ts, cs, r in zip(sides, times, cpus, results):
        RAW[label] = ts
        RAW[label + " (CPU)"] = cs
        CPU[label] = statistics.median(cs)
        m = statistics.median(ts)
        log("  %-48s median %8.3f s, CPU %8.3f s  (%s)" % (label, m, CPU[label], ", ".join("%.3f" % t for t in ts)))
        out.append((m, r))
    return out


def cpu_seconds():
    """User + system CPU time of this process and its finished children."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def cpu_ratio(ours, theirs):
    if CPU.get(ours) and CPU.get(theirs):
        return " (CPU %.2f×)" % (CPU[ours] / CPU[theirs])
    return ""


def q(conn, sql, *args):
    return conn.execute(sql, args).fetchall()


def fmt_s(s):
    if s is None:
        return "—"
    if s >= 1:
        return "%.2f s" % s
    if s >= 1e-3:
        return "%.1f ms" % (s * 1e3)
    return "%.1f µs" % (s * 1e6)


def fmt_mbs(nbytes, s):
    return "%.0f MB/s" % (nbytes / 1e6 / s) if s else "—"


def row(name, ours, ours_v, theirs, theirs_v, ratio, ours_rate="", theirs_rate="", notes="",
        target="", verdict=""):
    ROWS.append([name, ours, ours_v, theirs, theirs_v, ratio, ours_rate, theirs_rate, notes,
                 target, verdict])


def missing_row(name, what, theirs, theirs_v="", theirs_rate="", notes="", target=""):
    row(name, what, "not available in this build", theirs, theirs_v, "", "", theirs_rate, notes,
        target, "not measurable" if target else "")


def has_function(conn, name):
    return bool(q(conn, "SELECT 1 FROM pragma_function_list WHERE name = ?", name))


def has_module(conn, name):
    return bool(q(conn, "SELECT 1 FROM pragma_module_list WHERE name = ?", name))


def has_tokenizer(conn, name):
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.tok_probe USING fts5(x, tokenize=%s)" %
                     sql_str(name))
        conn.execute("DROP TABLE temp.tok_probe")
        return True
    except sqlite3.Error:
        return False


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def peak_rss_kb(args, runs):
    """Median peak RSS (kB) of a child process, from GNU time's %M."""
    vals = []
    for _ in range(runs):
        p = subprocess.run(["/usr/bin/time", "-f", "RSS %M"] + args, capture_output=True,
                           text=True)
        if p.returncode != 0:
            raise RuntimeError("%s failed: %s" % (shlex.join(args), p.stderr[-500:]))
        m = re.findall(r"^RSS (\d+)$", p.stderr, re.M)
        vals.append(int(m[-1]))
    return statistics.median(vals)


def run_child(args):
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (shlex.join(args), p.stderr[-500:]))
    return p.stdout.strip()


def machine(conn):
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    debug = q(conn, "SELECT transcript_debug()")[0][0]
    return cpu, os.cpu_count(), debug


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default="build-bench/transcript")
    ap.add_argument("--corpus", default="bench/corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="bench/results.md")
    ap.add_argument("--micro", action="append", default=[], help="Google Benchmark JSON output")
    ap.add_argument("--micro-missing", action="append", default=[],
                    help="a micro-benchmark target that did not build")
    ap.add_argument("--needle", default="OSCE")
    ap.add_argument("--alias-sample-mb", type=float, default=1.0,
                    help="text size for the one-LIKE-per-alias baseline (it is O(aliases × text))")
    ap.add_argument("--fts-mb", type=float, default=20.0,
                    help="text size indexed in the FTS5 tokenizer comparison")
    ap.add_argument("--command", default="bench/run")
    ap.add_argument("--selftest", action="store_true",
                    help="register Python stand-ins for transcript_find/snippet/highlight, to test "
                         "this script's code paths before the real functions exist (figures meaningless)")
    a = ap.parse_args()
    runs = max(1, a.runs)
    heavy = max(1, min(runs, 3))
    started = time.time()

    truth = json.load(open(os.path.join(a.corpus, "truth.json")))
    pages_glob = os.path.join(a.corpus, "pages", "*.txt")
    csv_path = os.path.join(a.corpus, "turns.csv")
    page_bytes, csv_bytes = truth["page_bytes"], truth["csv_bytes"]

    conn = sqlite3.connect(":memory:")
    conn.enable_load_extension(True)
    conn.load_extension(a.ext)
    conn.load_extension(CSVTABLE)
    if a.selftest:
        conn.create_function("transcript_find", 2, lambda t, n: t.count(n) if t is not None else None)
        conn.create_function("transcript_snippet", 6, lambda t, n, o, c, e, k: t[:80])
        conn.create_function("transcript_highlight", 4, lambda t, n, o, c: t.replace(n, o + n + c))
    cpu, ncpu, debug = machine(conn)
    log("machine: %s × %d\n%s" % (cpu, ncpu, debug))

    # ---- 1. parsing ------------------------------------------------------------------------
    log("1. parsing")
    conn.execute("CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files=%s, threads=1)" % sql_str(pages_glob))
    conn.execute("CREATE VIRTUAL TABLE temp.csvt USING csvtable(%s, 1, 0, ',', '\"')" % sql_str(csv_path))
    count_sql = "SELECT count(*), sum(length(text)) FROM %s"
    (t_parse, r_parse), (t_csv, r_csv), (t_imp, r_imp), (t_py, r_py) = interleaved([
        ("transcript_turns(files=…)", lambda: q(conn, count_sql % "turns")[0]),
        ("csvtable", lambda: q(conn, count_sql % "csvt")[0]),
        ("sqlite3 .import --csv", lambda: run_child(
            ["sqlite3", ":memory:", ".import --csv %s t" % csv_path, count_sql % "t"])),
        ("python_split.py (re)", lambda: run_child(
            ["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "python_split.py"), pages_glob])),
    ], runs)
    truth_pair = (truth["turns"], truth["turn_chars"])

    def agree(pair):
        pair = tuple(int(x) for x in pair)
        return ("rows, chars = generator's" if pair == truth_pair else
                "%d rows, %d chars (generator: %d, %d)" % (pair + truth_pair))

    mbs = page_bytes / 1e6 / t_parse
    r_csv_ratio = t_parse / t_csv
    row("1 parse corpus → turns", "transcript_turns(files=, threads=1)", fmt_s(t_parse), "csvtable over the CSV",
        fmt_s(t_csv), "%.2f×" % r_csv_ratio + cpu_ratio("transcript_turns(files=…)", "csvtable"), fmt_mbs(page_bytes, t_parse), fmt_mbs(csv_bytes, t_csv),
        "ours: " + agree(r_parse) + "; csv: " + agree(r_csv),
        "≥200 MB/s per core (text pages)",
        "met" if mbs >= 200 else "missed")
    row("1 parse corpus → turns", "transcript_turns(files=, threads=1)", fmt_s(t_parse), "sqlite3 `.import --csv`",
        fmt_s(t_imp), "%.2f×" % (t_parse / t_imp) + cpu_ratio("transcript_turns(files=…)", "sqlite3 .import --csv"), fmt_mbs(page_bytes, t_parse), fmt_mbs(csv_bytes, t_imp),
        "import: " + agree(r_imp.split("|")))
    row("1 parse corpus → turns", "transcript_turns(files=, threads=1)", fmt_s(t_parse), "Python `re` split (python_split.py)",
        fmt_s(t_py), "%.2f×" % (t_parse / t_py) + cpu_ratio("transcript_turns(files=…)", "python_split.py (re)"), fmt_mbs(page_bytes, t_parse), fmt_mbs(page_bytes, t_py),
        "python: " + agree(r_py.split("|")))

    log("   peak RSS")
    ext_arg = a.ext
    rss_ours = peak_rss_kb(["sqlite3", ":memory:", "-cmd", ".load %s" % ext_arg,
                            "CREATE VIRTUAL TABLE temp.turns USING transcript_turns(files=%s, threads=1); %s"
                            % (sql_str(pages_glob), count_sql % "turns")], heavy)
    rss_csv = peak_rss_kb(["sqlite3", ":memory:", "-cmd", ".load %s" % CSVTABLE,
                           "CREATE VIRTUAL TABLE temp.c USING csvtable(%s, 1, 0, ',', '\"'); %s"
                           % (sql_str(csv_path), count_sql % "c")], heavy)
    rss_imp = peak_rss_kb(["sqlite3", ":memory:", ".import --csv %s t" % csv_path, count_sql % "t"], heavy)
    RAW["rss_kb"] = {"transcript": rss_ours, "csvtable": rss_csv, "import": rss_imp}
    row("1 peak RSS, whole folder", "sqlite3 + transcript_turns(files=, threads=1)", "%.1f MB" % (rss_ours / 1024),
        "sqlite3 + csvtable", "%.1f MB" % (rss_csv / 1024), "%.2f×" % (rss_ours / rss_csv),
        notes="sqlite3 `.import --csv` into :memory:: %.1f MB" % (rss_imp / 1024),
        target="< 64 MB", verdict="met" if rss_ours / 1024 < 64 else "missed")

    # the other two tables over the same folder: no user alternative, MB/s only
    log("   documents and contacts")
    conn.execute("CREATE VIRTUAL TABLE temp.docs USING transcript_documents(files=%s, threads=1)" % sql_str(pages_glob))
    conn.execute("CREATE VIRTUAL TABLE temp.contacts USING transcript_contacts(files=%s, threads=1)" % sql_str(pages_glob))
    (t_meta, r_meta), (t_docs, r_docs), (t_cont, r_cont) = interleaved([
        ("transcript_documents(files=…) metadata",
         lambda: q(conn, "SELECT count(*), count(date), sum(turns) FROM docs")[0]),
        ("transcript_documents(files=…)", lambda: q(conn, "SELECT count(*), sum(turns), sum(contacts) FROM docs")[0]),
        ("transcript_contacts(files=…)", lambda: q(conn, "SELECT count(*) FROM contacts")[0][0]),
    ], heavy)
    row("1 other tables over the folder", "transcript_documents(files=, threads=1), without contacts", fmt_s(t_meta),
        "(no alternative)", "", "", fmt_mbs(page_bytes, t_meta), "",
        "%d pages, %d dated, %d turns; the directory is not parsed" % tuple(r_meta))
    row("1 other tables over the folder", "transcript_documents(files=, threads=1)", fmt_s(t_docs), "(no alternative)", "",
        "", fmt_mbs(page_bytes, t_docs), "", "%d pages, %d turns, %d contacts; reading the contacts column "
        "runs the directory parser" % tuple(r_docs))
    row("1 other tables over the folder", "transcript_contacts(files=, threads=1)", fmt_s(t_cont), "(no alternative)", "",
        "", fmt_mbs(page_bytes, t_cont), "", "%d directory entries" % r_cont)

    # materialise the turns once for every later comparison
    conn.execute("CREATE TABLE main.turns_t AS SELECT doc, seq, kind, speaker, label, text FROM temp.turns")
    text_bytes = q(conn, "SELECT sum(length(CAST(text AS BLOB))) FROM turns_t")[0][0]
    n_rows = q(conn, "SELECT count(*) FROM turns_t")[0][0]
    needle = a.needle

    # ---- 2. find ---------------------------------------------------------------------------
    log("2. find")
    truth_rows = truth["turns_mentioning"].get(needle)
    find_sides = [
        ("LIKE", lambda: q(conn, "SELECT count(*) FROM turns_t WHERE text LIKE ?", "%" + needle + "%")[0][0]),
        ("instr(lower())", lambda: q(
            conn, "SELECT count(*) FROM turns_t WHERE instr(lower(text), ?) > 0", needle.lower())[0][0])]
    have_find = has_function(conn, "transcript_find")
    if have_find:
        find_sides.append(("transcript_find", lambda: q(
            conn, "SELECT count(*) FROM turns_t WHERE transcript_find(text, ?) > 0", needle)[0][0]))
    found = interleaved(find_sides, runs)
    (t_like, c_like), (t_instr, c_instr) = found[0], found[1]

    def recall(c):
        return "%d rows" % c + (" (%.0f%% of %d)" % (100.0 * c / truth_rows, truth_rows) if truth_rows else "")

    if have_find:
        t_find, c_find = found[2]
        ratio = t_find / t_like
        row("2 find '%s' in turns" % needle, "transcript_find(text, '%s') > 0" % needle, fmt_s(t_find),
            "text LIKE '%%%s%%'" % needle, fmt_s(t_like), "%.2f×" % ratio + cpu_ratio("transcript_find", "LIKE"), fmt_mbs(text_bytes, t_find),
            fmt_mbs(text_bytes, t_like), "found: ours %s; LIKE %s" % (recall(c_find), recall(c_like)),
            "≤2× LIKE", "met" if ratio <= 2 else "missed")
        row("2 find '%s' in turns" % needle, "transcript_find(text, '%s') > 0" % needle, fmt_s(t_find),
            "instr(lower(text), '%s') > 0" % needle.lower(), fmt_s(t_instr), "%.2f×" % (t_find / t_instr) + cpu_ratio("transcript_find", "instr(lower())"),
            fmt_mbs(text_bytes, t_find), fmt_mbs(text_bytes, t_instr), "found: instr %s" % recall(c_instr))
    else:
        missing_row("2 find '%s' in turns" % needle, "transcript_find", "text LIKE '%%%s%%'" % needle,
                    fmt_s(t_like), fmt_mbs(text_bytes, t_like), "found: LIKE %s" % recall(c_like),
                    target="≤2× LIKE")
        missing_row("2 find '%s' in turns" % needle, "transcript_find",
                    "instr(lower(text), '%s') > 0" % needle.lower(), fmt_s(t_instr),
                    fmt_mbs(text_bytes, t_instr), "found: instr %s" % recall(c_instr))

    # ---- 3. mentions -----------------------------------------------------------------------
    log("3. mentions")
    if has_module(conn, "transcript_mentions") and (has_module(conn, "transcript_entities")
                                                     or has_function(conn, "transcript_entities")):
        # a sample for the O(aliases × text) baseline, the same rows for both sides
        conn.execute("""CREATE TABLE sample AS SELECT rowid AS id, text FROM (
              SELECT rowid, text, sum(length(CAST(text AS BLOB))) OVER (ORDER BY rowid) AS upto
              FROM turns_t) WHERE upto <= ?""", (a.alias_sample_mb * 1e6,))
        sample_bytes = q(conn, "SELECT sum(length(CAST(text AS BLOB))) FROM sample")[0][0]
        conn.execute("CREATE TABLE aliases AS SELECT DISTINCT alias FROM transcript_entities WHERE alias <> ''")
        n_alias = q(conn, "SELECT count(*) FROM aliases")[0][0]
        t_mall, c_mall = median_time("transcript_mentions (all turns)", lambda: q(
            conn, "SELECT count(*) FROM turns_t, transcript_mentions(turns_t.text)")[0][0], heavy)
        (t_ms, c_ms), (t_ls, c_ls) = interleaved([
            ("transcript_mentions (sample)", lambda: q(
                conn, "SELECT count(*), count(DISTINCT s.id || '|' || m.entity) "
                      "FROM sample s, transcript_mentions(s.text) m")[0]),
            ("LIKE per alias (sample)", lambda: q(
                conn, "SELECT count(*) FROM sample s JOIN aliases e ON s.text LIKE '%' || e.alias || '%'")[0][0]),
        ], heavy)
        mall = text_bytes / 1e6 / t_mall
        row("3 mentions, built-in gazetteer", "transcript_mentions(text)", fmt_s(t_ms),
            "one LIKE per alias (%d aliases)" % n_alias, fmt_s(t_ls), "%.3f×" % (t_ms / t_ls) + cpu_ratio("transcript_mentions (sample)", "LIKE per alias (sample)"),
            fmt_mbs(sample_bytes, t_ms), fmt_mbs(sample_bytes, t_ls),
            "on a %.1f MB sample: ours %d mentions (%d row-entity pairs), LIKE %d row-alias hits"
            % (sample_bytes / 1e6, c_ms[0], c_ms[1], c_ls))
        row("3 mentions, all turns", "transcript_mentions(text)", fmt_s(t_mall), "", "", "",
            "%.0f MB/s" % mall, "", "%d mentions in %.0f MB" % (c_mall, text_bytes / 1e6),
            "≥200 MB/s", "met" if mall >= 200 else "missed")
    else:
        missing_row("3 mentions, built-in gazetteer", "transcript_mentions / transcript_entities",
                    "one LIKE per alias (aliases come from transcript_entities)", target="≥200 MB/s")

    # ---- 4. snippets -----------------------------------------------------------------------
    log("4. snippets")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text)")  # unicode61, as users have it
    conn.execute("INSERT INTO f(rowid, text) SELECT rowid, text FROM turns_t")
    conn.execute("CREATE TABLE hits AS SELECT rowid AS id FROM f WHERE f MATCH ?", (needle,))
    n_hits = q(conn, "SELECT count(*) FROM hits")[0][0]
    snip_sql = "SELECT transcript_snippet(t.text, ?, '[', ']', '…', 16) FROM hits h JOIN turns_t t ON t.rowid = h.id"
    high_sql = "SELECT transcript_highlight(t.text, ?, '[', ']') FROM hits h JOIN turns_t t ON t.rowid = h.id"
    sides = [
        ("FTS5 snippet()", lambda: q(conn, "SELECT snippet(f, 0, '[', ']', '…', 16) FROM f WHERE f MATCH ?", needle)),
        ("FTS5 highlight()", lambda: q(conn, "SELECT highlight(f, 0, '[', ']') FROM f WHERE f MATCH ?", needle)),
        ("FTS5 MATCH alone", lambda: q(conn, "SELECT rowid FROM f WHERE f MATCH ?", needle)),
    ]
    have_snip = has_function(conn, "transcript_snippet") and n_hits > 0
    have_high = has_function(conn, "transcript_highlight") and n_hits > 0
    if have_snip:
        sides.append(("transcript_snippet", lambda: q(conn, snip_sql, needle)))
    if have_high:
        sides.append(("transcript_highlight", lambda: q(conn, high_sql, needle)))
    timed = dict(zip([label for label, _ in sides], [t for t, _ in interleaved(sides, runs)]))
    t_fs, t_fh, t_fm = timed["FTS5 snippet()"], timed["FTS5 highlight()"], timed["FTS5 MATCH alone"]
    NOTES.append("Comparison 4 runs on the %d turns that FTS5 (unicode61) matches for '%s'; "
                 "per-row times include fetching the row (FTS5 MATCH alone: %s for all of them)."
                 % (n_hits, needle, fmt_s(t_fm)))
    per = lambda t: t / n_hits if n_hits else None
    for name, fn, have, t_theirs, theirs in (
            ("4 snippet per row", "transcript_snippet", have_snip, t_fs, "FTS5 snippet(f, 0, '[', ']', '…', 16)"),
            ("4 highlight per row", "transcript_highlight", have_high, t_fh, "FTS5 highlight(f, 0, '[', ']')")):
        if have:
            t_ours = timed[fn]
            ratio = t_ours / t_theirs
            row(name, fn, fmt_s(per(t_ours)), theirs, fmt_s(per(t_theirs)),
                "%.2f×" % ratio + cpu_ratio(fn, "FTS5 snippet()" if fn == "transcript_snippet" else "FTS5 highlight()"),
                notes="%d rows" % n_hits,
                target="≤1× FTS5 per row",
                verdict="met" if ratio <= 1 else "missed")
        else:
            missing_row(name, fn, theirs, fmt_s(per(t_theirs)), notes="%d rows" % n_hits,
                        target="≤1× FTS5 per row")

    # ---- 5. FTS5 tokenizer -----------------------------------------------------------------
    log("5. FTS5 indexing")
    conn.execute("""CREATE TABLE fts_sample AS SELECT rowid AS id, text FROM (
          SELECT rowid, text, sum(length(CAST(text AS BLOB))) OVER (ORDER BY rowid) AS upto
          FROM turns_t) WHERE upto <= ?""", (a.fts_mb * 1e6,))
    fts_bytes = q(conn, "SELECT sum(length(CAST(text AS BLOB))) FROM fts_sample")[0][0]

    def index(tokenizer):
        conn.execute("ATTACH ':memory:' AS ix")
        try:
            conn.execute("CREATE VIRTUAL TABLE ix.g USING fts5(text, content='', tokenize=%s)" % sql_str(tokenizer))
            conn.execute("INSERT INTO ix.g(rowid, text) SELECT id, text FROM fts_sample")
            conn.commit()
            pages = q(conn, "PRAGMA ix.page_count")[0][0] * q(conn, "PRAGMA ix.page_size")[0][0]
        finally:
            conn.execute("DETACH ix")
        return pages

    fts_sides = [("FTS5 index unicode61", lambda: index("unicode61"))]
    have_tok = has_tokenizer(conn, "transcript")
    if have_tok:
        fts_sides.append(("FTS5 index transcript", lambda: index("transcript")))
    fts = interleaved(fts_sides, heavy)
    t_u61, size_u61 = fts[0]
    if have_tok:
        t_tt, size_tt = fts[1]
        row("5 FTS5 index build", "tokenize='transcript'", fmt_s(t_tt), "tokenize='unicode61'",
            fmt_s(t_u61), "%.2f×" % (t_tt / t_u61) + cpu_ratio("FTS5 index transcript", "FTS5 index unicode61"), fmt_mbs(fts_bytes, t_tt), fmt_mbs(fts_bytes, t_u61),
            "index size (contentless): ours %.1f MB, unicode61 %.1f MB (%.2f×); %.0f MB of turns"
            % (size_tt / 1e6, size_u61 / 1e6, size_tt / size_u61, fts_bytes / 1e6),
            "≤1.3× time; ≤1.5× size",
            ("time met" if t_tt / t_u61 <= 1.3 else "time missed") + ", " +
            ("size met" if size_tt / size_u61 <= 1.5 else "size missed"))
    else:
        missing_row("5 FTS5 index build", "tokenize='transcript'", "tokenize='unicode61'", fmt_s(t_u61),
                    fmt_mbs(fts_bytes, t_u61), "index size (contentless): unicode61 %.1f MB; %.0f MB of turns"
                    % (size_u61 / 1e6, fts_bytes / 1e6))

    write_results(a, cpu, ncpu, debug, truth, text_bytes, n_rows, runs, heavy, time.time() - started)


def micro_rows(paths):
    out = []
    for p in paths:
        try:
            data = json.load(open(p))
        except (OSError, ValueError) as e:
            out.append("| %s | could not read: %s | | |" % (p, e))
            continue
        for b in data.get("benchmarks", []):
            if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
                continue
            unit = b.get("time_unit", "ns")
            rate = b.get("bytes_per_second")
            items = b.get("items_per_second")
            extra = []
            if rate:
                extra.append("%.0f MB/s" % (rate / 1e6))
            if items:
                extra.append("%.3g items/s" % items)
            out.append("| %s | %.3g %s | %.3g %s | %s |" % (
                b["name"], b["real_time"], unit, b["cpu_time"], unit, ", ".join(extra)))
    return out


def write_results(a, cpu, ncpu, debug, truth, text_bytes, n_rows, runs, heavy, elapsed):
    L = []
    L.append("# Benchmark results")
    L.append("")
    L.append("Written by `%s` on %s UTC in %.0f s (comparisons only). Do not edit by hand; "
             "see bench/README.md for what each row means." % (
                 a.command, datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), elapsed))
    L.append("")
    L.append("**Machine**: %s, %d logical CPUs (`nproc`), Linux %s, Python %s (`/usr/bin/python3`)." % (
        cpu, ncpu, platform.release(), platform.python_version()))
    L.append("")
    L.append("**Build** (`SELECT transcript_debug()`, Release):")
    L.append("")
    L.append("```")
    L.append(debug.strip())
    L.append("```")
    L.append("")
    L.append("**Corpus**: `bench/make_corpus.py --seed %d --mb %g`: %d pages, %.1f MB of pages; "
             "%d turns, %.1f MB of turn text; the CSV of the same turns is %.1f MB." % (
                 truth["seed"], truth["mb"], truth["pages"], truth["page_bytes"] / 1e6, n_rows,
                 text_bytes / 1e6, truth["csv_bytes"] / 1e6))
    L.append("")
    L.append("Medians of %d runs (%d for the peak RSS, mentions and FTS5 index rows). "
             "**ratio** = ours ÷ theirs (wall time, or RSS): below 1 means ours is faster or smaller; "
             "in brackets the same ratio of CPU time (user + system, child processes included), "
             "steadier when other work shares the machine. "
             "MB/s is each side's own input (pages for ours, the CSV for the CSV readers, "
             "turn text for the rest)." % (runs, heavy))
    L.append("")
    L.append("| comparison | ours | ours: median | instead | instead: median | ratio | ours MB/s | instead MB/s | counts / notes | target | verdict |")
    L.append("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |")
    for r in ROWS:
        L.append("| " + " | ".join(str(x).replace("|", "\\|") for x in r) + " |")
    L.append("")
    for n in NOTES:
        L.append("- " + n)
    L.append("")
    L.append("## Micro-benchmarks (Google Benchmark, `build-bench/bench/`)")
    L.append("")
    mrows = micro_rows(a.micro)
    if mrows:
        L.append("| benchmark | real time | CPU time | throughput |")
        L.append("| --- | ---: | ---: | --- |")
        L += mrows
    for m in a.micro_missing:
        L.append("")
        L.append("- `%s`: not built in this tree (it did not compile or its headers do not exist yet)." % m)
    if not mrows and not a.micro_missing:
        L.append("Not run (Google Benchmark not found).")
    L.append("")
    with open(a.out, "w") as f:
        f.write("\n".join(L))
    with open(os.path.join(a.corpus, "results.json"), "w") as f:
        json.dump(RAW, f, indent=1)
    log("wrote " + a.out)


if __name__ == "__main__":
    main()
