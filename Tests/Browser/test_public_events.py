"""The public's event pages in a real browser against the real executables: a
member of the public (no account) opens the calendar, opens an event the staff
scheduled through the API, registers through the form, sees the waiting-list
number once the event is full, and cancels by the signed link in the mail that
komunika-mail wrote (no SMTP relay in these tests: an `.eml` file in data/mail/).
The event's JSON-LD and its .ics are parsed and checked field by field."""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
import zoneinfo

import icalendar
from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot
from komunika_system import http_request
from page_helpers import fill, press, press_text, text_of

VILNIUS = zoneinfo.ZoneInfo("Europe/Vilnius")
LIBRARY = "Lietuvos nacionalinė Martyno Mažvydo biblioteka"
LNB_ORIGIN = "https://www.lnb.lt"


def scheduled_event(api, *, title: str, title_en: str, start: datetime.datetime, capacity: int) -> dict:
    """An event the staff proposed, approved and scheduled through the API."""
    end = start + datetime.timedelta(hours=2)
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": {"lt": title, "en": title_en},
        "description": {"lt": "Autorius skaito ir pasakoja.", "en": "The author reads and talks."},
        "startsAt": start.isoformat(), "endsAt": end.isoformat(),
        "venue": {"kind": "library-hall", "hall": "Mažoji salė"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius", "capacity": capacity}, expect=201).json()
    for status in ("approved", "scheduled"):
        api.post(f"/api/v1/events/{event['id']}/transitions", {"to": status}, expect=200)
    return event


def register(driver, name: str, email: str, *, consent: bool = True) -> None:
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/registracija']")
    fill(driver, "name", name, form=form)
    fill(driver, "email", email, form=form)
    box = form.find_element(By.ID, "consent")
    if box.is_selected() != consent:
        box.click()
    press_text(driver, "Registruotis" if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "lt" else "Register")


def json_ld(driver) -> dict:
    return json.loads(driver.find_element(By.ID, "renginio-duomenys").get_attribute("textContent"))


def csp_violations(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]


def test_a_member_of_the_public_registers_waits_and_cancels_by_the_link(komunika, new_browser, base_url, api):
    start = (datetime.datetime.now(VILNIUS) + datetime.timedelta(days=3)).replace(hour=18, minute=0, second=0, microsecond=0)
    title = "Šiaurės vėjų knygos pristatymas"
    event = scheduled_event(api, title=title, title_en="Presenting “Northern Winds”", start=start, capacity=1)
    event_id = event["id"].lower()
    path = f"/kalendorius/{event_id}"

    # No account: the public calendar, the event on it, then its page.
    driver = new_browser()
    driver.get(base_url + "/kalendorius")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Renginių kalendorius"
    assert [a.text for a in driver.find_elements(By.CSS_SELECTOR, "nav.public a")] == ["Renginiai", "Mokymai", "Spaudai"]
    assert driver.find_elements(By.CSS_SELECTOR, "nav.main, form.search") == []
    item = driver.find_element(By.ID, f"renginys-{event_id}")
    assert "Liko vietų: 1" in item.text
    screenshot(driver, "viesas-kalendorius")
    press(driver, item.find_element(By.LINK_TEXT, title))
    assert driver.current_url == base_url + path
    assert driver.find_element(By.TAG_NAME, "h1").text == title

    # The schema.org Event, exactly.
    end = start + datetime.timedelta(hours=2)
    assert json_ld(driver) == {
        "@context": "https://schema.org", "@type": "Event", "name": title,
        "description": "Autorius skaito ir pasakoja.",
        "startDate": start.isoformat(), "endDate": end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": f"Mažoji salė, {LIBRARY}",
                     "address": {"@type": "PostalAddress", "streetAddress": "Gedimino pr. 51", "postalCode": "LT-01109",
                                 "addressLocality": "Vilnius", "addressCountry": "LT"}},
        "organizer": {"@type": "Organization", "name": LIBRARY, "url": "https://www.lnb.lt"},
        "offers": {"@type": "Offer", "price": "0", "priceCurrency": "EUR",
                   "availability": "https://schema.org/InStock", "url": base_url + path},
        "url": base_url + path, "inLanguage": "lt",
    }

    # Its own .ics: one VEVENT, read back with icalendar.
    ics = http_request("GET", base_url + path + ".ics", headers={"Accept": "text/calendar"})
    assert ics.status == 200 and ics.header("Content-Type") == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(ics.body)
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 1
    assert str(vevents[0]["SUMMARY"]) == title
    assert vevents[0].decoded("DTSTART") == start.astimezone(datetime.timezone.utc)
    assert vevents[0].decoded("DTEND") == end.astimezone(datetime.timezone.utc)
    assert str(vevents[0]["UID"]) == f"{event['id']}@komunika.lnb.lt"
    assert str(vevents[0]["STATUS"]) == "CONFIRMED"

    # Without the consent: the message next to the box, what was typed kept.
    register(driver, "Ona Onaitė", "ona.onaite@example.lt", consent=False)
    assert text_of(driver, "#consent-klaida") == "Registruotis galima tik sutikus, kad jūsų asmens duomenys būtų tvarkomi."
    assert driver.find_element(By.ID, "name").get_attribute("value") == "Ona Onaitė"
    register(driver, "Ona Onaitė", "ona.onaite@example.lt")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Užregistruota"
    assert text_of(driver, "#registracija-priimta") == "Registracija priimta – jūsų vieta renginyje užtikrinta."
    screenshot(driver, "viesa-registracija-priimta")

    # The event is full now: someone through the API waits first, then the form's next one is number 2.
    api.post(f"/api/v1/events/{event['id']}/registrations",
             {"name": "Jonas Jonaitis", "email": "jonas.jonaitis@example.lt"}, expect=201)
    driver.get(base_url + path)
    assert json_ld(driver)["offers"]["availability"] == "https://schema.org/SoldOut"
    assert text_of(driver, "#laisvos-vietos") == "Vietų nebėra – galite įsirašyti į laukiančiųjų sąrašą."
    screenshot(driver, "viesas-renginys-pilnas")
    register(driver, "Ąžuolas Žemaitis", "azuolas.zemaitis@example.lt")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Laukiančiųjų sąraše"
    assert text_of(driver, "#eiles-numeris") == "2"
    screenshot(driver, "viesa-registracija-laukia")
    registrations = {r["email"]: r for r in api.get(f"/api/v1/events/{event['id']}/registrations", expect=200).json()["items"]}
    assert registrations["azuolas.zemaitis@example.lt"]["status"] == "waitlisted"
    assert registrations["azuolas.zemaitis@example.lt"]["position"] == 2

    # Ona cancels by the link in her mail: a GET shows a button and cancels nothing; the button cancels.
    mail = komunika.written_mail("ona.onaite@example.lt", f"Registracija patvirtinta: {title}")
    plain = mail.get_body(preferencelist=("plain",)).get_content()
    links = re.findall(r"https?://[^/\s]+(/registracija/atsaukti/[A-Za-z0-9_\-.]+)", plain)
    assert len(links) == 1, plain
    link = links[0]
    driver.get(base_url + link)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Registracijos atšaukimas"
    assert text_of(driver, "#registruotasis") == "Ona Onaitė"
    assert api.get(f"/api/v1/events/{event['id']}/registrations", expect=200).json()["items"][0]["status"] == "accepted"
    screenshot(driver, "viesas-atsaukimas")
    press_text(driver, "Atšaukti registraciją")
    assert text_of(driver, "#atsaukta") == "Registracija atšaukta. Ačiū, kad pranešėte – vieta atiteks kitam."
    after = {r["email"]: r for r in api.get(f"/api/v1/events/{event['id']}/registrations", expect=200).json()["items"]}
    assert after["ona.onaite@example.lt"]["status"] == "cancelled"
    assert after["jonas.jonaitis@example.lt"]["status"] == "accepted"  # promoted from the waiting list
    assert after["azuolas.zemaitis@example.lt"]["position"] == 1
    # The same link again, and a link whose signature was changed.
    driver.get(base_url + link)
    assert text_of(driver, ".error-message") == "Ši registracija jau atšaukta."
    assert http_request("GET", base_url + link, headers={"Accept": "text/html"}).status == 410
    forged = http_request("GET", base_url + link[:-3] + "AAA", headers={"Accept": "text/html"})
    assert forged.status == 404
    assert "Ši nuoroda negalioja." in forged.text

    # Nothing left the gateway, the policy keeps every fetch at home, no CSP complaint about the JSON-LD.
    assert_no_external_requests(driver, base_url)
    assert csp_violations(driver) == []
    policy = assert_csp_default_self(base_url + path)
    assert "frame-ancestors 'self' https://www.lnb.lt;" in policy
    page = http_request("GET", base_url + path, headers={"Accept": "text/html"})
    assert page.header("X-Frame-Options") is None
    assert http_request("GET", base_url + "/prisijungimas", headers={"Accept": "text/html"}).header("X-Frame-Options") == "DENY"


def test_the_public_pages_in_english_and_the_json_for_lnb_lt(komunika, new_browser, base_url, api):
    start = (datetime.datetime.now(VILNIUS) + datetime.timedelta(days=5)).replace(hour=17, minute=30, second=0, microsecond=0)
    event = scheduled_event(api, title="Vaikų knygų popietė", title_en="Children's books afternoon", start=start, capacity=40)
    event_id = event["id"].lower()

    driver = new_browser()
    driver.get(base_url + f"/kalendorius/{event_id}")
    press(driver, driver.find_element(By.CSS_SELECTOR, "ul.languages a[lang=en]"))
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Children's books afternoon"
    assert json_ld(driver)["name"] == "Children's books afternoon"
    assert text_of(driver, "#laisvos-vietos") == "Places left: 40"
    register(driver, "", "not-an-address")
    assert text_of(driver, "#name-klaida") == "Enter your name."
    assert text_of(driver, "#email-klaida") == "“not-an-address” is not an e-mail address."
    screenshot(driver, "public-event-errors-en")
    register(driver, "Guest Reader", "guest.reader@example.lt")
    assert text_of(driver, "#registracija-priimta") == "Your registration is accepted – your place is reserved."
    screenshot(driver, "public-registered-en")
    driver.get(base_url + "/kalendorius")
    assert [a.text for a in driver.find_elements(By.CSS_SELECTOR, "nav.public a")] == ["Events", "Training", "Press"]
    screenshot(driver, "public-calendar-en")
    driver.get(base_url + "/privatumas")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Privacy notice"
    screenshot(driver, "privacy-notice-en")
    assert_no_external_requests(driver, base_url)

    # The JSON lnb.lt reads, with CORS for its origin only.
    listed = http_request("GET", base_url + "/api/v1/public/events?venue=" + urllib.parse.quote("Mažoji salė"),
                          headers={"Origin": LNB_ORIGIN})
    assert listed.status == 200
    assert listed.header("Access-Control-Allow-Origin") == LNB_ORIGIN
    item = next(i for i in listed.json()["items"] if i["id"] == event["id"])
    assert item["placesLeft"] == 39
    assert item["url"] == base_url + f"/kalendorius/{event_id}"
    other = http_request("GET", base_url + "/api/v1/public/events", headers={"Origin": "https://evil.example"})
    assert other.header("Access-Control-Allow-Origin") is None
    preflight = http_request("OPTIONS", base_url + "/api/v1/public/events",
                             headers={"Origin": LNB_ORIGIN, "Access-Control-Request-Method": "GET"})
    assert preflight.status == 204
    assert preflight.header("Access-Control-Allow-Methods") == "GET, HEAD, OPTIONS"
