"""Media mentions imported from an RSS file uploaded through the mentions
page in a real browser (a plain multipart form, no script)."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot
from page_helpers import press_text

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
