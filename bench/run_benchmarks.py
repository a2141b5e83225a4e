#!/usr/bin/env python3
"""Runs every Quoteline benchmark at one size and prints one table (and writes it as JSON).

Usage: bench/run_benchmarks.py --size smoke|full|N --build DIR [--work DIR] [--out FILE.json]
                               [--repeats R] [--only import,store,extraction,window]

smoke = 500 articles, full = 200,000. The corpus comes from bench/corpus_generator.py (fixed seed),
the store from `quoteline-cli import` of it in this run, and every ratio is to a baseline measured
in this same run (a bare SQLite FTS5 table filled with the same texts by Python's sqlite3). Timings
are medians over the repeats, memory is the peak RSS of the process (os.wait4). Each bench program
prints JSON lines as /work/briefs/s3/bench-protocol.md (and docs/performance.md) describe.

Exit code 1 when a program fails or prints no figure; a missed target only shows in the table
(timings on a shared machine are too noisy to fail on).
"""
import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_generator  # noqa: E402

SIZES = {"smoke": 500, "full": 200000}


class Run:
    def __init__(self, args):
        self.args = args
        self.rows = []
        self.failures = []

    def add(self, name, figure, unit, target=None, met=None, baseline=None, ratio=None, note=None):
        row = {"name": name, "figure": figure, "unit": unit, "target": target, "met": met}
        if baseline is not None:
            row["baseline"] = baseline
            row["ratio"] = ratio
        if note:
            row["note"] = note
        self.rows.append(row)

    def save(self, path, count, seed, repeats):
        """Writes what is measured so far: a long run that is stopped still leaves its figures."""
        machine = {"cpus": os.cpu_count(), "uname": " ".join(os.uname()),
                   "time": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
        with open(path, "w") as fh:
            json.dump({"size": count, "seed": seed, "repeats": repeats, "machine": machine,
                       "rows": self.rows, "failures": self.failures}, fh, indent=1)

    def fail(self, what):
        self.failures.append(what)
        print(f"FAILED: {what}", file=sys.stderr)


def run_measured(cmd, env=None, cwd=None):
    """Runs cmd; returns (returncode, stdout, stderr, wall seconds, peak RSS MB, bytes written)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
    chunks = {"out": [], "err": []}
    last_output = [None]

    def drain(pipe, key):
        for block in iter(lambda: pipe.read1(65536), b""):
            chunks[key].append(block)
            if key == "out":
                last_output[0] = time.perf_counter() - start
        pipe.close()

    readers = [threading.Thread(target=drain, args=(proc.stdout, "out")),
               threading.Thread(target=drain, args=(proc.stderr, "err"))]
    for t in readers:
        t.start()
    # WNOWAIT leaves the exited child a zombie, whose /proc/PID/io still holds its totals; wait4
    # then reaps it with its own resource usage (peak RSS of that process alone).
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    written = None
    try:
        with open(f"/proc/{proc.pid}/io") as fh:
            io = dict(line.split(": ") for line in fh.read().split("\n") if ": " in line)
            written = int(io["write_bytes"])
    except (OSError, KeyError, ValueError):
        written = None
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    out = b"".join(chunks["out"]).decode(errors="replace")
    err = b"".join(chunks["err"]).decode(errors="replace")
    run_measured.last_output = last_output[0]
    # CPU seconds of the child: steadier than wall time when other work shares the machine.
    run_measured.cpu = usage.ru_utime + usage.ru_stime
    return proc.returncode, out, err, wall, usage.ru_maxrss / 1024.0, written


def json_lines(text):
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and "name" in row and "figure" in row:
                rows.append(row)
    return rows


def corpus_files(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if not f.startswith("."))


def fts5_baseline(files, db_path):
    """Bare FTS5 insert of the same texts (title = first line), 256 files per transaction."""
    if os.path.exists(db_path):
        os.remove(db_path)
    start = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(title, text)")
    for i in range(0, len(files), 256):
        rows = []
        for path in files[i:i + 256]:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            rows.append((text.split("\n", 1)[0], text))
        with con:
            con.executemany("INSERT INTO t(title, text) VALUES (?, ?)", rows)
    con.close()
    return time.perf_counter() - start


def bench_import(run, cli, corpus, work, count, repeats):
    files = corpus_files(corpus)
    base = [fts5_baseline(files, os.path.join(work, "baseline.sqlite")) for _ in range(repeats)]
    baseline = statistics.median(base)
    run.add("baseline.fts5_insert", round(baseline, 3), "s", note="bare FTS5 insert, Python sqlite3")
    walls, rss, written, imported, stored, cpus = [], [], [], 0, [], []
    store = os.path.join(work, "bench.qlstore")
    for _ in range(repeats):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(store + suffix):
                os.remove(store + suffix)
        rc, out, err, wall, peak, wrote = run_measured([cli, "--store", store, "import", corpus])
        if rc != 0:
            run.fail(f"quoteline-cli import exited {rc}: {err[-400:]}")
            return None
        imported = out.count("imported\t")
        walls.append(wall)
        rss.append(peak)
        cpus.append(run_measured.cpu)
        if run_measured.last_output is not None:
            stored.append(run_measured.last_output)
        if wrote is not None:
            written.append(wrote)
    wall = statistics.median(walls)
    rate = imported / wall
    run.add("import.rate", round(rate, 1), "articles/s", 1000, rate >= 1000)
    run.add("import.wall", round(wall, 3), "s")
    run.add("import.cpu", round(statistics.median(cpus), 3), "s", note="user+sys CPU of the CLI (all threads)")
    if stored:
        # The CLI prints its per-file lines before it places the new statements in variant
        # families: the last line splits reading+storing from grouping.
        store_phase = statistics.median(stored)
        run.add("import.store_phase", round(store_phase, 3), "s", note="until the last per-file line")
        run.add("import.grouping_phase", round(wall - store_phase, 3), "s", note="after the last line")
    ratio = wall / baseline
    run.add("import.ratio_to_fts5", round(ratio, 2), "x", 3, ratio <= 3, round(baseline, 3), round(ratio, 2))
    run.add("import.peak_rss", round(max(rss), 1), "MB")
    if written:
        run.add("import.written", round(statistics.median(written) / 2**20, 1), "MB")
    size = sum(os.path.getsize(store + s) for s in ("", "-wal") if os.path.exists(store + s))
    run.add("import.store_size", round(size / 2**20, 1), "MB")
    if imported != count:
        run.fail(f"import stored {imported} of {count} articles")
    return store, wall


def bench_growth(run, cli, work, count, seed, full_wall):
    """Import time of a tenth of the corpus against the whole: linear growth is <= 10.5x."""
    tenth = max(1, count // 10)
    corpus = os.path.join(work, f"corpus-{tenth}")
    corpus_generator.generate(tenth, corpus, seed)
    store = os.path.join(work, "tenth.qlstore")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    rc, _, err, wall, _, _ = run_measured([cli, "--store", store, "import", corpus])
    if rc != 0:
        run.fail(f"import of {tenth} exited {rc}: {err[-400:]}")
        return
    growth = full_wall / wall
    target = 10.5 if count >= 10000 else None  # fixed costs dominate small runs
    run.add("import.growth_10x", round(growth, 2), "x", target, None if target is None else growth <= target,
            round(wall, 3), round(growth, 2), note=f"{tenth} -> {count} articles")


def bench_program(run, area, cmd, env, parse_text=None, missed_code=None):
    rc, out, err, wall, peak, _ = run_measured(cmd, env=env)
    rows = json_lines(out)
    if not rows and parse_text:
        rows = parse_text(out)
    # bench_extraction still exits 1 when it misses its own budget: that is a figure, not a failure.
    if rc == missed_code and rows and any(r.get("met") is False for r in rows):
        rc = 0
    if rc != 0:
        run.fail(f"{os.path.basename(cmd[0])} exited {rc}: {(err or out)[-600:]}")
    if not rows:
        run.fail(f"{os.path.basename(cmd[0])} printed no figure")
    for row in rows:
        row = dict(row)
        name = row.pop("name")
        run.add(f"{area}.{name}", row.pop("figure"), row.pop("unit", ""), row.pop("target", None),
                row.pop("met", None), row.pop("baseline", None), row.pop("ratio", None))
    return rows


def extraction_text(out):
    # bench_extraction's human line: "bench_extraction: N articles, ... X ms CPU (...)"
    import re
    m = re.search(r"bench_extraction: (\d+) articles, [\d.]+ KB average, (\d+) ms CPU", out)
    if not m:
        return []
    n, ms = int(m.group(1)), int(m.group(2))
    per10k = ms * 10000 / n
    return [{"name": "cpu_per_10k", "figure": round(per10k, 1), "unit": "ms", "target": 2000,
             "met": per10k <= 2000}]


def find(build, *names):
    for name in names:
        path = os.path.join(build, name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def print_table(run, count, out_path):
    print(f"\nQuoteline benchmarks, {count} articles")
    header = ("name", "figure", "unit", "target", "met", "baseline", "ratio")
    lines = [header]
    for r in run.rows:
        met = {True: "yes", False: "NO", None: "-"}[r["met"]]
        lines.append((r["name"], f"{r['figure']:g}" if isinstance(r["figure"], (int, float)) else str(r["figure"]),
                      r["unit"], "-" if r["target"] is None else f"{r['target']:g}", met,
                      f"{r['baseline']:g}" if r.get("baseline") is not None else "",
                      f"{r['ratio']:g}" if r.get("ratio") is not None else ""))
    widths = [max(len(l[i]) for l in lines) for i in range(len(header))]
    for i, l in enumerate(lines):
        print("  ".join(c.ljust(w) if j == 0 or j == 2 else c.rjust(w) for j, (c, w) in enumerate(zip(l, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nJSON: {out_path}")


def markdown(results):
    """The table of a results JSON as Markdown (for docs/performance.md)."""
    lines = [f"{results['size']} articles, seed {results['seed']}, {results['machine']['time']}, "
             f"{results['machine']['cpus']} CPUs", "",
             "| name | figure | unit | target | met | baseline | ratio |", "|---|---|---|---|---|---|---|"]
    for r in results["rows"]:
        met = {True: "yes", False: "**no**", None: ""}[r["met"]]
        lines.append(f"| {r['name']} | {r['figure']:g} | {r['unit']} | "
                     f"{'' if r['target'] is None else format(r['target'], 'g')} | {met} | "
                     f"{'' if r.get('baseline') is None else format(r['baseline'], 'g')} | "
                     f"{'' if r.get('ratio') is None else format(r['ratio'], 'g')} |")
    if results["failures"]:
        lines += ["", "Failures: " + "; ".join(results["failures"])]
    return "\n".join(lines)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--markdown":
        with open(sys.argv[2]) as fh:
            print(markdown(json.load(fh)))
        return 0
    ap = argparse.ArgumentParser(description="Runs every Quoteline benchmark at one size. "
                                 "(--markdown RESULTS.json prints a results file as a Markdown table.)")
    ap.add_argument("--size", default="smoke", help="smoke (500), full (200000) or a number of articles")
    ap.add_argument("--build", required=True, help="the build directory (RelWithDebInfo or Release)")
    ap.add_argument("--work", help="where the corpus and stores go (default BUILD/bench-work/SIZE)")
    ap.add_argument("--out", help="JSON output (default WORK/results.json)")
    ap.add_argument("--repeats", type=int, help="repeats for medians (default 3, full: 1 for imports)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--only", default="import,store,extraction,window")
    ap.add_argument("--window-files", type=int, default=100)
    args = ap.parse_args()
    count = SIZES.get(args.size) or int(args.size)
    build = os.path.abspath(args.build)
    work = os.path.abspath(args.work or os.path.join(build, "bench-work", str(count)))
    os.makedirs(work, exist_ok=True)
    out_path = os.path.abspath(args.out or os.path.join(work, "results.json"))
    repeats = args.repeats or 3
    import_repeats = args.repeats or (1 if count > 20000 else 3)
    only = set(args.only.split(","))
    run = Run(args)

    cli = find(build, "app/quoteline-cli", "quoteline-cli")
    if not cli:
        sys.exit(f"no quoteline-cli in {build}: build it first")
    corpus = os.path.join(work, "corpus")
    t0 = time.perf_counter()
    corpus_generator.generate(count, corpus, args.seed)
    print(f"corpus: {count} articles in {corpus} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)

    store = os.path.join(work, "bench.qlstore")
    if "import" in only or not os.path.exists(store):
        result = bench_import(run, cli, corpus, work, count, import_repeats)
        if result and "import" in only and count >= 1000:
            bench_growth(run, cli, work, count, args.seed, result[1])
    run.save(out_path, count, args.seed, repeats)
    env = dict(os.environ, QL_BENCH_STORE=store, QL_BENCH_CORPUS=corpus, QL_BENCH_CLI=cli,
               QL_BENCH_SIZE=str(count), QL_BENCH_REPEATS=str(repeats), QT_QPA_PLATFORM="offscreen")
    label = args.size
    if "store" in only and os.path.exists(store):
        prog = find(build, "bench/bench_store")
        if prog:
            bench_program(run, "store", [prog, "--jsonl", store, label], env)
        else:
            print("bench_store not built: skipped (listed as not run)", file=sys.stderr)
            run.add("store.not_built", 0, "", note="bench_store is not in this build")
    run.save(out_path, count, args.seed, repeats)
    if "extraction" in only:
        prog = find(build, "bench/bench_extraction")
        if prog:
            n = str(min(count, 10000))
            bench_program(run, "extraction", [prog, n, "--synthetic-only"], env, extraction_text, missed_code=1)
        else:
            run.fail("bench_extraction is not built")
    run.save(out_path, count, args.seed, repeats)
    if "window" in only and os.path.exists(store):
        prog = find(build, "bench/bench_window")
        if prog:
            copy = os.path.join(work, "window.qlstore")
            shutil.copyfile(store, copy)
            if os.path.exists(store + "-wal"):
                shutil.copyfile(store + "-wal", copy + "-wal")
            bench_program(run, "window", [prog, "--jsonl", copy, str(args.window_files)], env)
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
        else:
            run.fail("bench_window is not built")

    run.save(out_path, count, args.seed, repeats)
    print_table(run, count, out_path)
    if run.failures:
        print("\n".join(["", "failures:"] + run.failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
