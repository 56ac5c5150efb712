"""The events' pages in a real browser against the real executables: propose an
event through the form, approve and schedule it, register three people, check
one in, and see the start page's numbers equal the API's."""

from __future__ import annotations

import datetime
import zoneinfo

from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, cookie_header, screenshot
from page_helpers import fill, form_token, post_form, press, press_text, text_of

VILNIUS = zoneinfo.ZoneInfo("Europe/Vilnius")
MONTHS = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
          "lapkričio", "gruodžio"]


def lithuanian_day(moment: datetime.datetime) -> str:
    local = moment.astimezone(VILNIUS)
    return f"{local.year} m. {MONTHS[local.month - 1]} {local.day} d."


def propose(driver, base_url, *, title, starts, ends, hall, capacity):
    driver.get(base_url + "/renginiai/naujas")
    fill(driver, "type", "exhibition")
    fill(driver, "title_lt", title)
    fill(driver, "starts_at", starts)
    fill(driver, "ends_at", ends)
    fill(driver, "venue_kind", "library-hall")
    fill(driver, "hall", hall)
    fill(driver, "capacity", str(capacity))
    press_text(driver, "Siūlyti")


def test_an_event_from_proposal_to_check_in(signed_in_admin, base_url, api, komunika):
    driver = signed_in_admin
    # A missing field: the message next to it, what was typed kept.
    driver.get(base_url + "/renginiai/naujas")
    screenshot(driver, "renginio-forma")
    fill(driver, "type", "exhibition")
    fill(driver, "starts_at", "2027-02-24T18:00")
    fill(driver, "ends_at", "2027-02-24T20:00")
    fill(driver, "hall", "Konferencijų salė")
    press_text(driver, "Siūlyti")
    assert text_of(driver, "#title_lt-klaida") == "Įrašykite pavadinimą lietuviškai."
    assert driver.find_element(By.ID, "title_lt").get_attribute("aria-invalid") == "true"
    assert driver.find_element(By.ID, "hall").get_attribute("value") == "Konferencijų salė"
    screenshot(driver, "renginio-forma-klaida")

    # The event of this test starts in two hours, so its check-in list is open.
    start = (datetime.datetime.now(VILNIUS) + datetime.timedelta(hours=2)).replace(second=0, microsecond=0)
    end = start + datetime.timedelta(hours=2)
    title = "Žalčių karalienė: lietuvių pasakų paroda"
    propose(driver, base_url, title=title, starts=start.strftime("%Y-%m-%dT%H:%M"), ends=end.strftime("%Y-%m-%dT%H:%M"),
            hall="Parodų erdvė", capacity=2)
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert text_of(driver, "#renginio-busena") == "Pasiūlytas"
    assert lithuanian_day(start) in driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    event_url = driver.current_url
    event_id = event_url.rsplit("/", 1)[1]

    # The Events Council approves it; who and when are on the page.
    press_text(driver, "Patvirtinti (Renginių taryba)")
    assert text_of(driver, "#renginio-busena") == "Patvirtintas"
    approval = text_of(driver, "#patvirtino")
    assert approval.startswith("Vardenis Pavardenis, " + lithuanian_day(datetime.datetime.now(VILNIUS))), approval
    press_text(driver, "Skelbti (suplanuoti)")
    assert text_of(driver, "#renginio-busena") == "Suplanuotas"
    event = api.get(f"/api/v1/events/{event_id}", expect=200).json()
    assert event["status"] == "scheduled"
    assert event["approvedBy"]["name"] == "Vardenis Pavardenis"

    # Three people for two places: the third waits.
    for name, email in [("Ona Onaitė", "ona@example.lt"), ("Jonas Jonaitis", "jonas@example.lt"),
                        ("Ąžuolas Žemaitis", "azuolas@example.lt")]:
        form = driver.find_element(By.CSS_SELECTOR, f"form[action='/renginiai/{event_id}/registracijos']")
        fill(driver, "name", name, form=form)
        fill(driver, "email", email, form=form)
        press_text(driver, "Registruoti")
    assert text_of(driver, "#uzpildymas") == "2 / 2"
    registered = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "#registraciju-lentele tbody tr")]
    assert [line.split(" ")[0] for line in registered] == ["Ona", "Jonas"], registered
    waiting = driver.find_element(By.CSS_SELECTOR, "#laukianciuju-lentele tbody").text
    assert waiting.startswith("1 Ąžuolas Žemaitis azuolas@example.lt"), waiting

    # One-click check-in.
    press_text(driver, "Atvyko: Ona Onaitė")
    rows = driver.find_elements(By.CSS_SELECTOR, "#registraciju-lentele tbody tr")
    assert "Atvyko" in rows[0].text and "Atvyko" not in rows[1].text
    registrations = api.get(f"/api/v1/events/{event_id}/registrations", expect=200).json()["items"]
    attended = {item["name"]: item["attended"] for item in registrations}
    assert attended["Ona Onaitė"] is True and attended["Jonas Jonaitis"] is None, attended
    history = driver.find_element(By.ID, "veiklos-lentele").text
    assert "Vardenis Pavardenis Patvirtino Renginių taryba" in history, history
    screenshot(driver, "renginys")
    assert_csp_default_self(event_url, headers=cookie_header(driver))
    assert_no_external_requests(driver, base_url)

    # The start page says what the API says.
    driver.get(base_url + "/")
    demand = api.get("/api/v1/stats/demand", expect=200).json()
    assert text_of(driver, "#skaicius-registracijos") == str(demand["total"]["accepted"])
    assert text_of(driver, "#skaicius-laukia") == str(demand["total"]["waitlisted"])
    week = driver.find_element(By.ID, "savaites-renginiai").text
    if start.isocalendar()[:2] == datetime.datetime.now(VILNIUS).isocalendar()[:2]:
        assert title in week
    screenshot(driver, "pradzia")
    assert_no_external_requests(driver, base_url)

    for path, name in [("/renginiai", "renginiai"), ("/renginiai/kalendorius", "renginiu-kalendorius"),
                       (f"/renginiai/planas/{start.year}", "renginiu-planas"),
                       (f"/renginiai/paklausa/{start.year}", "renginiu-paklausa"), ("/paieska?q=zalciu", "paieska")]:
        driver.get(base_url + path)
        screenshot(driver, name)
        assert_no_external_requests(driver, base_url)
    # The search finds Žalčių from zalciu.
    assert title in driver.find_element(By.CSS_SELECTOR, "main").text


def test_a_double_booked_hall_is_shown_before_and_when_saving(signed_in_admin, base_url):
    driver = signed_in_admin
    propose(driver, base_url, title="Knygos „Vilniaus kiemai“ pristatymas", starts="2027-02-24T18:00",
            ends="2027-02-24T20:00", hall="Konferencijų salė", capacity=80)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Knygos „Vilniaus kiemai“ pristatymas"
    assert "2027 m. vasario 24 d. 18:00–20:00" in driver.find_element(By.CSS_SELECTOR, "dl.facts").text

    driver.get(base_url + "/renginiai/naujas")
    fill(driver, "type", "conference")
    fill(driver, "title_lt", "Bibliotekininkų konferencija")
    fill(driver, "starts_at", "2027-02-24T19:00")
    fill(driver, "ends_at", "2027-02-24T21:00")
    fill(driver, "hall", "konferencijų salė")
    press_text(driver, "Tikrinti salę")
    assert text_of(driver, "#sales-patikra") == (
        "Salė „konferencijų salė“ tuo metu užimta: „Knygos „Vilniaus kiemai“ pristatymas“ "
        "(2027 m. vasario 24 d. 18:00–20:00).")
    press_text(driver, "Siūlyti")
    assert text_of(driver, "#hall-klaida") == (
        "Salė „konferencijų salė“ tuo metu užimta: „Knygos „Vilniaus kiemai“ pristatymas“ "
        "(2027 m. vasario 24 d. 18:00–20:00).")
    assert driver.find_element(By.ID, "title_lt").get_attribute("value") == "Bibliotekininkų konferencija"
    screenshot(driver, "renginio-forma-sale-uzimta")


def test_a_viewer_sees_no_form_that_changes_anything_and_a_forged_post_is_refused(komunika, new_browser, base_url, api):
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": "Skaitytojo puslapis", "startsAt": "2027-03-03T17:00:00+02:00",
        "endsAt": "2027-03-03T18:30:00+02:00", "venue": {"kind": "library-hall", "hall": "Kino salė"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius", "capacity": 30}, expect=201).json()
    account = komunika.add_user("Skaitytoja Skaitytojienė", "skaitytoja@example.lt", "viewer")
    from browser_support import sign_in
    driver = new_browser()
    sign_in(driver, base_url, account)
    for path in ["/renginiai", f"/renginiai/{event['id'].lower()}"]:
        driver.get(base_url + path)
        forms = [form.get_attribute("action") for form in driver.find_elements(By.CSS_SELECTOR, "form[method=post]")]
        assert forms == [base_url + "/atsijungimas"], forms
        assert driver.find_elements(By.LINK_TEXT, "Siūlyti renginį") == []
    screenshot(driver, "renginys-skaitytojui")
    status, body = post_form(driver, base_url, f"/renginiai/{event['id'].lower()}/busena",
                             {"csrf": form_token(driver), "to": "approved"})
    assert status == 403, body
    assert "Jūsų vaidmuo – skaitytojas; tam reikia vaidmens „redaktorius“ ar aukštesnio." in body
    assert api.get(f"/api/v1/events/{event['id']}", expect=200).json()["status"] == "proposed"


def test_the_pages_fit_a_phone(signed_in_admin, base_url):
    driver = signed_in_admin
    driver.set_window_size(390, 844)
    for path, name in [("/", "telefonas-pradzia"), ("/renginiai", "telefonas-renginiai"),
                       ("/renginiai/naujas", "telefonas-renginio-forma")]:
        driver.get(base_url + path)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} is {overflow} px wider than a phone's screen"
        screenshot(driver, name)
