#!/usr/bin/env python3
"""Times `quoteline-cli import` of N generated articles of 3-6 KB into a new store.

Usage: bench/import_bench.py CLI [N=10000] [--html] [--corpus=DIR]

The articles come from bench/corpus_generator.py (seed 17; invented defence news in real words, with
quotes, speakers, money and GDP figures, transcripts and wire copies). --corpus=DIR keeps them in DIR
and reuses them on the next run. Prints files/s and the wall time. bench/run_benchmarks.py runs this
import too, with the bare FTS5 baseline and the other benchmarks, and prints the whole table.
"""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_generator  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    cli, n = args[0], int(args[1]) if len(args) > 1 else 10000
    html = "--html" in sys.argv
    corpus = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--corpus=")), None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = corpus or os.path.join(tmp, "articles")
        corpus_generator.generate(n, folder, 17, html)
        store = os.path.join(tmp, "bench.qlstore")
        start = time.perf_counter()
        proc = subprocess.run([cli, "--store", store, "import", folder], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        imported = proc.stdout.decode().count("imported\t")
        print(f"{'html' if html else 'text'}: {imported}/{n} imported in {wall:.2f} s = {imported / wall:.0f} files/s (exit {proc.returncode})")
        if proc.returncode:
            print(proc.stderr.decode()[-500:])


if __name__ == "__main__":
    main()
