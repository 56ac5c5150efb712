"""Signing in to the staff's web application in a real browser, against the real gateway."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from browser_support import (
    assert_csp_default_self,
    assert_no_external_requests,
    cookie_header,
    is_signed_in,
    screenshot,
    sign_in,
    sign_out,
)
from page_helpers import fill, form_token, post_form, press, text_of


def test_a_wrong_password_shows_the_message_and_the_right_one_signs_in(komunika, new_browser, base_url):
    account = komunika.add_user("Ona Onaitė", "ona.onaite@example.lt", "viewer")
    driver = new_browser()
    sign_in(driver, base_url, account)
    assert text_of(driver, ".account .who").startswith("Ona Onaitė")
    sign_out(driver)
    assert driver.current_url == base_url + "/prisijungimas"
    assert not is_signed_in(driver)

    fill(driver, "email", account.email)
    fill(driver, "password", "ne-tas-slaptazodis")
    press(driver, driver.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
    assert text_of(driver, "#prisijungimo-klaida") == "Neteisingas el. pašto adresas arba slaptažodis."
    screenshot(driver, "prisijungimas-neteisingas-slaptazodis")
    assert not is_signed_in(driver)

    fill(driver, "password", account.password)
    press(driver, driver.find_element(By.CSS_SELECTOR, "main button[type=submit]"))
    assert is_signed_in(driver)
    assert_no_external_requests(driver, base_url)


def test_the_sign_in_page_and_every_page_keep_to_the_gateway(komunika, browser, base_url):
    browser.get(base_url + "/prisijungimas")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Prisijungimas"
    assert browser.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "lt"
    screenshot(browser, "prisijungimas")
    assert_csp_default_self(base_url + "/prisijungimas")
    assert_no_external_requests(browser, base_url)


def test_the_english_switch_is_remembered(komunika, browser, base_url):
    browser.get(base_url + "/prisijungimas")
    press(browser, browser.find_element(By.LINK_TEXT, "English"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sign in"
    browser.get(base_url + "/prisijungimas")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sign in"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=password]").text == "Password"
    press(browser, browser.find_element(By.LINK_TEXT, "Lietuviškai"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Prisijungimas"


def test_a_post_without_the_form_token_is_refused(signed_in_admin, base_url, api):
    driver = signed_in_admin
    driver.get(base_url + "/paskyros")
    status, body = post_form(
        driver, base_url, "/paskyros", {"name": "Įsibrovėlis", "email": "isibrovelis@example.lt", "role": "admin"}
    )
    assert status == 403, body
    assert "Formos saugos žetonas neteisingas arba pasenęs." in body
    status, body = post_form(
        driver,
        base_url,
        "/paskyros",
        {"csrf": form_token(driver), "name": "Teisėta Paskyra", "email": "teiseta@example.lt", "role": "viewer"},
    )
    assert status == 200, body
    assert "teiseta@example.lt" in body
    driver.get(base_url + "/paskyros")
    emails = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "tbody td:nth-child(2)")]
    assert "isibrovelis@example.lt" not in emails and "teiseta@example.lt" in emails
    screenshot(driver, "paskyros")
    assert_csp_default_self(base_url + "/paskyros", headers=cookie_header(driver))
