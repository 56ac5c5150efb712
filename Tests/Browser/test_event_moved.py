"""A scheduled event moved through the staff's edit page in a real browser: a
clash with another event's hall is said next to the field, the new time is saved,
the public page shows it, and the person registered finds the mail komunika-mail
wrote (no SMTP relay in these tests: an `.eml` file in data/mail/) with the
updated invitation: the same UID, SEQUENCE 1, the new start."""

from __future__ import annotations

import datetime

import icalendar
from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot
from page_helpers import fill, press_text, text_of

TITLE = "Poezijos pavasario vakaras"
UTC = datetime.timezone.utc


def test_the_staff_move_a_scheduled_event_and_the_registered_get_the_new_invitation(signed_in_admin, base_url, api, komunika):
    driver = signed_in_admin
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": TITLE, "startsAt": "2028-05-17T18:00:00+03:00", "endsAt": "2028-05-17T20:00:00+03:00",
        "venue": {"kind": "library-hall", "hall": "Skaitykla 2028"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius", "capacity": 30}, expect=201).json()
    for status in ("approved", "scheduled"):
        api.post(f"/api/v1/events/{event['id']}/transitions", {"to": status}, expect=200)
    api.post("/api/v1/events", {
        "type": "exhibition", "title": "Skaityklos paroda", "startsAt": "2028-05-24T17:00:00+03:00",
        "endsAt": "2028-05-24T19:00:00+03:00", "venue": {"kind": "library-hall", "hall": "Skaitykla 2028"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius"}, expect=201)
    api.post(f"/api/v1/events/{event['id']}/registrations",
             {"name": "Gintarė Šalčiūtė", "email": "gintare.salciute@example.lt"}, expect=201)
    komunika.written_mail("gintare.salciute@example.lt", f"Registracija patvirtinta: {TITLE}")

    driver.get(f"{base_url}/renginiai/{event['id'].lower()}/redaguoti")
    fill(driver, "starts_at", "2028-05-24T18:00")
    fill(driver, "ends_at", "2028-05-24T20:00")
    press_text(driver, "Išsaugoti")
    assert text_of(driver, "#hall-klaida") == (
        "Salė „Skaitykla 2028“ tuo metu užimta: „Skaityklos paroda“ (2028 m. gegužės 24 d. 17:00–19:00).")
    fill(driver, "starts_at", "2028-05-31T18:00")
    fill(driver, "ends_at", "2028-05-31T20:00")
    press_text(driver, "Išsaugoti")
    assert driver.find_element(By.TAG_NAME, "h1").text == TITLE
    assert "2028 m. gegužės 31 d. 18:00–20:00" in driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    screenshot(driver, "renginys-perkeltas")

    driver.get(f"{base_url}/kalendorius/{event['id'].lower()}")
    assert text_of(driver, "#renginio-laikas").startswith("2028 m. gegužės 31 d. 18:00")
    assert_no_external_requests(driver, base_url)

    mail = komunika.written_mail("gintare.salciute@example.lt", f"Renginio laikas pasikeitė: {TITLE}")
    plain = mail.get_body(preferencelist=("plain",)).get_content()
    assert "Naujas laikas: 2028 m. gegužės 31 d. 18:00." in plain, plain
    [attachment] = [part for part in mail.iter_attachments() if part.get_content_type() == "text/calendar"]
    vevent = icalendar.Calendar.from_ical(attachment.get_content()).walk("VEVENT")[0]
    assert str(vevent["UID"]) == f"{event['id'].upper()}@komunika.lnb.lt"
    assert int(vevent["SEQUENCE"]) == 1
    assert vevent.decoded("DTSTART") == datetime.datetime(2028, 5, 31, 15, 0, tzinfo=UTC)
