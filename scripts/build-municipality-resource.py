#!/usr/bin/env python3
"""Builds Sources/ETEStore/Resources/gemeenten-2024.tsv from the checked CBS reference list.

Input: a CSV with the columns cbs_code, name, province, population_end_2024 (the team's
reference copy lives in ../shared/data/municipalities.csv). Output: the project's own
tab-separated format with '#' comment lines for attribution. Run it again when CBS
publishes a new municipality list:  python3 scripts/build-municipality-resource.py IN.csv
"""
import csv
import sys

HEADER = """# Gemeenten 2024 met CBS-code, officiele naam, provincie en inwonertal op 31 december 2024.
# Bron: CBS, Gemeenten alfabetisch 2024 en StatLine 37230NED (Bevolkingsontwikkeling; regio per maand).
# Licentie: CC BY 4.0 (Centraal Bureau voor de Statistiek). Omgezet naar dit formaat door ETE Workbench.
# kolommen: code<TAB>naam<TAB>provincie<TAB>inwoners
"""

def main(path: str) -> None:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: row["cbs_code"])
    out = "Sources/ETEStore/Resources/gemeenten-2024.tsv"
    with open(out, "w", encoding="utf-8", newline="\n") as target:
        target.write(HEADER)
        for row in rows:
            fields = [row["cbs_code"], row["name"], row["province"], row["population_end_2024"]]
            if any("\t" in field for field in fields):
                raise SystemExit(f"tab in field: {fields}")
            target.write("\t".join(fields) + "\n")
    print(f"{len(rows)} gemeenten geschreven naar {out}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/municipalities.csv")
