"""Small helpers of the page tests: filling and sending forms as a person does."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from browser_support import wait_for_new_page


def fill(driver: WebDriver, name: str, value: str, *, form=None) -> None:
    """Types `value` into the field named `name` (a select is chosen by value,
    a date-time field set as the browser's picker would)."""
    scope = form if form is not None else driver
    field = scope.find_element(By.NAME, name)
    kind = (field.get_attribute("type") or "").lower()
    if field.tag_name == "select":
        Select(field).select_by_value(value)
    elif kind in ("datetime-local", "date"):
        driver.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", field, value
        )
    else:
        field.clear()
        field.send_keys(value)


def press(driver: WebDriver, button, *, confirm: bool = False) -> None:
    """Clicks `button` and waits for the page its form answered with; with
    `confirm`, the button asks first (`data-confirm`) and the question is answered yes."""
    button.click()
    if confirm:
        WebDriverWait(driver, 5).until(expected_conditions.alert_is_present(), message="the button asked nothing")
        driver.switch_to.alert.accept()
    wait_for_new_page(driver, button)


def press_text(driver: WebDriver, text: str, *, confirm: bool = False) -> None:
    """Clicks the button whose words are `text`."""
    press(driver, driver.find_element(By.XPATH, f"//button[normalize-space(.)='{text}']"), confirm=confirm)


def text_of(driver: WebDriver, css: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, css).text.strip()


def post_form(driver: WebDriver, base_url: str, path: str, fields: dict[str, str]) -> tuple[int, str]:
    """POSTs a form as the browser's session would (its cookies), outside the
    browser: a forged request. Answers the status and the body."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(
        base_url + path,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def form_token(driver: WebDriver) -> str:
    """The page's form token (every form carries it; the sign-out form does on every page)."""
    return driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")
