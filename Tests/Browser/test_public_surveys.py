"""The public's survey form in a real browser, no account: a survey made and
published by staff through the API is answered through /klausimynas/{id}; a
wrong answer is shown next to its question; after a valid one the thank-you
page shows and the staff API's results change by exactly that answer; an
invitation link works once and its second use is refused."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot, wait_for_new_page
from page_helpers import text_of

QUESTIONS = [
    {"id": "rekomendacija", "type": "nps", "textLt": "Ar rekomenduotumėte biblioteką?",
     "textEn": "Would you recommend the library?", "required": True},
    {"id": "zvaigzdutes", "type": "star-rating", "textLt": "Kaip vertinate paslaugas?",
     "textEn": "How do you rate the services?", "required": True},
    {"id": "kanalas", "type": "single-choice", "textLt": "Iš kur sužinojote?", "textEn": "How did you hear of it?",
     "required": False, "options": ["Radijas", "Draugai", "Internetas"]},
    {"id": "temos", "type": "multiple-choice", "textLt": "Kas domina?", "textEn": "What interests you?",
     "required": False, "options": ["Parodos", "Knygų pristatymai", "Mokymai"]},
    {"id": "patogu", "type": "likert", "textLt": "Biblioteka yra patogi.", "textEn": "The library is convenient.",
     "required": False},
    {"id": "apsilankymai", "type": "number", "textLt": "Kiek kartų per metus lankotės?",
     "textEn": "How many times a year do you visit?", "required": False},
    {"id": "pastabos", "type": "free-text", "textLt": "Pastabos", "textEn": "Remarks", "required": False},
]


def published_survey(api, title: str, **settings) -> str:
    survey = api.post("/api/v1/surveys", {
        "titleLt": title, "titleEn": "Readers' survey", "purpose": "public-opinion", "anonymous": True,
        "questions": QUESTIONS, **settings}, expect=201).json()
    api.post(f"/api/v1/surveys/{survey['id']}/transitions", {"to": "open"}, expect=200)
    return survey["id"].lower()


def results(api, survey_id: str) -> dict:
    return api.get(f"/api/v1/surveys/{survey_id}/results", expect=200).json()


def counts(result: dict, question: str) -> dict:
    found = next(q for q in result["questions"] if q["id"] == question)
    return {str(bucket["value"]): bucket["count"] for bucket in found["distribution"]}


def chosen(result: dict, question: str) -> dict:
    """The values answered at least once, with their counts."""
    return {value: count for value, count in counts(result, question).items() if count}


def choose(driver, question: str, value: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f"input[name='a_{question}'][value='{value}']").click()


def send(driver) -> None:
    button = driver.find_element(By.ID, "siusti-atsakyma")
    button.click()
    wait_for_new_page(driver, button)


def wait_for(check, *, timeout: float = 10):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def test_a_survey_is_answered_through_the_public_form_and_the_results_change_by_that_answer(browser, base_url, api):
    driver = browser
    survey_id = published_survey(api, "Skaitytojų nuomonės apklausa")
    before = results(api, survey_id)
    assert before["responses"] == 0

    url = f"{base_url}/klausimynas/{survey_id}"
    assert_csp_default_self(url)
    driver.get(url)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Skaitytojų nuomonės apklausa"
    assert not driver.find_elements(By.CSS_SELECTOR, "nav.main"), "no staff navigation for the public"
    legends = [legend.text for legend in driver.find_elements(By.TAG_NAME, "legend")]
    assert legends[0] == "1. Ar rekomenduotumėte biblioteką? privalomas"
    assert legends[6] == "7. Pastabos"
    screenshot(driver, "viesas-klausimynas")

    # A wrong answer: the required question left out, words where a number goes.
    choose(driver, "zvaigzdutes", "4")
    driver.find_element(By.ID, "a_apsilankymai").send_keys("daug")
    driver.find_element(By.ID, "a_pastabos").send_keys("Puiki skaitykla")
    send(driver)
    assert text_of(driver, "#a_rekomendacija-klaida") == "Atsakykite į šį klausimą."
    assert text_of(driver, "#a_apsilankymai-klaida") == "Įveskite skaičių (pvz. 3 arba 2,5)."
    recommend = driver.find_element(By.XPATH, "//fieldset[.//input[@name='a_rekomendacija']]")
    assert recommend.find_element(By.CSS_SELECTOR, ".field-error").text == "Atsakykite į šį klausimą.", "next to its question"
    assert driver.find_element(By.CSS_SELECTOR, "input[name='a_zvaigzdutes'][value='4']").is_selected(), "kept"
    assert driver.find_element(By.ID, "a_pastabos").get_attribute("value") == "Puiki skaitykla", "kept"
    screenshot(driver, "viesas-klausimynas-klaidos")
    assert results(api, survey_id)["responses"] == 0

    choose(driver, "rekomendacija", "9")
    choose(driver, "kanalas", "Radijas")
    choose(driver, "temos", "Parodos")
    choose(driver, "temos", "Mokymai")
    choose(driver, "patogu", "5")
    visits = driver.find_element(By.ID, "a_apsilankymai")
    visits.clear()
    visits.send_keys("12,5")
    send(driver)
    assert driver.current_url == f"{base_url}/klausimynas/{survey_id}/aciu"
    assert text_of(driver, "#aciu") == "Ačiū! Jūsų atsakymas gautas."
    screenshot(driver, "viesas-klausimynas-aciu")

    after = wait_for(lambda: (r := results(api, survey_id))["responses"] == 1 and r)
    assert after["responses"] == 1
    assert after["nps"] == 100, "one promoter (9): NPS 100"
    assert after["satisfaction"] == 4, "the stars, the first rating question"
    assert chosen(after, "rekomendacija") == {"9": 1}
    assert chosen(after, "zvaigzdutes") == {"4": 1}
    assert counts(after, "kanalas") == {"Radijas": 1, "Draugai": 0, "Internetas": 0}
    assert counts(after, "temos") == {"Parodos": 1, "Knygų pristatymai": 0, "Mokymai": 1}
    assert chosen(after, "patogu") == {"5": 1}
    visits_result = next(q for q in after["questions"] if q["id"] == "apsilankymai")
    assert visits_result["answers"] == 1 and visits_result["mean"] == 12.5
    comments = api.get(f"/api/v1/surveys/{survey_id}/responses.csv", expect=200).body.decode("utf-8-sig")
    assert "Puiki skaitykla" in comments

    # The same form in English, by the switch.
    driver.get(url)
    switch = driver.find_element(By.CSS_SELECTOR, "ul.languages a[lang=en]")
    switch.click()
    wait_for_new_page(driver, switch)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Readers' survey"
    legends = [legend.text for legend in driver.find_elements(By.TAG_NAME, "legend")]
    assert legends[0] == "1. Would you recommend the library? required"
    send(driver)
    assert text_of(driver, "#a_rekomendacija-klaida") == "Answer this question."
    screenshot(driver, "viesas-klausimynas-en")
    assert_no_external_requests(driver, base_url)


def test_an_invitation_link_takes_one_answer_and_its_second_use_is_refused(browser, new_browser, base_url, api):
    driver = browser
    survey_id = published_survey(api, "Bibliotekininkų apklausa", oneAnswerPerInvitation=True)
    issued = api.post(f"/api/v1/surveys/{survey_id}/invitations",
                      {"invitees": [{"name": "Ona Onaitė", "email": "ona@biblioteka.lt"}]}, expect=201).json()
    assert issued["invited"] == 1 and issued["alreadyInvited"] == 0
    link = issued["invitations"][0]["link"]
    parts = urlsplit(link)
    assert parts.path == f"/klausimynas/{survey_id}" and parts.query.startswith("kvietimas=")
    again = api.post(f"/api/v1/surveys/{survey_id}/invitations",
                     {"invitees": [{"name": "Ona Onaitė", "email": "ONA@biblioteka.lt"}]}, expect=200).json()
    assert again["invited"] == 0 and again["alreadyInvited"] == 1

    driver.get(f"{base_url}/klausimynas/{survey_id}")
    assert text_of(driver, "#atsisakymas") == (
        "Į šią apklausą atsakoma tik pagal kvietimą: atverkite asmeninę nuorodą iš kvietimo laiško.")

    personal = f"{base_url}{parts.path}?{parts.query}"
    # A second browser opens the same link before the first answers.
    other = new_browser()
    other.get(personal)
    driver.get(personal)
    choose(driver, "rekomendacija", "10")
    choose(driver, "zvaigzdutes", "5")
    send(driver)
    assert text_of(driver, "#aciu") == "Ačiū! Jūsų atsakymas gautas."
    assert wait_for(lambda: results(api, survey_id)["responses"] == 1)

    used = "Pagal šį kvietimą jau atsakyta: į apklausą atsakoma vieną kartą pagal vieną kvietimą."
    driver.get(personal)
    assert text_of(driver, "#atsisakymas") == used
    screenshot(driver, "kvietimas-panaudotas")
    choose(other, "rekomendacija", "0")
    choose(other, "zvaigzdutes", "1")
    send(other)
    assert text_of(other, "#atsisakymas") == used
    assert results(api, survey_id)["responses"] == 1
    assert chosen(results(api, survey_id), "rekomendacija") == {"10": 1}

    refused = api.post(f"/api/v1/surveys/{survey_id}/responses",
                       {"answers": {"rekomendacija": 3, "zvaigzdutes": 2}, "invitation": parts.query.split("=", 1)[1]},
                       expect=409).json()
    assert refused["type"].endswith("/invitation-used")
    assert_no_external_requests(driver, base_url)
