"""Every main page of every part opens for an admin, in Lithuanian and in
English, loads nothing from another site and carries the site-only policy;
each is screenshotted for people to look at."""

from __future__ import annotations

import datetime

import pytest
from selenium.webdriver.common.by import By

from browser_support import assert_csp_default_self, assert_no_external_requests, cookie_header, screenshot

YEAR = datetime.date.today().year
PAGES = [
    ("/kampanijos", "kampanijos", "Kampanijos"),
    (f"/kampanijos/planas/{YEAR}", "marketingo-planas", None),
    ("/kampanijos/turinio-kalendorius", "turinio-kalendorius", None),
    ("/ziniasklaida", "ziniasklaida", None),
    ("/ziniasklaida/kontaktai", "kontaktai", None),
    ("/ziniasklaida/sarasai", "kontaktu-sarasai", None),
    ("/ziniasklaida/pranesimai", "pranesimai-spaudai", None),
    ("/ziniasklaida/vizitai", "zurnalistu-vizitai", None),
    ("/ziniasklaida/paminejimai", "paminejimai", None),
    ("/zenklas/licencijos", "licencijos", None),
    ("/zenklas/archyvai", "parodu-archyvai", None),
    ("/zenklas/leidiniai", "leidiniai", None),
    ("/mokymai", "mokymai", "Mokymai"),
    ("/mokymai/pazymejimai", "pazymejimai", None),
    ("/apklausos", "apklausos", "Apklausos"),
    ("/ataskaitos", "ataskaitos", "Ataskaitos"),
    ("/paskyros", "paskyros-sarasas", "Paskyros"),
    ("/operacijos", "operacijos", "Operacijos"),
]


@pytest.mark.parametrize("path,name,heading", PAGES, ids=[page[1] for page in PAGES])
def test_a_main_page_opens_and_keeps_to_the_gateway(signed_in_admin, base_url, path, name, heading):
    driver = signed_in_admin
    driver.get(base_url + path)
    title = driver.find_element(By.TAG_NAME, "h1").text
    assert not title.startswith("Klaida"), f"{path}: {title}"
    if heading is not None:
        assert title == heading
    assert driver.find_element(By.CSS_SELECTOR, "html").get_attribute("lang") == "lt"
    screenshot(driver, name)
    assert_no_external_requests(driver, base_url)
    assert_csp_default_self(base_url + path, headers=cookie_header(driver))


def test_the_main_pages_have_their_english_words(signed_in_admin, base_url):
    driver = signed_in_admin
    driver.get(base_url + "/kalba?lang=en&back=/renginiai")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Events"
    menu = [link.text for link in driver.find_elements(By.CSS_SELECTOR, "nav.main a")]
    assert menu[:3] == ["Home", "Events", "Campaigns"], menu
    for path, heading in [("/mokymai", "Training"), ("/apklausos", "Surveys")]:
        driver.get(base_url + path)
        assert driver.find_element(By.TAG_NAME, "h1").text == heading
    screenshot(driver, "surveys-english")
    driver.get(base_url + "/kalba?lang=lt&back=/")
