"""Media mentions imported from an RSS file uploaded through the mentions
page in a real browser (a plain multipart form, no script)."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot
from page_helpers import fill, press, press_text

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Kauno diena</title><language>lt-LT</language>
<item><title>Nacionalinė biblioteka kviečia į parodą „Žalčių karalienė“</title><link>https://kauno.diena.lt/1</link>
  <pubDate>Wed, 25 Nov 2026 10:00:00 +0200</pubDate><description>Parodoje – retos knygos.</description></item>
<item><title>Be nuorodos</title><pubDate>Wed, 25 Nov 2026 11:00:00 GMT</pubDate></item>
<item><title>Bibliotekos naktis</title><link>https://kauno.diena.lt/2</link><pubDate>Thu, 26 Nov 2026 08:30:00 GMT</pubDate></item>
</channel></rss>
"""


def test_an_rss_file_uploaded_on_the_page_becomes_mentions(signed_in_admin, base_url, api, tmp_path):
    path = tmp_path / "kauno-diena.rss"
    path.write_text(RSS, encoding="utf-8")
    driver = signed_in_admin
    driver.get(base_url + "/ziniasklaida/paminejimai")
    driver.find_element(By.ID, "file").send_keys(str(path))
    press_text(driver, "Importuoti failą")
    notice = driver.find_element(By.CSS_SELECTOR, "main .notice").text
    assert notice.startswith("Importuota: 2 · Jau buvo: 0"), notice
    assert "the item has no link" in notice, notice
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "Nacionalinė biblioteka kviečia į parodą „Žalčių karalienė“" in main
    screenshot(driver, "paminejimu-importas")
    assert_no_external_requests(driver, base_url)
    mentions = api.get("/api/v1/mentions?q=zalciu", expect=200).json()["items"]
    assert [mention["outlet"] for mention in mentions] == ["Kauno diena"], mentions


def test_a_mention_is_corrected_and_a_contact_removed_from_a_list_on_their_pages(signed_in_admin, base_url, api):
    mention = api.post("/api/v1/mentions", {
        "outlet": "LRT", "title": "Bibliotekos naktis sutraukė minias", "url": "https://www.lrt.lt/naujienos/1",
        "publishedAt": "2026-11-20T10:00:00+02:00", "reach": 5000, "sentiment": "neutral"}, expect=201).json()
    driver = signed_in_admin
    driver.get(f"{base_url}/ziniasklaida/paminejimai/{mention['id']}")
    fill(driver, "sentiment", "positive")
    fill(driver, "reach", "12000")
    press_text(driver, "Pataisyti")
    view = api.get(f"/api/v1/mentions/{mention['id']}", expect=200).json()
    assert (view["sentiment"], view["reach"]) == ("positive", 12000), view
    assert driver.find_element(By.NAME, "reach").get_attribute("value") == "12000"

    contact = api.post("/api/v1/contacts", {"kind": "journalist", "name": "Rūta Žemaitytė", "email": "ruta@example.lt"},
                       expect=201).json()
    contact_list = api.post("/api/v1/contact-lists", {"name": "Regionų žurnalistai"}, expect=201).json()
    api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)
    driver.get(f"{base_url}/ziniasklaida/sarasai/{contact_list['id']}")
    assert "Rūta Žemaitytė" in driver.find_element(By.TAG_NAME, "main").text
    press(driver, driver.find_element(By.CSS_SELECTOR, "button[aria-label='Išbraukti: Rūta Žemaitytė']"), confirm=True)
    assert driver.find_elements(By.CSS_SELECTOR, "button[aria-label='Išbraukti: Rūta Žemaitytė']") == []
    members = api.get(f"/api/v1/contact-lists/{contact_list['id']}", expect=200).json()
    assert members["contactIds"] == [], members
    screenshot(driver, "kontaktu-sarasas")
