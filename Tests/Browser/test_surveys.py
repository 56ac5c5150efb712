"""A survey in a real browser: built with the builder, published, answered
through the paper-answer form, and its results page (NPS computed by hand)."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot
from page_helpers import fill, press_text, text_of


def answer(driver, base_url, survey_id: str, score: int, channel: str) -> None:
    driver.get(f"{base_url}/apklausos/{survey_id}/atsakymas")
    for legend, value in [("Ar rekomenduotumėte biblioteką draugams?", str(score)), ("Iš kur sužinojote?", channel)]:
        fieldset = driver.find_element(By.XPATH, f"//fieldset[legend[contains(., '{legend}')]]")
        fieldset.find_element(By.CSS_SELECTOR, f"input[value='{value}']").click()
    press_text(driver, "Išsaugoti atsakymą")
    assert driver.find_element(By.ID, "issaugota").is_displayed()


def test_a_survey_is_built_published_answered_and_its_results_shown(signed_in_admin, base_url, api):
    driver = signed_in_admin
    driver.get(base_url + "/apklausos/nauja")
    fill(driver, "titleLt", "Lankytojų nuomonės apklausa")
    fill(driver, "purpose", "public-opinion")
    fill(driver, "n_type", "nps")
    fill(driver, "n_textLt", "Ar rekomenduotumėte biblioteką draugams?")
    press_text(driver, "Pridėti klausimą")
    fill(driver, "n_type", "single-choice")
    fill(driver, "n_textLt", "Iš kur sužinojote?")
    fill(driver, "n_options", "Radijas\nDraugai\nInternetas")
    press_text(driver, "Pridėti klausimą")
    builder = driver.find_element(By.TAG_NAME, "main").text
    assert builder.index("Ar rekomenduotumėte") < builder.index("Iš kur sužinojote?")
    screenshot(driver, "apklausos-kurimas")
    press_text(driver, "Sukurti apklausos juodraštį")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Lankytojų nuomonės apklausa", driver.find_element(By.TAG_NAME, "main").text
    survey_id = driver.current_url.rstrip("/").rsplit("/", 1)[1]
    press_text(driver, "Paskelbti", confirm=True)
    screenshot(driver, "apklausa")

    # Four paper answers: 10, 9 and 8, 3: two promoters, one detractor of four → NPS 25.
    for score, channel in [(10, "Radijas"), (9, "Draugai"), (8, "Radijas"), (3, "Internetas")]:
        answer(driver, base_url, survey_id, score, channel)
    screenshot(driver, "apklausos-atsakymas")

    driver.get(f"{base_url}/apklausos/{survey_id}/rezultatai")
    assert text_of(driver, "#nps") == "25"
    main = driver.find_element(By.TAG_NAME, "main")
    assert main.find_elements(By.CSS_SELECTOR, "svg.chart"), "charts drawn on the server"
    screenshot(driver, "apklausos-rezultatai")
    assert_no_external_requests(driver, base_url)
    results = api.get(f"/api/v1/surveys/{survey_id}/results", expect=200).json()
    assert results["responses"] == 4
