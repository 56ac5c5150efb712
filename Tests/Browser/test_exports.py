"""A CSV export in a real browser: a name typed as a spreadsheet formula into
the staff event page's registration form comes out of the page's CSV link (and
the API's) neutralised, with the BOM and the Lithuanian file name; formulas a
member of the public types into the public registration form come out the same."""

from __future__ import annotations

import csv
import io
import uuid

from selenium.webdriver.common.by import By

from browser_support import cookie_header
from komunika_system import http_request
from page_helpers import fill, press_text


def test_a_formula_typed_into_a_form_comes_out_of_the_csv_neutralised(signed_in_admin, base_url, api):
    title = f"Čiurlionio vakaras {uuid.uuid4().hex[:6]}"
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": {"lt": title}, "startsAt": "2027-03-10T18:00", "endsAt": "2027-03-10T20:00",
        "venue": {"kind": "library-hall", "hall": "Mažoji salė"}, "organisingUnit": "Komunikacijos skyrius",
        "capacity": 10}, expect=201).json()
    for status in ["approved", "scheduled"]:
        api.post(f"/api/v1/events/{event['id']}/transitions", {"to": status}, expect=200)

    driver = signed_in_admin
    driver.get(f"{base_url}/renginiai/{event['id']}")
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/registracijos']")
    typed = '=HYPERLINK("http://x","y")'
    fill(driver, "name", typed, form=form)
    fill(driver, "email", "formule@example.lt", form=form)
    press_text(driver, "Registruoti")

    link = driver.find_element(By.XPATH, "//a[normalize-space(.)='Registracijos (CSV)']")
    answer = http_request("GET", link.get_attribute("href"), headers=cookie_header(driver))
    assert answer.status == 200, answer.text
    assert answer.header("Content-Type") == "text/csv; charset=utf-8; header=present"
    assert "filename*=UTF-8''%C4%8Ciurlionio%20vakaras%20" in answer.header("Content-Disposition")
    assert answer.body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(answer.body.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["registrationId", "name", "email", "organisation", "status", "position", "registeredAt"]
    assert len(rows) == 2, rows
    assert rows[1][1:6] == ["'" + typed, "formule@example.lt", "", "accepted", ""], rows[1]

    from_api = api.get(f"/api/v1/events/{event['id']}/registrations.csv", expect=200)
    assert from_api.body == answer.body


def test_formulas_typed_into_the_public_registration_form_come_out_of_the_csv_neutralised(new_browser, base_url, api):
    title = f"Vakaras su poetais {uuid.uuid4().hex[:6]}"
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": {"lt": title}, "startsAt": "2027-04-14T18:00", "endsAt": "2027-04-14T20:00",
        "venue": {"kind": "library-hall", "hall": "Mažoji salė"}, "organisingUnit": "Komunikacijos skyrius",
        "capacity": 10}, expect=201).json()
    for status in ["approved", "scheduled"]:
        api.post(f"/api/v1/events/{event['id']}/transitions", {"to": status}, expect=200)

    # A member of the public, no account, types formulas into the event's public form.
    driver = new_browser()
    driver.get(f"{base_url}/kalendorius/{event['id'].lower()}")
    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/registracija']")
    name = '=HYPERLINK("http://x","y")'
    organisation = "+SUM(1,2)"
    fill(driver, "name", name, form=form)
    fill(driver, "email", "viesa.formule@example.lt", form=form)
    fill(driver, "organisation", organisation, form=form)
    form.find_element(By.ID, "consent").click()
    press_text(driver, "Registruotis")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Užregistruota"

    answer = api.get(f"/api/v1/events/{event['id']}/registrations.csv", expect=200)
    rows = list(csv.reader(io.StringIO(answer.body.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2, rows
    assert rows[1][1:5] == ["'" + name, "viesa.formule@example.lt", "'" + organisation, "accepted"], rows[1]
