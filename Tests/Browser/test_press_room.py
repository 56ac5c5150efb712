"""The public press room in a real browser and its feeds read by a feed reader
(feedparser): a press release the staff distribute through the API is on
/spaudai, on its own page, and in the RSS 2.0 and Atom feeds with its title,
absolute link and distribution time exactly; a draft is nowhere."""

from __future__ import annotations

import calendar
import datetime

import feedparser
from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot
from komunika_system import http_request
from page_helpers import press

TITLE = "Nacionalinė biblioteka kviečia į „Knygų & skaitymų“ šventę <2030>"
BODY = "Šventė vyks Vilniuje, Gedimino pr. 51.\n\nĮėjimas nemokamas; visi laukiami."


def distribute(api, title: str, body: str, *, title_en: str | None = None) -> dict:
    """A press release drafted, approved and distributed to a list of one journalist, by the staff."""
    contact = api.post("/api/v1/contacts", {
        "kind": "journalist", "name": "Rūta Žurnalistė", "organisation": "LRT", "email": "ruta.zurnaliste@example.lt",
        "language": "lt"}, expect=201).json()
    contact_list = api.post("/api/v1/contact-lists", {"name": "Spaudos kambario žurnalistai"}, expect=201).json()
    api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)
    content = {"titleLt": title, "bodyLt": body}
    if title_en:
        content |= {"titleEn": title_en, "bodyEn": "The feast is in Vilnius."}
    release = api.post("/api/v1/press-releases", content, expect=201).json()
    api.post(f"/api/v1/press-releases/{release['id']}/transitions", {"to": "approved"}, expect=200)
    return api.post(f"/api/v1/press-releases/{release['id']}/transitions",
                    {"to": "distributed", "contactListId": contact_list["id"]}, expect=200).json()


def test_a_distributed_release_is_in_the_press_room_and_both_feeds(new_browser, base_url, api):
    release = distribute(api, TITLE, BODY, title_en="The library invites you to a feast of books")
    draft = api.post("/api/v1/press-releases", {"titleLt": "Dar neišplatintas juodraštis", "bodyLt": "Slapta."},
                     expect=201).json()
    distributed_at = datetime.datetime.fromisoformat(release["distributedAt"])
    link = f"{base_url}/spaudai/{release['id'].lower()}"

    driver = new_browser()
    driver.get(base_url + "/spaudai")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Pranešimai spaudai"
    alternates = {e.get_attribute("type"): e.get_attribute("href")
                  for e in driver.find_elements(By.CSS_SELECTOR, "head link[rel=alternate]")}
    assert alternates == {"application/rss+xml": base_url + "/spaudai/rss.xml",
                          "application/atom+xml": base_url + "/spaudai/atom.xml"}
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, ".press-room h2")]
    assert headings[0] == TITLE, headings
    assert "Dar neišplatintas juodraštis" not in driver.page_source
    screenshot(driver, "spaudai")
    press(driver, driver.find_element(By.LINK_TEXT, TITLE))
    assert driver.current_url == link
    assert driver.find_element(By.TAG_NAME, "h1").text == TITLE
    paragraphs = [p.text for p in driver.find_elements(By.CSS_SELECTOR, "article p.prose")]
    assert paragraphs == ["Šventė vyks Vilniuje, Gedimino pr. 51.", "Įėjimas nemokamas; visi laukiami."]
    screenshot(driver, "spaudai-pranesimas")
    press(driver, driver.find_element(By.CSS_SELECTOR, "ul.languages a[lang=en]"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "The library invites you to a feast of books"
    screenshot(driver, "spaudai-pranesimas-en")
    driver.get(f"{base_url}/spaudai/{draft['id']}")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Error 404"
    assert_no_external_requests(driver, base_url)
    for path in ("/spaudai", f"/spaudai/{release['id']}"):
        assert_csp_default_self(base_url + path)

    # What a feed reader sees: the release first (newest), its title, link and time exactly; no draft.
    distributed = int(distributed_at.timestamp())
    urn = f"urn:uuid:{release['id'].lower()}"
    parsed = read_feed(base_url + "/spaudai/rss.xml", "application/rss+xml; charset=utf-8", "rss20")
    assert parsed.feed.link == base_url + "/spaudai"
    entry = parsed.entries[0]
    assert (entry.id, entry.title, entry.link, entry.summary) == (urn, TITLE, link, BODY)
    assert calendar.timegm(entry.published_parsed) == distributed
    assert all(e.title != "Dar neišplatintas juodraštis" for e in parsed.entries)

    parsed = read_feed(base_url + "/spaudai/atom.xml", "application/atom+xml; charset=utf-8", "atom10")
    assert parsed.feed.id == base_url + "/spaudai"
    assert calendar.timegm(parsed.feed.updated_parsed) == distributed, "the newest distribution"
    entry = parsed.entries[0]
    assert (entry.id, entry.title, entry.link, entry.content[0].value) == (urn, TITLE, link, BODY)
    assert calendar.timegm(entry.published_parsed) == calendar.timegm(entry.updated_parsed) == distributed
    assert all(e.title != "Dar neišplatintas juodraštis" for e in parsed.entries)


def read_feed(url: str, content_type: str, version: str):
    """The feed at `url` as feedparser reads it, after checking its type, that it
    parsed without a complaint (bozo) and its format."""
    answer = http_request("GET", url)
    assert answer.status == 200 and answer.header("Content-Type") == content_type, (answer.status, answer.headers)
    parsed = feedparser.parse(answer.body)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == version
    return parsed
