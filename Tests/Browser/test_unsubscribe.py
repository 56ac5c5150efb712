"""The unsubscribe link of a press release's mail in a real browser: signed
here as the mail service signs it (HMAC-SHA256 under the data folder's
`link-secret`, as Shared/SignedLinks does), opened, the button pressed; then
a press release distributed through the API goes to every member of the
list but that one. A mail program's RFC 8058 one-click POST works too,
with no page, cookie or form token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
import uuid

from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot
from komunika_system import http_request
from page_helpers import press_text, text_of


def _base64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unsubscribe_token(komunika, email: str) -> str:
    """`SignedLink(.unsubscribe, subject: email lowercased).token(secret:)`."""
    secret = (komunika.data_dir / "link-secret").read_text(encoding="utf-8").strip()
    message = f"unsubscribe\n{email.lower()}".encode("utf-8")
    mac = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    return _base64url(message) + "." + _base64url(mac)


def test_an_unsubscribed_contact_is_left_out_of_the_next_distribution(browser, base_url, api, komunika):
    run = uuid.uuid4().hex[:8]
    names = ["Aistė Ąžuolienė", "Jonas Jonaitis", "Ona Onaitė"]
    emails = [f"aiste.{run}@example.lt", f"Jonas.{run}@Example.lt", f"ona.{run}@example.lt"]
    contacts = [
        api.post("/api/v1/contacts", {"kind": "journalist", "name": name, "email": email, "language": "lt"}, expect=201).json()
        for name, email in zip(names, emails)
    ]
    contact_list = api.post("/api/v1/contact-lists", {"name": f"Kultūra {run}"}, expect=201).json()
    for contact in contacts:
        api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)

    link = f"{base_url}/atsisakyti/{unsubscribe_token(komunika, emails[1])}"
    assert_csp_default_self(link)
    browser.get(link)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Atsisakyti pranešimų spaudai"
    assert text_of(browser, "#adresas") == emails[1].lower()
    listed = api.get("/api/v1/do-not-contact", expect=200).json()
    assert emails[1].lower() not in [item["email"] for item in listed["items"]], "the page alone changed the list"
    press_text(browser, "Atsisakyti")
    assert text_of(browser, "#atsisakyta") == f"Daugiau pranešimų spaudai negausite adresu {emails[1].lower()}."
    screenshot(browser, "atsisakyta")
    assert_no_external_requests(browser, base_url)

    entries = {item["email"]: item for item in api.get("/api/v1/do-not-contact", expect=200).json()["items"]}
    assert entries[emails[1].lower()]["reason"] == "unsubscribed"
    assert entries[emails[1].lower()]["addedBy"] is None

    release = api.post("/api/v1/press-releases", {
        "titleLt": f"Atidaroma paroda „Knygų lobynas“ {run}", "bodyLt": "Nacionalinė biblioteka kviečia."}, expect=201).json()
    path = f"/api/v1/press-releases/{release['id']}/transitions"
    api.post(path, {"to": "approved"}, expect=200)
    distributed = api.post(path, {"to": "distributed", "contactListId": contact_list["id"]}, expect=200).json()
    assert distributed["recipientCount"] == 2, distributed
    assert distributed["leftOutCount"] == 1, distributed

    with sqlite3.connect(komunika.data_dir / "media-relations.sqlite") as db:
        recipients = {
            row[0].upper()
            for row in db.execute(
                "SELECT contactId FROM pressReleaseRecipients WHERE pressReleaseId = ? COLLATE NOCASE", (release["id"],))
        }
        payload = db.execute(
            "SELECT payload FROM outbox WHERE type = 'press-release.distributed' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert recipients == {contacts[0]["id"].upper(), contacts[2]["id"].upper()}
    message = json.loads(payload)
    assert [item.upper() for item in message["contactIds"]] == [contacts[0]["id"].upper(), contacts[2]["id"].upper()]
    assert [item.upper() for item in message["leftOutContactIds"]] == [contacts[1]["id"].upper()]


def test_a_one_click_post_needs_no_page_and_no_form_token(base_url, api, komunika):
    email = f"vienu.spustelejimu.{uuid.uuid4().hex[:8]}@example.lt"
    token = unsubscribe_token(komunika, email)
    answer = http_request(
        "POST", f"{base_url}/atsisakyti/{token}", raw=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"})
    assert answer.status == 200, answer.text
    assert f"Daugiau pranešimų spaudai negausite adresu <strong>{email}</strong>." in answer.text
    again = http_request(
        "POST", f"{base_url}/atsisakyti/{token}", raw=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert again.status == 200
    matching = [item for item in api.get("/api/v1/do-not-contact", expect=200).json()["items"] if item["email"] == email]
    assert len(matching) == 1 and matching[0]["reason"] == "unsubscribed", matching

    forged = http_request("GET", f"{base_url}/atsisakyti/{token[:-2]}xx")
    assert forged.status == 404
    assert "Ši atsisakymo nuoroda negalioja." in forged.text
