"""The brand's asset library in a real browser: an image uploaded from the
asset's page (through the script, with progress) and downloaded back byte for
byte; its approval with who approved it on the page, in the read model, in the
brand service's database and on its message."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import urllib.request
import zlib

from selenium.webdriver.common.by import By

from browser_support import assert_no_external_requests, screenshot, wait_for_new_page
from page_helpers import press_text


def png(width: int, height: int) -> bytes:
    """A real PNG of a red-to-blue gradient, made here."""
    rows = b"".join(b"\x00" + bytes(v for x in range(width) for v in (255 - x * 255 // width, 40, x * 255 // width))
                    for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_an_image_is_uploaded_downloaded_back_and_approved(signed_in_admin, base_url, api, komunika, tmp_path):
    image = png(320, 200)
    path = tmp_path / "Žalčių karalienė plakatas.png"
    path.write_bytes(image)
    asset = api.post("/api/v1/brand/assets", {"kind": "poster", "title": "Parodos „Žalčių karalienė“ plakatas"},
                     expect=201).json()

    driver = signed_in_admin
    page = f"{base_url}/zenklas/istekliai/{asset['id']}"
    driver.get(page)
    driver.find_element(By.ID, "file").send_keys(str(path))
    button = driver.find_element(By.XPATH, "//form[@id='ikelimo-forma']//button[@type='submit']")
    button.click()
    wait_for_new_page(driver, button, timeout=30)
    link = driver.find_element(By.CSS_SELECTOR, "#versijos ~ div a[download], a[download]")
    href = link.get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(href, headers={"Cookie": cookies})) as response:
        downloaded = response.read()
        disposition = response.headers["Content-Disposition"]
        assert response.headers["Content-Type"] == "image/png"
    assert hashlib.sha256(downloaded).hexdigest() == hashlib.sha256(image).hexdigest()
    assert downloaded == image
    assert "filename*=UTF-8''%C5%BDal%C4%8Di%C5%B3%20karalien%C4%97%20plakatas.png" in disposition, disposition
    preview = driver.find_element(By.CSS_SELECTOR, "p.preview img")
    assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", preview) == 320

    press_text(driver, "Patvirtinti")
    approval = driver.find_element(By.ID, "patvirtino").text
    assert approval.startswith("Vardenis Pavardenis, "), approval
    screenshot(driver, "prekes-zenklo-istekliaus-puslapis")
    driver.get(base_url + "/zenklas")
    card = driver.find_element(By.XPATH, "//img[@alt='Parodos „Žalčių karalienė“ plakatas']")
    assert driver.execute_script("return arguments[0].naturalWidth", card) == 320
    screenshot(driver, "prekes-zenklas")
    assert_no_external_requests(driver, base_url)

    view = api.get(f"/api/v1/brand/assets/{asset['id']}", expect=200).json()
    assert view["status"] == "approved"
    assert view["approvedBy"]["name"] == "Vardenis Pavardenis"
    with sqlite3.connect(komunika.data_dir / "brand.sqlite") as db:
        row = db.execute("SELECT approvedByName FROM assets WHERE id = ? COLLATE NOCASE", (asset["id"],)).fetchone()
        assert row == ("Vardenis Pavardenis",), row
        message = db.execute("SELECT actorName FROM outbox WHERE type = 'asset.approved' ORDER BY seq DESC LIMIT 1").fetchone()
        assert message == ("Vardenis Pavardenis",), message
