#!/usr/bin/python3
"""Folder scans with threads='N' (issue 18): the files form at 1, 2 … threads against the
floor, SQLite's shell reading the same files with readfile(); wall time, CPU time and peak
RSS of each side, as a user runs them (one `sqlite3` process per scan).

    /usr/bin/python3 bench/folder_scan.py --ext build-bench/transcript \
        --folder 'generated=bench/corpus/pages/*.txt' \
        --folder 'kremlin-en-html=corpus/pages/kremlin-en-html/*' \
        [--threads 1,2] [--runs 5] [--append bench/results.md | --out scan.md]

Every side runs in its own `sqlite3 :memory:` process under GNU time (`/usr/bin/time`), the
sides of a folder in turn, round by round (so that a change in the machine's load hits them
alike); the table shows medians. Before any time is reported the rows are checked: every
thread count must give exactly the rows of threads=1 (the SHA3-256 of every column of every
row in order, from the shell's sha3_query()), and where a reference exists (the generated
corpus's truth.json) the turns and characters must equal it; the floor must read every byte
of every file. A folder given as NAME=GLOB whose files do not exist is reported as skipped.
"""
import argparse
import glob as globmod
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import json

SHELL = "sqlite3"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def sql_str(s):
    return "'" + s.replace("'", "''") + "'"


def run_shell(args, sql):
    """Runs `sqlite3 :memory: [args] sql` under GNU time; returns (stdout, wall s, cpu s, rss kB)."""
    cmd = ["/usr/bin/time", "-f", "TIME %e %U %S %M", SHELL, "-batch", ":memory:"] + args + [sql]
    p = subprocess.run(cmd, capture_output=True, text=True)
    m = re.findall(r"^TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$", p.stderr, re.M)
    if p.returncode != 0 or not m:
        raise RuntimeError("%s failed: %s" % (shlex.join(cmd), p.stderr[-800:]))
    wall, user, sys_, rss = m[-1]
    return p.stdout.strip(), float(wall), float(user) + float(sys_), int(rss)


def run_shells_at_once(k, args, sql):
    """Runs k copies of run_shell(args, sql) at once; returns (outputs, wall s from the first
    start to the last end, summed cpu s, largest rss kB)."""
    cmd = ["/usr/bin/time", "-f", "TIME %e %U %S %M", SHELL, "-batch", ":memory:"] + args + [sql]
    start = time.perf_counter()
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(k)]
    results = [p.communicate() for p in procs]
    wall = time.perf_counter() - start
    outs, cpu, rss = [], 0.0, 0
    for p, (out, err) in zip(procs, results):
        m = re.findall(r"^TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$", err, re.M)
        if p.returncode != 0 or not m:
            raise RuntimeError("%s failed: %s" % (shlex.join(cmd), err[-800:]))
        outs.append(out.strip())
        cpu += float(m[-1][1]) + float(m[-1][2])
        rss = max(rss, int(m[-1][3]))
    return outs, wall, cpu, rss


def warm_scans(load, pattern, threads, runs, expect):
    """One sqlite3 process with a table per thread count, scanned once to warm up (the word
    lists, the page cache), then `runs` rounds of one scan per table, in turn. Returns
    {threads: [(real s, cpu s), ...]} from the shell's .timer (whose user and system times
    are the whole process's, every thread included)."""
    script = [".timer off"]
    for n in threads:
        script.append("CREATE VIRTUAL TABLE temp.t%d USING transcript_turns(files=%s, threads=%d);"
                      % (n, sql_str(pattern), n))
    script.append("SELECT count(*), sum(length(text)) FROM t%d;" % threads[0])
    script.append(".timer on")
    for _ in range(runs):
        for n in threads:
            script.append("SELECT count(*), sum(length(text)) FROM t%d;" % n)
    p = subprocess.run([SHELL, "-batch", ":memory:"] + load, input="\n".join(script) + "\n",
                       capture_output=True, text=True)
    if p.returncode != 0 or p.stderr.strip():
        raise RuntimeError("warm scans failed: %s" % p.stderr[-800:])
    lines = p.stdout.strip().split("\n")
    if lines[0] != expect:
        raise RuntimeError("warm scans: rows %s, expected %s" % (lines[0], expect))
    results = lines[1:]
    times = {n: [] for n in threads}
    for i in range(0, len(results), 2):
        if results[i] != expect:
            raise RuntimeError("warm scans: rows %s, expected %s" % (results[i], expect))
        m = re.match(r"Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)", results[i + 1])
        times[threads[(i // 2) % len(threads)]].append((float(m.group(1)), float(m.group(2)) + float(m.group(3))))
    return times


def scan_sql(pattern, threads, select):
    return ("CREATE VIRTUAL TABLE temp.t USING transcript_turns(files=%s, threads=%d); %s"
            % (sql_str(pattern), threads, select))


def floor_sql(pattern):
    """What a user types without the extension: the shell's fsdir() lists the folder, GLOB
    keeps the glob's files, readfile() reads each, the text is counted in characters."""
    folder = os.path.dirname(pattern) or "."
    return ("SELECT count(*), sum(length(CAST(readfile(name) AS TEXT))), sum(length(readfile(name))) "
            "FROM fsdir(%s) WHERE name GLOB %s AND mode & 0x4000 = 0"  # not the folders
            % (sql_str(folder), sql_str(pattern)))


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def loadavg():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def fmt_s(s):
    return "%.2f s" % s if s >= 1 else "%.0f ms" % (s * 1e3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default="build-bench/transcript")
    ap.add_argument("--folder", action="append", default=[],
                    help="NAME=GLOB (relative to the working directory); repeat for more folders")
    ap.add_argument("--truth", action="append", default=[],
                    help="NAME=truth.json: the generator's turns and characters for that folder")
    ap.add_argument("--skipped", action="append", default=[],
                    help="NAME=REASON: a folder not scanned, listed as such")
    ap.add_argument("--threads", default="1,2", help="thread counts, comma-separated (1 first)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--append", help="append the section to this markdown file")
    ap.add_argument("--out", help="write the section to this markdown file")
    a = ap.parse_args()
    threads = [int(x) for x in a.threads.split(",")]
    if threads[0] != 1:
        threads.insert(0, 1)
    truths = dict(t.split("=", 1) for t in a.truth)
    runs = max(1, a.runs)
    load = ["-cmd", ".load %s" % a.ext]

    lines = ["", "## Folder scans with threads (issue 18)", ""]
    lines.append(
        "Each side is one `sqlite3 :memory:` process under GNU time, as a user runs it; the "
        "sides of a folder run in turn, round by round; medians of %d runs. **floor**: the "
        "shell's `readfile()` over the same files (`fsdir()` listing, the text counted in "
        "characters), no parsing. **ours**: `CREATE VIRTUAL TABLE temp.t USING "
        "transcript_turns(files=…, threads=N); SELECT count(*), sum(length(text)) FROM t`. "
        "**one file** is the same scan over the folder's first file alone: the cost every "
        "process pays once (loading the extension, and the tables the parser builds on "
        "first use), whatever the folder. "
        "**CPU** is user + system time of the process; **cores** = CPU ÷ wall, the cores the "
        "scan actually got; **×floor** = wall ÷ the floor's wall; **MB/s** is the folder's "
        "bytes ÷ wall, and in brackets ÷ (wall − one file's wall), the rate once started; "
        "**best** is the fastest run, the one least disturbed by other work; **speed-up** = "
        "threads=1 wall ÷ this wall (medians), **best speed-up** the same of the best runs. "
        "**k × threads=1 at once** runs k separate one-thread scans of the folder at "
        "the same time: k times the work, nothing shared, so its speed-up (k × threads=1 wall ÷ "
        "its wall) is the most k threads can give on this machine at this moment (k on k free "
        "cores). **threads=N, warm**: one `sqlite3` process holding a table per thread count "
        "scans the folder once to warm up, then scans it with each count in turn, round by "
        "round (the shell's `.timer`, whose CPU counts every thread): the scan alone, without "
        "the process start-up. Loading the extension alone (`.load`, median) costs %s." % (runs, "%LOAD%"))
    lines.append("")
    lines.append("Machine: %d cores (%s); load average (1 min) %s when the scans started and "
                 "%%LOADAVG%% when they ended: anything above 0 is other work sharing the cores."
                 % (os.cpu_count() or 0, cpu_model(), loadavg()))
    lines.append("")
    lines.append("| folder | side | wall | best | CPU | cores | MB/s (files) | ×floor | speed-up | best speed-up | peak RSS | rows |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    notes = []

    load_times = [run_shell(load, "SELECT 1")[1] for _ in range(runs)]
    load_s = statistics.median(load_times)
    log("extension load: median %.3f s" % load_s)

    for spec in a.folder:
        name, pattern = spec.split("=", 1)
        files = sorted(f for f in globmod.glob(pattern) if os.path.isfile(f))
        if not files:
            log("%s: skipped, no file matches %s" % (name, pattern))
            lines.append("| %s | skipped: no file matches `%s` | | | | | | | | | | |" % (name, pattern))
            continue
        nbytes = sum(os.path.getsize(f) for f in files)
        log("%s: %d files, %.1f MB" % (name, len(files), nbytes / 1e6))

        # --- the rows first: every thread count gives threads=1's rows, and the reference's
        digest_sql = "SELECT count(*), sum(length(text)), hex(sha3_query('SELECT rowid, * FROM t')) FROM t"
        digests = {n: run_shell(load, scan_sql(pattern, n, digest_sql))[0] for n in threads}
        count_1, chars_1, _ = digests[1].split("|")
        checks = {}
        for n in threads:
            same = digests[n] == digests[1]
            checks[n] = "= threads=1 (sha3 of every row)" if same else "DIFFERENT from threads=1"
            if n == 1:
                checks[n] = "%s turns, %s chars" % (count_1, chars_1)
        if name in truths:
            truth = json.load(open(truths[name]))
            ok = (int(count_1), int(chars_1)) == (truth["turns"], truth["turn_chars"])
            checks[1] += "; = generator's" if ok else "; generator: %d, %d" % (truth["turns"], truth["turn_chars"])
        floor_out = run_shell([], floor_sql(pattern))[0]
        f_count, f_chars, f_bytes = (int(x) for x in floor_out.split("|"))
        floor_check = "%d files, %d bytes%s" % (f_count, f_bytes, "" if (f_count, f_bytes) == (len(files), nbytes)
                                                 else " (glob: %d files, %d bytes)" % (len(files), nbytes))

        # --- timed rounds
        count_select = "SELECT count(*), sum(length(text)) FROM t"
        # (label, sqlite3 arguments, SQL, expected output or None, thread count or None)
        sides = [("floor: readfile()", [], floor_sql(pattern), None, None),
                 ("one file (start-up)", load, scan_sql(files[0], 1, count_select), None, None)]
        for n in threads:
            sides.append(("threads=%d" % n, load, scan_sql(pattern, n, count_select),
                          "%s|%s" % (count_1, chars_1), n))
        # What the machine can give k threads now: k independent threads=1 scans at once
        # (separate processes, nothing shared). On k free cores their wall equals one scan's.
        capacity_k = min(max(threads), os.cpu_count() or 1)
        capacity = "%d × threads=1 at once" % capacity_k if capacity_k > 1 else None
        if capacity:
            sides.append((capacity, load, scan_sql(pattern, 1, count_select),
                          "%s|%s" % (count_1, chars_1), None))
        walls = {label: [] for label, *_ in sides}
        cpus = {label: [] for label, *_ in sides}
        rsss = {label: [] for label, *_ in sides}
        for r in range(runs):
            for label, args, sql, expect, _ in sides:
                if label == capacity:
                    outs, wall, cpu, rss = run_shells_at_once(capacity_k, args, sql)
                else:
                    outs, wall, cpu, rss = run_shell(args, sql)
                    outs = [outs]
                for out in outs:
                    if expect is not None and out != expect:
                        raise RuntimeError("%s %s: rows %s, expected %s" % (name, label, out, expect))
                walls[label].append(wall)
                cpus[label].append(cpu)
                rsss[label].append(rss)
        med = {label: statistics.median(v) for label, v in walls.items()}
        best = {label: min(v) for label, v in walls.items()}
        for label, *_ in sides:
            log("  %-20s wall %s CPU %s RSS %s" % (label, walls[label], cpus[label], rsss[label]))
        floor_wall = med["floor: readfile()"]
        startup = med["one file (start-up)"]
        for label, args, sql, expect, n in sides:
            wall = med[label]
            cpu = statistics.median(cpus[label])
            rss = statistics.median(rsss[label]) / 1024
            if label == capacity:
                # k folders' worth of work in this wall: the speed-up k ideal threads would give
                mbs = "%.0f" % (capacity_k * nbytes / 1e6 / wall)
                speed = "%.2f× (at most)" % (capacity_k * med["threads=1"] / wall)
                best_speed = "%.2f× (at most)" % (capacity_k * best["threads=1"] / best[label])
                check = "%d × the rows of threads=1" % capacity_k
            elif n is None:
                mbs = "%.0f" % (nbytes / 1e6 / wall) if label.startswith("floor") else ""
                speed = best_speed = ""
                check = floor_check if label.startswith("floor") else "%s (%d bytes)" % (
                    os.path.basename(files[0]), os.path.getsize(files[0]))
            else:
                beyond = wall - startup
                mbs = "%.0f (%s)" % (nbytes / 1e6 / wall,
                                     "%.0f" % (nbytes / 1e6 / beyond) if beyond > 0 else "–")
                speed = "%.2f×" % (med["threads=1"] / wall)
                best_speed = "%.2f×" % (best["threads=1"] / best[label])
                check = checks[n]
            lines.append("| %s (%d files, %.1f MB) | %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %.1f MB | %s |" % (
                name, len(files), nbytes / 1e6, label, fmt_s(wall), fmt_s(best[label]), fmt_s(cpu),
                cpu / wall if wall else 0, mbs,
                "1" if label.startswith("floor") else "%.1f×" % (wall / floor_wall), speed, best_speed,
                rss, check))

        # --- warm scans: start-up excluded, the thread counts in turn in one process
        warm = warm_scans(load, pattern, threads, runs, "%s|%s" % (count_1, chars_1))
        for n in threads:
            log("  warm threads=%d: %s" % (n, warm[n]))
        warm_1 = statistics.median(r for r, _ in warm[1])
        warm_best_1 = min(r for r, _ in warm[1])
        for n in threads:
            real = statistics.median(r for r, _ in warm[n])
            best_real = min(r for r, _ in warm[n])
            cpu = statistics.median(c for _, c in warm[n])
            lines.append("| %s (%d files, %.1f MB) | threads=%d, warm | %s | %s | %s | %.2f | %.0f |  | %.2f× | %.2f× |  | "
                         "one process, start-up excluded |" % (
                             name, len(files), nbytes / 1e6, n, fmt_s(real), fmt_s(best_real), fmt_s(cpu),
                             cpu / real if real else 0, nbytes / 1e6 / real, warm_1 / real, warm_best_1 / best_real))

        # --- flat memory: the first tenth of the folder against the whole
        tenth = files[:max(1, len(files) // 10)]
        with tempfile.TemporaryDirectory() as d:
            for f in tenth:
                os.symlink(os.path.abspath(f), os.path.join(d, os.path.basename(f)))
            part_glob = os.path.join(d, os.path.basename(pattern))
            part_bytes = sum(os.path.getsize(f) for f in tenth)
            for n in threads:
                part = statistics.median(run_shell(load, scan_sql(part_glob, n, count_select))[3]
                                         for _ in range(min(runs, 3)))
                whole = statistics.median(rsss["threads=%d" % n])
                verdict = ("memory does not grow with the folder" if whole <= part * 1.25 + 2048
                           else "MEMORY GROWS WITH THE FOLDER")
                notes.append("%s, threads=%d: peak RSS %.1f MB over the first tenth of the files "
                             "(%d files, %.1f MB) and %.1f MB over all %d (%.1f MB): %s." % (
                                 name, n, part / 1024, len(tenth), part_bytes / 1e6,
                                 whole / 1024, len(files), nbytes / 1e6, verdict))
    for spec in a.skipped:
        name, reason = spec.split("=", 1)
        lines.append("| %s | skipped: %s | | | | | | | | | | |" % (name, reason))
    lines.append("")
    for n in notes:
        lines.append("- " + n)
    lines.append("")
    text = "\n".join(lines).replace("%LOAD%", fmt_s(load_s)).replace("%LOADAVG%", loadavg())
    if a.append:
        with open(a.append, "a") as f:
            f.write(text)
        log("appended to " + a.append)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text.lstrip("\n"))
        log("wrote " + a.out)
    if not a.append and not a.out:
        print(text)


if __name__ == "__main__":
    main()
