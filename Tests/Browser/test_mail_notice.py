"""The staff start page says when mails are only written to data/mail/ (the
browser tests' system sets no SMTP relay, as `make run` does not)."""

from __future__ import annotations

import time

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot


def test_the_start_page_says_mails_are_written_to_the_folder(signed_in_admin, base_url, komunika):
    driver = signed_in_admin
    deadline = time.monotonic() + 20
    while True:
        driver.get(base_url + "/")
        notices = driver.find_elements(By.ID, "laiskai-aplanke-pranesimas")
        if notices or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert notices, "no notice that mails are only written to a folder"
    text = notices[0].text
    assert "El. laiškai nesiunčiami" in text, text
    assert "Pašto serveris (KOMUNIKA_SMTP_URL) nenurodytas, todėl laiškai tik įrašomi į aplanką data/mail/." in text, text
    assert f"Aplankas: {komunika.data_dir / 'mail'}" in text, text
    screenshot(driver, "pradzia-laiskai-aplanke")
    assert_no_external_requests(driver, base_url)

    driver.get(base_url + "/operacijos")
    driver.find_element(By.ID, "neissiustu-laisku-nuoroda").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Neišsiųsti laiškai"
    assert driver.find_element(By.ID, "neissiustu-nera").text == "Neišsiųstų laiškų nėra."
