"""The annual report page of a year, printed by the browser, against totals the
test computes itself from the JSON API."""

from __future__ import annotations

import base64
import datetime
import re
import zoneinfo

from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from browser_support import assert_no_external_requests, screenshot
from page_helpers import text_of

VILNIUS = zoneinfo.ZoneInfo("Europe/Vilnius")


def held_event(api, title: str, start: datetime.datetime, people: list[str], came: list[str]) -> str:
    """An event of this year taken through its life to held, with registrations and attendance, by the API."""
    end = start + datetime.timedelta(hours=2)
    event = api.post("/api/v1/events", {
        "type": "educational-action", "title": title, "startsAt": start.isoformat(), "endsAt": end.isoformat(),
        "venue": {"kind": "library-hall", "hall": "Edukacijų klasė"}, "organisingUnit": "Komunikacijos ir marketingo skyrius",
        "capacity": 10}, expect=201).json()
    path = f"/api/v1/events/{event['id']}"
    for status in ["approved", "scheduled"]:
        api.post(path + "/transitions", {"to": status}, expect=200)
    ids = {}
    for name in people:
        registration = api.post(path + "/registrations", {"name": name, "email": name.split()[0].lower() + "@example.lt"},
                                expect=201).json()
        ids[name] = registration["id"]
    for name in came:
        api.post(path + "/attendance", {"registrationId": ids[name], "attended": True}, expect=200)
    api.post(path + "/transitions", {"to": "held"}, expect=200)
    return event["id"]


def test_the_annual_report_prints_on_a4_and_its_totals_are_the_apis(signed_in_admin, base_url, api, public_api):
    now = datetime.datetime.now(VILNIUS)
    year = now.year
    start = datetime.datetime(year, 1, 15, 11, 0, tzinfo=VILNIUS)
    held_event(api, "Edukacija „Knygų restauravimas“", start, ["Rūta Rutkė", "Gintaras Gintė", "Eglė Eglaitė"],
               ["Rūta Rutkė", "Eglė Eglaitė"])

    survey = api.post("/api/v1/surveys", {
        "titleLt": "Metinė lankytojų apklausa", "purpose": "public-opinion", "anonymous": True,
        "questions": [{"id": "rekomendacija", "type": "nps", "textLt": "Ar rekomenduotumėte?", "required": True}]},
        expect=201).json()
    api.post(f"/api/v1/surveys/{survey['id']}/transitions", {"to": "open"}, expect=200)
    scores = [10, 10, 9, 7, 6, 2]
    for score in scores:
        public_api.post(f"/api/v1/surveys/{survey['id']}/responses", {"answers": {"rekomendacija": score}}, expect=201)

    # The test's own totals, from the API's event lists.
    window = {"from": f"{year}-01-01T00:00:00+02:00", "to": f"{year + 1}-01-01T00:00:00+02:00"}
    query = "&".join(f"{key}={value.replace('+', '%2B')}" for key, value in window.items())
    events = api.get(f"/api/v1/events?{query}&limit=500", expect=200).json()["items"]
    in_year = [e for e in events if e["status"] != "cancelled"
               and datetime.datetime.fromisoformat(e["startsAt"]).astimezone(VILNIUS).year == year]
    held = [e for e in in_year if e["status"] == "held"]
    registrations = sum(e["registrations"]["accepted"] for e in in_year)
    attended = 0
    for event in held:
        items = api.get(f"/api/v1/events/{event['id']}/registrations", expect=200).json()["items"]
        attended += sum(1 for item in items if item["status"] == "accepted" and item["attended"] is True)
    with_places = [e for e in in_year if e["capacity"]]
    fill = round(100 * sum(e["registrations"]["accepted"] for e in with_places) / sum(e["capacity"] for e in with_places))

    driver = signed_in_admin
    driver.get(f"{base_url}/ataskaitos/{year}")
    assert driver.find_element(By.TAG_NAME, "h1").text == f"{year} m. veiklos ataskaita"
    assert text_of(driver, "#ataskaita-ivyko") == str(len(held))
    assert text_of(driver, "#ataskaita-registracijos") == str(registrations)
    assert text_of(driver, "#ataskaita-dalyvavo") == str(attended)
    assert text_of(driver, "#ataskaita-uzpildymas") == f"{fill} %"
    by_type = driver.find_element(By.ID, "ataskaita-renginiai-pagal-rusi").text
    assert "Edukacinė veikla 1 0 0 0 1" in by_type, by_type
    # Surveys: every response of the year, the survey list's own figures; the
    # NPS of the year's answers by hand when this test's survey is all there is.
    surveys = api.get("/api/v1/surveys?limit=500", expect=200).json()["items"]
    responses = sum(api.get(f"/api/v1/surveys/{s['id']}/results", expect=200).json()["responses"] for s in surveys)
    assert text_of(driver, "#ataskaita-apklausu-atsakymai") == str(responses)
    if responses == len(scores):
        promoters = sum(1 for score in scores if score >= 9)
        detractors = sum(1 for score in scores if score <= 6)
        nps = round(100 * (promoters - detractors) / len(scores), 1)
        shown = text_of(driver, "#ataskaita-nps").replace(",", ".")
        assert float(shown) == nps, (shown, nps)
    screenshot(driver, "ataskaita")
    assert_no_external_requests(driver, base_url)

    # The same figures as JSON.
    report = api.get(f"/api/v1/reports/{year}", expect=200).json()
    assert report["year"] == year
    assert report["events"]["held"] == len(held)
    assert report["events"]["registrations"] == registrations
    assert report["events"]["attended"] == attended

    # Printed: A4 pages, the menu and buttons left out.
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(driver.print_page(options))
    assert pdf.startswith(b"%PDF-")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes, "the PDF has no page"
    width, height = (float(value) for value in boxes[0])
    # A4 is 595.3 × 841.9 points.
    assert abs(width - 595.3) < 1.5 and abs(height - 841.9) < 1.5, (width, height)
    assert driver.execute_script(
        "return matchMedia('print').matches || getComputedStyle(document.querySelector('nav.main')).display") != "none"
