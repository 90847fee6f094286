"""Search answers stay the same when the way of finding them changes: every query of a fixed
sample (one word, a 3-letter prefix, a word in one field, two words, an ISBN, a 001) is
asked in every sort and sort language at several offsets, and each answer (its total and the
ids of its page) is compared with the one the general path gives (the word index's ids
intersected, counted and sorted whole: neither the one-word path nor the title bands) and,
given --answers FILE, with the answers saved in FILE by an earlier run (written there when
FILE does not exist yet).

Run: python bench/check_search_answers.py [COUNT] [--postgresql URL] [--answers FILE]
(the catalog is bench/_catalog.py's, as bench_search.py uses)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.catalog import search as search_module
from app.catalog.folding import SORT_LANGUAGES
from app.catalog.folding import words as folded_words
from app.catalog.search import SORTS, search
from bench._catalog import catalog
from db.models import Record
from db.session import Database

PAGES = ((50, 0), (20, 30), (1, 0), (50, 1950))


def queries(db: Database) -> list[str]:
    rng = random.Random(11)
    with db.read() as session:
        titles = session.execute(select(Record.title).where(Record.id % 37 == 0)).scalars()
        words = sorted({w for t in titles for w in folded_words(t) if len(w) > 2})
        sample = session.execute(
            select(Record.isbn, Record.control_number).order_by(Record.id).limit(2000)
        ).all()
    chosen = [rng.choice(words) for _ in range(12)]
    out = list(chosen)
    out += [w[:3] for w in chosen[:6]]
    out += [f"ti:{w}" for w in chosen[:3]] + [f"au:{w[:4]}" for w in chosen[3:6]]
    out += [f"{a} {b[:4]}" for a, b in zip(chosen[:6], chosen[6:], strict=True)]
    out += ["a", "т", "zzzzqq"]
    out += [next(r.isbn for r in sample if r.isbn), f"id:{sample[7].control_number}"]
    return out


def answers(db: Database, qs: list[str]) -> dict[str, list]:
    found: dict[str, list] = {}
    for q in qs:
        for sort in SORTS:
            for language in SORT_LANGUAGES:
                for limit, offset in PAGES:
                    r = search(db, q, limit, offset, sort, language)
                    key = f"{q}|{sort}|{language}|{limit}|{offset}"
                    found[key] = [r.total, [h.id for h in r.hits]]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=200_000)
    parser.add_argument("--postgresql", default=None, metavar="URL")
    parser.add_argument("--answers", type=Path, default=None, metavar="FILE")
    parser.add_argument("--no-general", action="store_true", help="skip the general path")
    args = parser.parse_args()
    db = catalog(args.count, args.postgresql)
    qs = queries(db)
    t0 = time.perf_counter()
    fast = answers(db, qs)
    print(f"{len(fast)} answers in {time.perf_counter() - t0:.1f} s")
    failed = 0
    if not args.no_general:
        original = search_module._one_word, search_module._plain_words
        search_module._one_word = lambda query: None
        search_module._plain_words = lambda query, numbers=False: (
            None
        )  # words together: no title bands
        try:
            general = answers(db, qs)
        finally:
            search_module._one_word, search_module._plain_words = original
        wrong = [k for k in fast if fast[k] != general[k]]
        for k in wrong[:10]:
            print(f"differs from the general path: {k}: {fast[k]} != {general[k]}")
        print(f"general path: {len(wrong)} of {len(fast)} answers differ")
        failed += len(wrong)
    if args.answers is not None:
        if args.answers.exists():
            saved = json.loads(args.answers.read_text())
            wrong = [k for k in fast if saved.get(k) != fast[k]]
            for k in wrong[:10]:
                print(f"differs from {args.answers}: {k}: {fast[k]} != {saved.get(k)}")
            print(f"saved answers: {len(wrong)} of {len(fast)} differ")
            failed += len(wrong)
        else:
            args.answers.write_text(json.dumps(fast))
            print(f"answers saved to {args.answers}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
