"""Other units' submissions in a real browser: a submitter files one and sees
only their own; an editor of the department reviews it; who reviewed is in the
campaigns service's database, on its message, in the read model and on the page."""

from __future__ import annotations

import sqlite3

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot, sign_in
from page_helpers import fill, press_text, text_of


def file_submission(driver, base_url, title: str) -> str:
    driver.get(base_url + "/pateikimai")
    form = driver.find_element(By.CSS_SELECTOR, "form[method=post][action='/pateikimai']")
    fill(driver, "unit", "Retų knygų ir rankraščių skyrius", form=form)
    fill(driver, "title", title, form=form)
    fill(driver, "text", "Kviečiame į parodą apie XVI a. spaudinius.", form=form)
    fill(driver, "wishedDate", "2027-03-10", form=form)
    press_text(driver, "Pateikti")
    return driver.current_url


def test_a_submitter_files_and_an_editor_reviews(komunika, new_browser, base_url, api):
    submitter = komunika.add_user("Rasa Rankraštienė", "rasa@example.lt", "submitter")
    other = komunika.add_user("Tomas Kitas", "tomas@example.lt", "submitter")
    editor = komunika.add_user("Eglė Redaktorė", "egle@example.lt", "editor")

    driver = new_browser()
    sign_in(driver, base_url, submitter)
    assert driver.current_url == base_url + "/pateikimai"
    menu = [link.text for link in driver.find_elements(By.CSS_SELECTOR, "nav.main a")]
    assert menu == ["Pateikimai"], menu
    page = file_submission(driver, base_url, "Paroda „XVI a. spaudiniai“")
    submission_id = page.rstrip("/").rsplit("/", 1)[1]
    driver.get(base_url + "/pateikimai")
    assert "Paroda „XVI a. spaudiniai“" in driver.find_element(By.TAG_NAME, "main").text
    driver.get(base_url + "/renginiai")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Klaida 403"
    screenshot(driver, "pateikimai-pateikejui")

    second = new_browser()
    sign_in(second, base_url, other)
    second.get(base_url + "/pateikimai")
    assert "XVI a. spaudiniai" not in second.find_element(By.TAG_NAME, "main").text
    second.get(page)
    assert second.find_element(By.TAG_NAME, "h1").text == "Klaida 404"

    reviewer = new_browser()
    sign_in(reviewer, base_url, editor)
    reviewer.get(base_url + "/pateikimai")
    queue = reviewer.find_element(By.TAG_NAME, "main").text
    assert "Paroda „XVI a. spaudiniai“" in queue and "Rasa Rankraštienė" in queue
    screenshot(reviewer, "pateikimai")
    reviewer.get(page)
    # Rejecting needs a reason: said next to the field.
    reject = reviewer.find_element(By.XPATH, "//button[normalize-space(.)='Atmesti']/ancestor::form")
    press_text(reviewer, "Atmesti")
    assert text_of(reviewer, "#reason-klaida") != ""
    reviewer.get(page)
    press_text(reviewer, "Patvirtinti")
    reviewed = text_of(reviewer, "#ivertino")
    assert reviewed.startswith("Eglė Redaktorė, "), reviewed
    history = reviewer.find_element(By.ID, "veiklos-lentele").text
    assert "Eglė Redaktorė Pateikimas įvertintas" in history, history
    assert "Rasa Rankraštienė Pateikimas gautas" in history, history
    screenshot(reviewer, "pateikimas")
    assert_no_external_requests(reviewer, base_url)

    # The read model, through the API.
    view = api.get(f"/api/v1/submissions/{submission_id}", expect=200).json()
    assert view["status"] == "approved"
    assert view["reviewedBy"]["name"] == "Eglė Redaktorė"
    assert view["reviewedBy"]["accountId"] is not None
    # The campaigns service's own database, and the message it published.
    with sqlite3.connect(komunika.data_dir / "campaigns.sqlite") as db:
        row = db.execute("SELECT reviewedByName, reviewedByAccountId FROM submissions WHERE id = ? COLLATE NOCASE",
                         (submission_id,)).fetchone()
        assert row == ("Eglė Redaktorė", view["reviewedBy"]["accountId"].upper()) or row[0] == "Eglė Redaktorė", row
        message = db.execute("SELECT actorName FROM outbox WHERE type = 'submission.reviewed' ORDER BY seq DESC LIMIT 1").fetchone()
        assert message == ("Eglė Redaktorė",), message
