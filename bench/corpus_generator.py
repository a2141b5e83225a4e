#!/usr/bin/env python3
"""Writes a deterministic corpus of invented defence-news articles for the benchmarks.

Usage: bench/corpus_generator.py --count N --out DIR [--seed 17] [--html]

The same seed and count always give the same files, byte for byte (a000000.txt, a000001.txt, ...).
Everything here is invented for the benchmarks (no text is taken from any real article): 3-6 KB
articles in English in the style of defence news, about 500 speakers with offices, money and GDP
figures, dates 2014-2026, ~10 % press-conference transcripts, ~5 % near-duplicate wire copies of an
earlier article, and recurring lines that speakers repeat, reworded, over the years. The vocabulary
is real English, so that a search for "defence industry" or "ammunition" means something.
A folder that already holds exactly N files written with the same seed is left as it is.
"""
import argparse
import os
import random
import sys

FIRST = ("Anna Piotr Maren Tomas Ilse Rafael Sofia Lars Eva Jonas Helena Marek Ingrid Luca Clara Mikkel "
         "Petra Andrei Laura Nils Katrin Dario Elif Henrik Agnes Milan Greta Pavel Irene Oskar Judit Sven "
         "Lena Karel Nadia Emil Vera Stefan Olga Matteo Rita Kasper Alina Jakub Sanne Bruno Hanne Viktor "
         "Marta Tobias").split()
LAST = ("Kowal Berg Lindqvist Moreau Dahl Santos Novak Brandt Voss Duarte Haugen Richter Kovacs Rossi "
        "Jensen Weber Horvat Nowak Larsen Fischer Costa Petrov Lambert Olsen Baumann Marin Keller Popescu "
        "Nielsen Schmidt Ferreira Dvorak Holm Laurent Varga Bianchi Strand Meyer Ionescu Silva Eriksen "
        "Wagner Fontaine Kral Aalto Conti Vogel Sorensen Janssen Martens Dubois Halvorsen Pereira Lund "
        "Becker Romano Toth Hansen Marek Ekman").split()
COUNTRIES = ["Norway", "Denmark", "Poland", "Germany", "France", "Italy", "Spain", "Portugal",
             "the Netherlands", "Belgium", "Estonia", "Latvia", "Lithuania", "Finland", "Sweden", "Romania",
             "Bulgaria", "Greece", "Turkey", "Canada", "Hungary", "Slovakia", "Czechia", "Croatia",
             "Slovenia", "Albania", "Montenegro", "Iceland", "Luxembourg"]
COMPANIES = ["Nordic Munitions Group", "Baltic Shipyards", "Helios Aerospace", "Vantor Systems",
             "Alpine Armour Works", "Meridian Defence", "Corvex Industries", "Atlas Propellants",
             "Sentinel Radar", "Harbor Naval Engineering", "Trident Electronics", "Granite Vehicles"]
GOV_ROLES = ["Defence Minister", "Foreign Minister", "Prime Minister", "Chief of Defence",
             "Finance Minister", "State Secretary for Defence", "Ambassador to NATO"]
NATO_ROLES = ["NATO Secretary General", "NATO Deputy Secretary General", "Supreme Allied Commander Europe",
              "Chair of the NATO Military Committee", "NATO spokesperson"]
CORP_ROLES = ["chief executive", "chief financial officer", "head of land systems", "president",
              "head of production"]
PUBLISHERS = ["Defence Wire", "Northern Security Review", "Alliance Daily", "The Procurement Monitor",
              "Capital Herald", "Security Affairs Weekly", "Baltic Observer", "Eurasia Defence News"]
MONTHS = "January February March April May June July August September October November December".split()
CITIES = ["Brussels", "Oslo", "Warsaw", "Berlin", "Paris", "Rome", "Madrid", "Tallinn", "Vilnius", "Riga",
          "Helsinki", "Stockholm", "Bucharest", "Ottawa", "The Hague", "Copenhagen", "Prague", "Vienna"]

SUBJECTS = ["ammunition production", "air defence", "artillery shells", "the defence industry",
            "naval shipbuilding", "armoured vehicles", "missile stocks", "drone production",
            "cyber defence", "military mobility", "the eastern flank", "fighter aircraft",
            "long-range fires", "munitions factories", "defence spending", "the supply chain",
            "explosives", "satellite communications", "border security", "training ranges"]
VERBS = ["said", "told reporters", "said in an interview", "added", "stressed", "warned", "noted",
         "said on", "told parliament", "argued"]
# Recurring lines: each is a family of rewordings that speakers repeat over the years.
TALKING_POINTS = [
    ["We must spend more on {s}, and we must spend it better",
     "We have to spend more on {s} and spend it better",
     "Spending more on {s} is not enough, we must also spend it better"],
    ["The defence industry needs long-term contracts for {s} to invest in new production lines",
     "Industry needs long contracts for {s} before it can invest in new lines",
     "Without long-term orders for {s} the defence industry will not build new production lines"],
    ["Our stocks are too low for the threats {c} faces",
     "Stocks are far too low for the threats that {c} now faces",
     "{c} does not have enough in stock for the threats ahead"],
    ["Two percent of GDP is a floor for {c}, not a ceiling",
     "For {c} two percent should be the floor and not the ceiling",
     "{c} sees two percent of GDP as a minimum, not a maximum"],
    ["{s} is the most urgent gap in the alliance",
     "The most urgent gap we have is {s}",
     "Closing the gap in {s} is our most urgent task"],
    ["Factories for {s} are running three shifts and still cannot keep up with demand",
     "The plants for {s} work three shifts and they still cannot meet demand",
     "Even with three shifts our factories for {s} cannot keep pace with orders"],
    ["Deterrence on the border of {c} only works if it is credible",
     "Deterrence on the border of {c} works only when it is credible",
     "A deterrent on the border of {c} that is not credible deters nobody"],
    ["We will deliver the {s} we promised to {c}",
     "We are going to deliver all the {s} we promised {c}",
     "Nobody should doubt that we will deliver the {s} we promised {c}"],
    ["Europe must take more responsibility for {s}",
     "Europeans have to take more responsibility for {s}",
     "It is time for Europe to carry more of the burden of {s}"],
    ["Buying {s} together with {c} lowers prices and speeds up deliveries",
     "Buying {s} together with {c} brings prices down and deliveries forward",
     "When we buy {s} together with {c}, we pay less and receive it sooner"],
]
ADJ = ["new", "additional", "urgent", "long-delayed", "multi-year", "joint", "national", "European"]
NOUNS = ["contract", "order", "programme", "framework agreement", "investment plan", "package", "budget"]
FILLER = [
    "The ministry published its annual procurement review on {day}, listing delays in several programmes "
    "and a shortage of skilled welders in the northern yards.",
    "Analysts expect the order book for {subject} to grow as governments replace equipment sent abroad, "
    "although supply chains for explosives remain tight across the continent.",
    "Several companies reported that they had hired hundreds of engineers, while unions warned that "
    "training new staff takes years rather than months.",
    "Officials in {city} said the plan would be presented to allies at the next meeting of defence "
    "ministers, where {subject} is expected to dominate the agenda.",
    "Parliament is due to vote on the budget in {month}, and opposition parties have asked for more "
    "detail on how the money for {subject} will be spent.",
    "The alliance has asked members to report their plans for {subject} before the summit, and several "
    "capitals have yet to answer.",
    "{company} said its order backlog had reached a record, and that it planned to open a second plant "
    "near {city} within two years.",
    "Critics say the money would be better spent on maintenance and spare parts, which have been "
    "neglected for a decade.",
    "The government has not said how the increase will be financed, but officials have mentioned a "
    "special fund outside the regular budget.",
    "Exercises on the eastern flank this year involved more than {n} troops from {k} allied nations, "
    "the largest such deployment since the end of the Cold War.",
    "A report by the national audit office found that {subject} had been underfunded for years and that "
    "readiness targets were missed in most units.",
    "Industry groups welcomed the decision but warned that prices for steel, energy and electronics "
    "continue to rise.",
]


def make_speakers(rng):
    people = []
    seen = set()
    while len(people) < 500:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in seen:
            continue
        seen.add(name)
        r = rng.random()
        if r < 0.55:
            office = f"{rng.choice(GOV_ROLES)} of {rng.choice(COUNTRIES)}"
        elif r < 0.7:
            office = rng.choice(NATO_ROLES)
        else:
            office = f"{rng.choice(CORP_ROLES)} of {rng.choice(COMPANIES)}"
        people.append((name, office))
    return people


def date_text(rng, year):
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"


def money(rng):
    cur = rng.choice(["\u20ac", "$", "\u00a3"])
    if rng.random() < 0.6:
        return f"{cur}{rng.randint(1, 90)}.{rng.randint(0, 9)} billion"
    return f"{cur}{rng.randint(50, 950)} million"


def gdp(rng):
    return rng.choice(["2%", "2.5%", "3%", "3.5%", "5%", "1.5 percent", "two percent", "3.5 percent"])


def quote_line(rng, year):
    family = TALKING_POINTS[rng.randrange(len(TALKING_POINTS))]
    # The wording drifts with the years: early years favour the first form, later years the last.
    idx = min(len(family) - 1, max(0, int((year - 2014) / 13 * len(family) + rng.uniform(-1, 1))))
    line = family[idx].format(s=rng.choice(SUBJECTS), c=rng.choice(COUNTRIES))
    return line[0].upper() + line[1:]


# Real English words for freshly worded lines, so that two quotes seldom share more than a word or
# two (as in real reporting) while searches for common defence terms still find many.
VERBS_Q = ("build buy order deliver fund train deploy replace repair modernise protect defend expand "
           "double reduce close open secure finance test certify produce assemble store move share "
           "integrate upgrade negotiate sign approve review cancel delay accelerate strengthen support "
           "recruit reform rebuild supply ship patrol monitor guard reinforce equip prepare plan").split()
ADJS_Q = ("modern reliable heavy light mobile coastal northern southern eastern western regional national "
          "joint allied fresh larger smaller faster cheaper stronger secure digital armoured naval "
          "airborne strategic tactical urgent permanent temporary flexible resilient domestic foreign "
          "advanced proven affordable sustainable critical essential additional new older spare").split()
NOUNS_Q = ("radars tanks frigates submarines helicopters drones satellites bridges ports railways depots "
           "warehouses barracks airfields runways hangars bunkers shelters pipelines cables networks "
           "sensors missiles launchers rifles trucks engines turbines batteries chips lasers cameras "
           "uniforms rations vaccines hospitals clinics schools academies engineers pilots sailors "
           "soldiers reservists officers mechanics welders programmers analysts inspectors brigades "
           "battalions squadrons fleets garrisons checkpoints corridors harbours shipyards factories "
           "foundries laboratories workshops contracts budgets reserves stockpiles inventories exports "
           "imports licences standards exercises drills manoeuvres partnerships agreements treaties "
           "sanctions tariffs loans grants investments salaries pensions housing fuel steel aluminium "
           "titanium gunpowder explosives shells rockets torpedoes mines vessels icebreakers tankers "
           "transporters simulators computers software codes maps forecasts archives").split()
PLACES_Q = ("along the coast|in the north|near the border|across the region|in the capital|on the islands|"
            "in the Arctic|around the Baltic|in the Black Sea|on the eastern flank|at home|abroad|"
            "in every province|along the rivers|in the mountains|at sea").split("|")
WHEN_Q = ("this year|next year|by the end of the decade|within five years|before winter|by next summer|"
          "over the next budget period|in the coming months|from January|as soon as possible|"
          "before the summit|within the current term").split("|")
OPENERS = ["Frankly,", "Let me be clear:", "Today", "For the first time", "After years of cuts,", "As we speak,",
           "Together with our allies,", "With this decision,", "Make no mistake:", "In my view", "Step by step",
           "", "", "", ""]
MODALS = ["we will", "we must", "we are going to", "we have to", "we intend to", "we plan to", "we can",
          "we should", "our government will", "the ministry will", "industry must", "the alliance needs to"]


def fresh_quote(rng, subject):
    line = (f"{rng.choice(OPENERS)} {rng.choice(MODALS)} {rng.choice(VERBS_Q)} {rng.choice(ADJS_Q)} "
            f"{rng.choice(NOUNS_Q)} and {rng.choice(ADJS_Q)} {rng.choice(NOUNS_Q)} {rng.choice(PLACES_Q)} "
            f"{rng.choice(WHEN_Q)}").strip()
    if rng.random() < 0.4:
        line += f", because {subject} depends on {rng.choice(NOUNS_Q)}"
    return line[0].upper() + line[1:]


def filler(rng, subject):
    return rng.choice(FILLER).format(day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
                                     subject=subject, city=rng.choice(CITIES), month=rng.choice(MONTHS),
                                     company=rng.choice(COMPANIES), n=rng.randint(5, 60) * 1000,
                                     k=rng.randint(5, 30))


def news_article(rng, i, people):
    year = rng.randint(2014, 2026)
    subject = rng.choice(SUBJECTS)
    cast = rng.sample(people, rng.randint(2, 4))
    lead_name, lead_office = cast[0]
    title = rng.choice([
        f"{lead_office.split(' of ')[-1]} plans {money(rng)} for {subject}",
        f"Allies debate {subject} as spending rises",
        f"{lead_name.split()[-1]} calls for more investment in {subject}",
        f"New {rng.choice(NOUNS)} for {subject} announced in {rng.choice(CITIES)}",
    ])
    title = title[0].upper() + title[1:]
    paras = [title, f"{rng.choice(PUBLISHERS)} \u2014 {date_text(rng, year)}"]
    paras.append(f"{rng.choice(CITIES).upper()} \u2014 {lead_name}, the {lead_office}, announced {money(rng)} "
                 f"for {subject} on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, "
                 f"saying the country would reach {gdp(rng)} of GDP by {rng.randint(year + 1, 2035)}.")
    size = rng.randint(3000, 5800)
    while sum(len(p) + 2 for p in paras) < size:
        name, office = rng.choice(cast)
        kind = rng.random()
        if kind < 0.10:
            paras.append(f"\u201c{quote_line(rng, year)},\u201d {name.split()[-1]} {rng.choice(VERBS[:3])}. "
                         f"{filler(rng, subject)}")
        elif kind < 0.40:
            paras.append(f"\u201c{fresh_quote(rng, subject)},\u201d said {name}, the {office}.")
        elif kind < 0.52:
            paras.append(f"The {rng.choice(NOUNS)} is worth {money(rng)} over {rng.randint(2, 10)} years, and "
                         f"allies aim to spend {gdp(rng)} of GDP on defence by {rng.randint(year + 1, 2035)}.")
        elif kind < 0.60:
            line = quote_line(rng, year)
            paras.append(f"{name} {rng.choice(VERBS)} that {line[0].lower()}{line[1:]}.")
        else:
            paras.append(" ".join(filler(rng, subject) for _ in range(rng.randint(1, 3))))
    return paras


def transcript(rng, i, people):
    year = rng.randint(2014, 2026)
    subject = rng.choice(SUBJECTS)
    name, office = rng.choice(people)
    last = name.split()[-1].upper()
    paras = [f"Press conference by the {office}, {name}, on {subject}",
             f"{date_text(rng, year)}, {rng.choice(CITIES)}", "As delivered"]
    paras.append(f"MODERATOR: Good afternoon. The {office} will take a few questions on {subject}.")
    size = rng.randint(3000, 5800)
    while sum(len(p) + 2 for p in paras) < size:
        paras.append(f"Q: {rng.choice(['What does this mean for', 'How much will you spend on', 'When will allies agree on'])} "
                     f"{subject}?")
        answer = [quote_line(rng, year) + ".", fresh_quote(rng, subject) + "."]
        if rng.random() < 0.5:
            answer.append(f"We have set aside {money(rng)} and we will reach {gdp(rng)} of GDP by "
                          f"{rng.randint(year + 1, 2035)}.")
        rng.shuffle(answer)
        paras.append(f"{last}: " + " ".join(answer))
    paras.append("MODERATOR: Thank you, that is all we have time for.")
    return paras


def wire_copy(rng, original):
    paras = list(original)
    paras[0] = rng.choice(["UPDATE 1-", "WIRE: ", "CORRECTED-"]) + paras[0]
    paras[1] = f"{rng.choice(PUBLISHERS)} \u2014 " + paras[1].split(" \u2014 ", 1)[-1]
    if len(paras) > 5:
        del paras[rng.randrange(3, len(paras))]
    paras.append("(Reporting by staff; editing by the news desk)")
    return paras


def to_html(paras):
    body = "".join(f"<p>{p}</p>" for p in paras[1:])
    return (f"<html><head><title>{paras[0]}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{paras[0]}</h1>{body}</article><footer>Contact us</footer></body></html>")


def generate(count, out, seed=17, html=False):
    os.makedirs(out, exist_ok=True)
    ext = "html" if html else "txt"
    stamp = os.path.join(out, ".corpus")
    tag = f"seed={seed} count={count} ext={ext} v=3\n"
    if os.path.exists(stamp) and open(stamp).read() == tag:
        return False
    # A folder written for another count or seed: its articles go, so none is left over.
    for name in os.listdir(out):
        if name.startswith("a") and name.split(".")[-1] in ("txt", "html") and name[1:-len(name.split(".")[-1]) - 1].isdigit():
            os.remove(os.path.join(out, name))
    rng = random.Random(seed)
    people = make_speakers(rng)
    recent = []
    for i in range(count):
        r = rng.random()
        if r < 0.05 and recent:
            paras = wire_copy(rng, rng.choice(recent))
        elif r < 0.15:
            paras = transcript(rng, i, people)
        else:
            paras = news_article(rng, i, people)
            recent.append(paras)
            if len(recent) > 50:
                recent.pop(0)
        text = to_html(paras) if html else "\n\n".join(paras) + "\n"
        with open(os.path.join(out, f"a{i:06d}.{ext}"), "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(stamp, "w") as fh:
        fh.write(tag)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--html", action="store_true")
    a = ap.parse_args()
    wrote = generate(a.count, a.out, a.seed, a.html)
    print(f"{'wrote' if wrote else 'kept'} {a.count} articles in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
