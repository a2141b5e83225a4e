#!/usr/bin/env python3
"""Times `quoteline-cli import` of N generated plain-text (and HTML) articles of ~5 KB into a new store.

Usage: bench/import_bench.py CLI [N=10000] [--html] [--corpus=DIR]

--corpus=DIR keeps the generated articles in DIR and reuses them on the next run (generation takes
longer than the import itself, which gets in the way of profiling).

Articles are invented from a small vocabulary with quotes, speakers, money and GDP figures, so
extraction does real work. Prints files/s and the wall time; the issue's budget is 10,000 plain
articles in under 10 s on 2 cores (HTML at no worse than a third of that rate).
"""
import os, random, subprocess, sys, tempfile, time

# A vocabulary the size of real news text (made-up words from syllables, drawn Zipf-like), so
# statements are as (dis)similar as real ones and variant grouping does realistic work.
_SYL = "ka lo mi ne ra tu se vo pa di ge ro lu fa ni te so ba ki me".split()
_VOCAB = sorted({a + b + c for a in _SYL for b in _SYL for c in _SYL})
_rng0 = random.Random(7)
_rng0.shuffle(_VOCAB)
WORDS = _VOCAB[:6000]
_WEIGHTS = [1.0 / (rank + 1) for rank in range(len(WORDS))]
PEOPLE = ["Marta Lindqvist", "Pavel Novak", "Elena Ruiz", "Jonas Brandt", "Hanna Voss", "Tomas Berg", "Ines Duarte"]


def sentence(rng, n):
    words = rng.choices(WORDS, weights=_WEIGHTS, k=n)
    return " ".join(words).capitalize() + "."


def article(rng, i):
    who = rng.choice(PEOPLE)
    paras = [f"Article {i}: {sentence(rng, 8)[:-1]}", f"Published {rng.randint(1, 28)} March {rng.randint(2015, 2025)}"]
    while sum(len(p) for p in paras) < 5000:
        kind = rng.random()
        if kind < 0.3:
            paras.append(f"\u201c{sentence(rng, 14)}\u201d {who.split()[-1]} said. {sentence(rng, 20)}")
        elif kind < 0.45:
            paras.append(f"{who} announced \u20ac{rng.randint(1, 90)}.{rng.randint(0, 9)} billion for {rng.choice(WORDS[:200])}. "
                         f"Allies aim for {rng.choice(['2', '3.5', '5'])}% of GDP by {rng.randint(2026, 2035)}.")
        else:
            paras.append(" ".join(sentence(rng, rng.randint(12, 25)) for _ in range(3)))
    return paras


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    cli, n = args[0], int(args[1]) if len(args) > 1 else 10000
    html = "--html" in sys.argv
    rng = random.Random(42)
    corpus = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--corpus=")), None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = corpus or os.path.join(tmp, "articles")
        os.makedirs(folder, exist_ok=True)
        reuse = corpus is not None and len(os.listdir(folder)) == n
        for i in range(0 if reuse else n):
            paras = article(rng, i)
            if html:
                body = "".join(f"<p>{p}</p>" for p in paras[1:])
                text = (f"<html><head><title>{paras[0]}</title></head><body><nav><a href='/'>Home</a></nav>"
                        f"<article><h1>{paras[0]}</h1>{body}</article><footer>Contact us</footer></body></html>")
                name = f"a{i:05d}.html"
            else:
                text, name = "\n\n".join(paras) + "\n", f"a{i:05d}.txt"
            with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
                fh.write(text)
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
