#!/usr/bin/env python3
"""Checks an HTML file as a reader and a printer meet it, in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium):

- the axe-core accessibility rules for WCAG 2.0/2.1 level A and AA (axe-core as bundled by the
  axe-core-python package), printed as JSON: {"violations": [{"id", "impact", "help", "nodes"}]};
- with --pdf, the page printed to PDF the way Chromium prints it (the CSS @page size and margin boxes);
- with --screenshot, a PNG of the first screen;
- with --width N, all of it on a screen N CSS pixels wide (a phone: 390), reporting how wide the page
  is then ("pageWidth": wider than N means the reader scrolls the whole page sideways).

Exit 0 when the check ran (whatever it found), 2 when Chromium or a package is missing.
Used by the tests (Tests/ETELetterTests) and runnable by hand:

    .venv/bin/python scripts/check-html.py reports/2024/Voortgangsbrief-2024.html --pdf /tmp/brief.pdf
"""

import argparse
import base64
import json
import pathlib
import shutil
import sys

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def start_chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1600"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def axe_violations(driver):
    import axe_core_python

    script = (pathlib.Path(axe_core_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    driver.execute_script(script)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(done, e => done({error: String(e)}));",
        WCAG_TAGS,
    )
    if "error" in result:
        raise RuntimeError(result["error"])
    return [
        {
            "id": violation["id"],
            "impact": violation.get("impact"),
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]],
        }
        for violation in result["violations"]
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("html", type=pathlib.Path)
    parser.add_argument("--pdf", type=pathlib.Path)
    parser.add_argument("--screenshot", type=pathlib.Path)
    parser.add_argument("--width", type=int)
    arguments = parser.parse_args()
    try:
        driver = start_chromium()
    except Exception as error:  # missing browser, driver or package
        print(f"Chromium kon niet starten: {error}", file=sys.stderr)
        return 2
    try:
        if arguments.width:
            driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": arguments.width, "height": 844, "deviceScaleFactor": 1, "mobile": True},
            )
        driver.get(arguments.html.resolve().as_uri())
        report = {"violations": axe_violations(driver), "axe": driver.execute_script("return axe.version")}
        report["pageWidth"] = driver.execute_script("return document.documentElement.scrollWidth")
        report["screenWidth"] = arguments.width or driver.execute_script("return window.innerWidth")
        if arguments.pdf:
            printed = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
            arguments.pdf.write_bytes(base64.b64decode(printed["data"]))
        if arguments.screenshot:
            driver.save_screenshot(str(arguments.screenshot))
        print(json.dumps(report, ensure_ascii=False))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
