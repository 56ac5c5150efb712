"""The public training pages in a real browser, without an account, against the
real executables: a librarian finds a course in the catalogue and enrols through
the form; the staff mark attendance and complete the session through the API;
the librarian then checks the certificate's page by its code. A full session
puts the next librarian on the waiting list with its number, and cancelling by
the link gives the place to them."""

from __future__ import annotations

import datetime
import zoneinfo

from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot
from page_helpers import fill, press, press_text, text_of

VILNIUS = zoneinfo.ZoneInfo("Europe/Vilnius")
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]


def plan(api, title: str, *, starts: str, ends: str, capacity: int) -> tuple[dict, dict]:
    """A course and one session of it, made by the staff through the API."""
    course = api.post("/api/v1/courses", {
        "titleLt": title, "topic": "media-relations", "description": "Kaip rašyti pranešimus ir kalbėti su žurnalistais."},
        expect=201).json()
    session = api.post(f"/api/v1/courses/{course['id']}/sessions", {
        "startsAt": starts, "endsAt": ends, "place": {"kind": "lithuania", "city": "Kaunas", "address": "Radastų g. 2"},
        "capacity": capacity, "trainer": "Rūta Žemaitytė"}, expect=201).json()
    course["id"], session["id"] = course["id"].lower(), session["id"].lower()  # as the pages write them
    return course, session


def enrol(driver, base_url: str, session_id: str, *, name: str, email: str, institution: str, municipality: str,
          consent: bool = True, button: str = "Registruotis") -> None:
    """Fills the session's enrolment form as a librarian does and sends it (by its
    button, "Enrol" in English)."""
    driver.get(f"{base_url}/kursai/sesijos/{session_id}/registracija")
    fill(driver, "name", name)
    fill(driver, "email", email)
    fill(driver, "institution", institution)
    fill(driver, "municipality", municipality)
    if consent:
        driver.find_element(By.ID, "consent").click()
    press_text(driver, button)


def test_a_librarian_enrols_and_later_verifies_the_certificate(new_browser, base_url, api):
    title = "Ryšiai su žiniasklaida bibliotekose"
    course, session = plan(api, title, starts="2030-03-12T10:00", ends="2030-03-12T16:00", capacity=20)
    driver = new_browser()

    # The catalogue shows the course with its session; its link leads to the form.
    driver.get(base_url + "/kursai")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Mokymai bibliotekininkams"
    card = driver.find_element(By.ID, f"sesija-{session['id']}")
    assert "2030 m. kovo 12 d. 10:00–16:00" in card.text, card.text
    assert "Radastų g. 2, Kaunas" in card.text, card.text
    assert card.find_element(By.CSS_SELECTOR, ".places-left").text == "20"
    screenshot(driver, "kursai")
    press(driver, card.find_element(By.CSS_SELECTOR, "a.button"))
    assert driver.current_url == f"{base_url}/kursai/sesijos/{session['id']}/registracija"
    assert driver.find_element(By.LINK_TEXT, "privatumo pranešimas").get_attribute("href") == base_url + "/privatumas"
    options = driver.find_elements(By.CSS_SELECTOR, "select[name=municipality] option")
    assert len(options) == 61 and options[1].text == "Akmenės rajono savivaldybė" and options[-1].text == "Zarasų rajono savivaldybė"

    # Without the consent: the message next to the box, what was typed kept.
    enrol(driver, base_url, session["id"], name="Ona Šimkutė", email="ona.simkute@kaunas.mvb.lt",
          institution="Kauno apskrities viešoji biblioteka", municipality="Kauno miesto savivaldybė", consent=False)
    assert text_of(driver, "#consent-klaida") == "Pažymėkite, kad sutinkate su asmens duomenų tvarkymu."
    assert driver.find_element(By.NAME, "name").get_attribute("value") == "Ona Šimkutė"
    screenshot(driver, "kursai-registracija-klaida")
    driver.find_element(By.ID, "consent").click()
    press_text(driver, "Registruotis")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Jūs užregistruoti"
    assert text_of(driver, "#registracijos-atsakymas") == f"Jūs užregistruoti į mokymus „{title}“, 2030 m. kovo 12 d. 10:00–16:00."
    screenshot(driver, "kursai-uzregistruota")
    assert_no_external_requests(driver, base_url)
    for path in ("/kursai", f"/kursai/{course['id']}", f"/kursai/sesijos/{session['id']}/registracija"):
        assert_csp_default_self(base_url + path)

    # The staff see her enrolment, mark her present and complete the session.
    enrolments = api.get(f"/api/v1/sessions/{session['id']}/enrolments", expect=200).json()["items"]
    assert [(e["name"], e["institution"], e["municipality"], e["email"], e["status"]) for e in enrolments] == [
        ("Ona Šimkutė", "Kauno apskrities viešoji biblioteka", "Kauno miesto savivaldybė", "ona.simkute@kaunas.mvb.lt",
         "accepted")]
    api.put(f"/api/v1/sessions/{session['id']}/enrolments/{enrolments[0]['id']}/attendance", {"attendance": "present"},
            expect=200)
    api.post(f"/api/v1/sessions/{session['id']}/transitions", {"to": "completed"}, expect=200)
    certificates = api.get(f"/api/v1/sessions/{session['id']}/certificates", expect=200).json()["items"]
    assert len(certificates) == 1, certificates
    code = certificates[0]["code"]

    # Later the librarian checks the certificate by its code.
    driver.get(f"{base_url}/sertifikatai/{code}")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Pažymėjimo tikrinimas"
    assert text_of(driver, "#vardas") == "Ona Šimkutė"
    assert text_of(driver, "#kursas") == title
    assert text_of(driver, "#istaiga") == "Kauno apskrities viešoji biblioteka"
    assert text_of(driver, "#data") == "2030 m. kovo 12 d."
    assert text_of(driver, "#kodas") == code
    screenshot(driver, "sertifikatas")
    press(driver, driver.find_element(By.CSS_SELECTOR, "ul.languages a[lang=en]"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Certificate check"
    today = datetime.datetime.now(VILNIUS)
    assert text_of(driver, "#isduotas") == f"{today.day} {ENGLISH_MONTHS[today.month - 1]} {today.year}"
    assert text_of(driver, "#data") == "12 March 2030"
    screenshot(driver, "sertifikatas-en")
    assert_csp_default_self(f"{base_url}/sertifikatai/{code}")

    driver.get(f"{base_url}/sertifikatai/AAAA-BBBB-CCCC")
    assert text_of(driver, "main p") == "No certificate has this code."
    assert_no_external_requests(driver, base_url)


def test_a_full_session_gives_the_waiting_list_number_and_a_cancelled_place_goes_to_it(new_browser, base_url, api):
    title = "Renginių organizavimas"
    _, session = plan(api, title, starts="2030-05-20T13:00", ends="2030-05-20T15:30", capacity=1)
    first = new_browser()
    enrol(first, base_url, session["id"], name="Jonas Žukauskas", email="jonas@panevezys.lt",
          institution="Panevėžio apskrities viešoji biblioteka", municipality="Panevėžio miesto savivaldybė")
    assert text_of(first, "#registracijos-atsakymas") == f"Jūs užregistruoti į mokymus „{title}“, 2030 m. gegužės 20 d. 13:00–15:30."
    cancel_link = first.find_element(By.ID, "atsaukti").get_attribute("href")

    # The same address again: the message next to the e-mail field.
    enrol(first, base_url, session["id"], name="Jonas Žukauskas", email="JONAS@panevezys.lt",
          institution="Panevėžio apskrities viešoji biblioteka", municipality="Panevėžio miesto savivaldybė")
    assert text_of(first, "#email-klaida") == "Šiuo el. pašto adresu į šią sesiją jau užsiregistruota."

    # The session is full: the second librarian, reading in English, is number 1 on the waiting list.
    second = new_browser(language="en")
    second.get(base_url + "/kursai")
    press(second, second.find_element(By.CSS_SELECTOR, "ul.languages a[lang=en]"))
    card = second.find_element(By.ID, f"sesija-{session['id']}")
    assert "Full – you may join the waiting list" in card.text, card.text
    assert card.find_element(By.CSS_SELECTOR, ".places-left").text == "0"
    enrol(second, base_url, session["id"], name="Aldona Čepaitė", email="aldona@zarasai.lt",
          institution="Zarasų rajono savivaldybės viešoji biblioteka", municipality="Zarasų rajono savivaldybė",
          button="Enrol")
    assert second.find_element(By.TAG_NAME, "h1").text == "You are on the waiting list"
    assert text_of(second, "#registracijos-atsakymas") == (
        "The session is full: you are on the waiting list, number 1. When a place frees up, we will tell you by e-mail.")
    screenshot(second, "kursai-laukiantieji-en")
    assert_no_external_requests(second, base_url)

    # The first cancels by the link: a page with a button, and the place goes to the second.
    first.get(cancel_link)
    assert first.find_element(By.TAG_NAME, "h1").text == "Registracijos atšaukimas"
    assert "Jonas Žukauskas" in first.find_element(By.CSS_SELECTOR, "dl.facts").text
    screenshot(first, "kursai-atsaukimas")
    press_text(first, "Atšaukti registraciją")
    assert text_of(first, "#atsaukimo-atsakymas") == "Registracija atšaukta."
    assert first.find_elements(By.XPATH, "//button[normalize-space(.)='Atšaukti registraciją']") == []
    enrolments = api.get(f"/api/v1/sessions/{session['id']}/enrolments", expect=200).json()["items"]
    assert sorted((e["name"], e["status"]) for e in enrolments) == [
        ("Aldona Čepaitė", "accepted"), ("Jonas Žukauskas", "cancelled")]
    first.get(cancel_link[:-3] + "abc")
    assert first.find_element(By.TAG_NAME, "h1").text == "Klaida 404"
    assert_no_external_requests(first, base_url)
