#!/usr/bin/python3
"""Every example in README.md runs as printed (issue 20).

    check_readme.py --sqlite3 BIN --extension build/transcript.so
        [--node-path tests/clients/node/node_modules] [--sqlite-utils BIN] [--list]

Takes the fenced blocks of README.md in order and runs each one whose info string is
`sql`, `sh`, `python` or `js`, as a reader would paste it at the repository root:

  - sql     the sqlite3 shell (`-bail`, an in-memory database), the block on its stdin;
  - sh      bash -eo pipefail;
  - python  this Python (one that may load extensions);
  - js      node.

Each block runs in its own fresh folder that mirrors the repository root (a link to every
top-level entry), so relative paths such as `examples/data/*.txt` and `sql/archive.sql` are
the repository's and files a block writes (`archive.db`) land in the scratch folder. Blocks
do not share state: each one is complete.

The library under test stands in for every library a block names: `.load ./transcript` and
`.load ./build/transcript` load --extension (an SQL block without `.load` gets one first: the
README says its reference examples assume the library is loaded), and the Python and npm packages
(`import sqlite_transcript`, `require('sqlite-transcript')`, the wheel's `sqlite-transcript`
command) are laid out around it as packaging/dist.sh lays them out
(tests/packaging/archive_hosts_test.py's stage()). `sqlite-utils` is --sqlite-utils.

A block fails the test when it exits with an error or writes to stderr. A fenced `text`
block that follows a runnable block with nothing but blank lines between is that block's
printed output, compared exactly (trailing spaces aside). A block is skipped only when the
line before its fence is `<!-- readme-test: not run: REASON -->` with a reason; the skips
are listed, so a reader of the test log sees them.
"""
import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNNABLE = {"sql", "sh", "python", "js"}
SKIP = re.compile(r"^<!-- readme-test: not run: (\S.*\S) -->$")
FENCE = re.compile(r"^```(\S*)\s*$")


class Block:
    def __init__(self, lang, line, code, skip):
        self.lang, self.line, self.code, self.skip = lang, line, code, skip
        self.output = None  # the text block that follows, if any


def blocks(path):
    """The fenced blocks of a Markdown file, with the output blocks attached to the runnable
    block they follow."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    found, i, last = [], 0, None
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            if lines[i].strip():
                last = None  # prose between a block and a text block: not its output
            i += 1
            continue
        start, lang = i, m.group(1)
        j = i + 1
        while j < len(lines) and lines[j] != "```":
            j += 1
        if j == len(lines):
            sys.exit(f"README.md:{start + 1}: a fenced block that is never closed")
        code = "\n".join(lines[i + 1:j]) + "\n"
        skip = SKIP.match(lines[start - 1]) if start > 0 else None
        if lang == "text" and last is not None:
            last.output = code
            last = None
        else:
            b = Block(lang, start + 1, code, skip.group(1) if skip else None)
            found.append(b)
            last = b if lang in RUNNABLE else None
        i = j + 1
    return found


def load_stage():
    """archive_hosts_test.stage(): the packages laid out around a library."""
    path = os.path.join(ROOT, "tests", "packaging", "archive_hosts_test.py")
    spec = importlib.util.spec_from_file_location("archive_hosts_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.stage


def mirror_root(tmp):
    """A scratch folder with a link to every top-level entry of the repository."""
    d = tempfile.mkdtemp(prefix="root-", dir=tmp)
    for name in os.listdir(ROOT):
        # No build folders: a block must never write into the build under test.
        if name != ".git" and not name.startswith("build"):
            os.symlink(os.path.join(ROOT, name), os.path.join(d, name))
    return d


def normalise(text):
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlite3", required=True)
    ap.add_argument("--extension", required=True)
    ap.add_argument("--node-path")
    ap.add_argument("--sqlite-utils")
    ap.add_argument("--readme", default=os.path.join(ROOT, "README.md"))
    ap.add_argument("--list", action="store_true", help="list the blocks and exit")
    args = ap.parse_args()
    args.extension = os.path.abspath(args.extension)
    library = args.extension[:-3] if args.extension.endswith(".so") else args.extension

    found = blocks(args.readme)
    runnable = [b for b in found if b.lang in RUNNABLE]
    if args.list:
        for b in runnable:
            state = f"not run: {b.skip}" if b.skip else ("output compared" if b.output else "run")
            print(f"README.md:{b.line} {b.lang:6} {state}")
        return 0
    if not runnable:
        sys.exit("README.md has no runnable examples: is this the right file?")

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        # The packages, as a user installs them, around the library under test.
        stage_args = argparse.Namespace(
            extension=args.extension, node_path=args.node_path,
            archive_sql=os.path.join(ROOT, "sql", "archive.sql"))
        load_stage()(stage_args, tmp)
        bin_dir = os.path.join(tmp, "bin")
        os.mkdir(bin_dir)
        with open(os.path.join(bin_dir, "sqlite-transcript"), "w", encoding="utf-8") as f:
            f.write(f'#!/bin/sh\nexec "{sys.executable}" -m sqlite_transcript "$@"\n')
        os.chmod(os.path.join(bin_dir, "sqlite-transcript"), 0o755)
        if args.sqlite_utils:
            os.symlink(args.sqlite_utils, os.path.join(bin_dir, "sqlite-utils"))
        os.symlink(args.sqlite3, os.path.join(bin_dir, "sqlite3"))
        os.symlink(sys.executable, os.path.join(bin_dir, "python3"))
        env = dict(os.environ)
        env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
        env["PYTHONPATH"] = stage_args.pythonpath
        node_paths = [p for p in (getattr(stage_args, "node_project", None), args.node_path) if p]
        if node_paths:
            env["NODE_PATH"] = os.pathsep.join(
                [os.path.join(node_paths[0], "node_modules")] + node_paths[1:])

        for b in runnable:
            where = f"README.md:{b.line} ({b.lang})"
            if b.skip:
                print(f"SKIP {where}: {b.skip}")
                continue
            cwd = mirror_root(tmp)
            code = b.code
            if b.lang == "sql":
                # .load ./transcript, .load ./build/transcript [entry point]: the library under
                # test; a block without .load (the reference's) gets it first, as the README says.
                if re.search(r"^\.load\s", code, flags=re.M):
                    code = re.sub(r"^\.load\s+\S+", lambda m: f".load {library}", code, flags=re.M)
                else:
                    code = f".load {library}\n" + code
                cmd = [args.sqlite3, "-bail", ":memory:"]
            elif b.lang == "sh":
                cmd = ["bash", "-eo", "pipefail", "-s"]
            elif b.lang == "python":
                cmd = [sys.executable, "-"]
            else:
                if not node_paths:
                    print(f"FAIL {where}: node examples need --node-path (better-sqlite3)")
                    failures += 1
                    continue
                cmd = ["node", "-"]
            p = subprocess.run(cmd, input=code, cwd=cwd, env=env, capture_output=True,
                               text=True, timeout=600)
            # The ASan runtime (preloaded into the hosts in sanitizer builds) may note leaks of
            # the hosts themselves; only the block's own stderr counts.
            stderr = "\n".join(line for line in p.stderr.splitlines()
                               if not line.startswith("==") and line.strip())
            problems = []
            if p.returncode != 0:
                problems.append(f"exit status {p.returncode}")
            if stderr:
                problems.append("stderr:\n" + stderr)
            if b.output is not None and normalise(p.stdout) != normalise(b.output):
                problems.append("printed:\n" + p.stdout + "\nREADME shows:\n" + b.output)
            if problems:
                failures += 1
                print(f"FAIL {where}\n--- block:\n{b.code}--- " + "\n--- ".join(problems))
            else:
                note = ", output as shown" if b.output is not None else ""
                print(f"ok   {where}{note}")
    total = len(runnable)
    skipped = sum(1 for b in runnable if b.skip)
    compared = sum(1 for b in runnable if b.output is not None and not b.skip)
    print(f"{total} runnable blocks: {total - skipped - failures} ran cleanly "
          f"({compared} with their output compared), {skipped} not run, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
