#!/usr/bin/env python3
"""Builds the bundled RIVM and CBS reference figures from the team's checked reference files.

Outputs, in the project's own tab-separated format with '#' lines for attribution:
  Sources/ETEStore/Resources/eenzaamheid-rivm.tsv   loneliness prevalence per municipality and
                                                     nationally (2012, 2016, 2020; 18+ and 65+)
  Sources/ETEStore/Resources/kenmerken-cbs-2020.tsv  the CBS characteristics the peer groups use
Values are copied as published (one decimal, or whole numbers); an empty source cell stays empty.
Run it again when newer reference files are checked in:
  python3 scripts/build-reference-resources.py [DATA_DIR]     (default ../shared/data)
"""
import csv
import os
import sys

LONELINESS_HEADER = """# Eenzaamheid per gemeente en landelijk: modelschattingen van het RIVM op basis van de Gezondheidsmonitor
# Volwassenen en Ouderen 2012, 2016 en 2020 (GGD'en, CBS en RIVM), gemeentegrenzen van 2020.
# Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor (StatLine, Gezondheid per wijk en buurt). Licentie: CC BY 4.0.
# Percentages zoals gepubliceerd; een leeg veld betekent dat de bron geen waarde heeft (sociale eenzaamheid in 2012).
# Omgezet naar dit formaat door ETE Workbench (scripts/build-reference-resources.py).
# kolommen: code<TAB>naam<TAB>jaar<TAB>leeftijd<TAB>eenzaam<TAB>ernstig_eenzaam<TAB>emotioneel_eenzaam<TAB>sociaal_eenzaam
"""

CHARACTERISTICS_HEADER = """# Kenmerken van gemeenten op 1 januari 2020 (gemeentegrenzen van 2020), voor de groep vergelijkbare gemeenten.
# Bron: CBS, Wijk- en buurtkaart 2020 (Kerncijfers wijken en buurten). Licentie: CC BY 4.0.
# Omgezet naar dit formaat door ETE Workbench (scripts/build-reference-resources.py).
# kolommen: code<TAB>naam<TAB>inwoners<TAB>pct_65_plus<TAB>pct_eenpersoonshuishoudens<TAB>omgevingsadressendichtheid<TAB>stedelijkheid
"""

RESOURCES = "Sources/ETEStore/Resources"


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(name, header, rows):
    out = os.path.join(RESOURCES, name)
    with open(out, "w", encoding="utf-8", newline="\n") as target:
        target.write(header)
        for fields in rows:
            if any("\t" in field or "\n" in field for field in fields):
                raise SystemExit(f"tab or newline in field: {fields}")
            target.write("\t".join(fields) + "\n")
    print(f"{len(rows)} regels geschreven naar {out}")


def main(data):
    loneliness = read(os.path.join(data, "loneliness_by_municipality.csv"))
    write("eenzaamheid-rivm.tsv", LONELINESS_HEADER, [
        [row["cbs_code"], row["name"], row["year"], row["age_group"], row["pct_lonely"],
         row["pct_severely_lonely"], row["pct_emotionally_lonely"], row["pct_socially_lonely"]]
        for row in sorted(loneliness, key=lambda r: (r["cbs_code"], r["year"], r["age_group"]))
    ])
    characteristics = read(os.path.join(data, "demographics_2020_by_municipality.csv"))
    write("kenmerken-cbs-2020.tsv", CHARACTERISTICS_HEADER, [
        [row["cbs_code"], row["name"], row["population_2020"], row["pct_65_plus"],
         row["pct_single_person_households"], row["address_density_per_km2"], row["urbanity_class"]]
        for row in sorted(characteristics, key=lambda r: r["cbs_code"])
    ])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
