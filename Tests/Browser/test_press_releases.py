"""A press release in a real browser: approved and distributed to a list from
its page; who distributed it is in the media-relations database, on its
message, in the read model and on the page."""

from __future__ import annotations

import sqlite3

from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from browser_support import assert_no_external_requests, screenshot
from page_helpers import press_text, text_of


def test_a_press_release_is_approved_and_distributed_from_its_page(signed_in_admin, base_url, api, komunika):
    contact = api.post("/api/v1/contacts", {
        "kind": "journalist", "name": "Jurgita Žurnalistė", "organisation": "LRT", "email": "jurgita@example.lt",
        "language": "lt"}, expect=201).json()
    contact_list = api.post("/api/v1/contact-lists", {"name": "Kultūros žurnalistai"}, expect=201).json()
    api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)
    release = api.post("/api/v1/press-releases", {
        "titleLt": "Atidaroma paroda „Žalčių karalienė“", "bodyLt": "Nacionalinė biblioteka kviečia į parodą."},
        expect=201).json()

    driver = signed_in_admin
    page = f"{base_url}/ziniasklaida/pranesimai/{release['id']}"
    driver.get(page)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Atidaroma paroda „Žalčių karalienė“"
    press_text(driver, "Patvirtinti")
    Select(driver.find_element(By.NAME, "contactListId")).select_by_visible_text("Kultūros žurnalistai (1)")
    press_text(driver, "Išplatinti")
    distributed = text_of(driver, "#isplatinta")
    assert "Išplatino: Vardenis Pavardenis" in distributed, distributed
    assert "Kultūros žurnalistai" in distributed and "1" in distributed, distributed
    history = driver.find_element(By.ID, "veiklos-lentele").text
    assert "Vardenis Pavardenis Pranešimas išsiųstas" in history, history
    screenshot(driver, "pranesimas-spaudai")
    assert_no_external_requests(driver, base_url)

    view = api.get(f"/api/v1/press-releases/{release['id']}", expect=200).json()
    assert view["status"] == "distributed"
    assert view["distributedBy"]["name"] == "Vardenis Pavardenis"
    with sqlite3.connect(komunika.data_dir / "media-relations.sqlite") as db:
        row = db.execute("SELECT distributedByName FROM pressReleases WHERE id = ? COLLATE NOCASE", (release["id"],)).fetchone()
        assert row == ("Vardenis Pavardenis",), row
        message = db.execute(
            "SELECT actorName FROM outbox WHERE type = 'press-release.distributed' ORDER BY seq DESC LIMIT 1").fetchone()
        assert message == ("Vardenis Pavardenis",), message
