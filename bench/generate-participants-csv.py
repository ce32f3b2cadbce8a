#!/usr/bin/env python3
"""Writes a participants CSV (the admin import's Dutch columns) for import benchmarks.

Addresses are drawn from the demo postcode table, so the offline geocoder finds them; e-mail addresses are unique.
usage: bench/generate-participants-csv.py ROWS CBS_CODE > file.csv     (e.g. 100000 GM0355)
"""
import csv
import random
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "burgernet-ejb/src/main/resources/nl/burgernet/geo/postcodes-demo.csv"


def postcodes(cbs):
    rows = (line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return [r["postcode"] for r in csv.DictReader(rows) if r["municipality"] == cbs]


def main():
    rows, cbs = int(sys.argv[1]), sys.argv[2]
    codes = postcodes(cbs)
    if not codes:
        sys.exit(f"no demo postcodes for {cbs}")
    rnd = random.Random(42)
    out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    out.writerow(["e-mail", "mobiel", "postcode", "huisnummer", "toevoeging", "geboortejaar", "taal", "kanalen"])
    for i in range(rows):
        sms = rnd.random() < 0.25
        out.writerow([
            f"bench{i}@example.org",
            f"06{rnd.randrange(10_000_000, 99_999_999)}" if sms else "",
            rnd.choice(codes),
            rnd.randrange(1, 200),
            "",
            rnd.randrange(1940, 2008),
            "nl",
            "email;sms" if sms else "email",
        ])


if __name__ == "__main__":
    main()
