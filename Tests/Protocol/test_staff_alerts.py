"""The alerts to staff, through the running system to a real SMTP server (aiosmtpd).

KOMUNIKA_STAFF_MAIL names two addresses (STAFF_MAIL): each alert is one mail to
each of them, in Lithuanian, multipart/alternative, with the link to the staff
page of what it is about. An event full is told once, however many register
after; a licence enters its warning window when the expiry check runs on a
later day; a consent recorded inside it is warned of at once; a submission
reviewed names the decision. With no KOMUNIKA_STAFF_MAIL, no alert is sent and
komunika-mail's log says so once.
"""

from __future__ import annotations

import datetime
import re
import time
from zoneinfo import ZoneInfo

from conftest import PUBLIC_URL
from smtp_relay import Received, SMTPRelay
from test_mail import TITLE, register, scheduled_event, text_of

STAFF = ["komunikacija@lnb.example", "vadove@lnb.example"]
GREETING = "Sveiki, kolegos,\n"


def staff_mails(relay: SMTPRelay, subject: str) -> list[Received]:
    return [mail for mail in relay.mails() if str(mail.message["Subject"]) == subject]


def wait_for_staff_mails(relay: SMTPRelay, subject: str, timeout: float = 30) -> list[Received]:
    """The mails with `subject`, once one has come to each staff address."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mails = staff_mails(relay, subject)
        if len(mails) >= len(STAFF):
            return mails
        time.sleep(0.1)
    raise AssertionError(
        f"{subject!r}: expected {len(STAFF)} mails within {timeout:.0f} s, got "
        f"{[str(mail.message['Subject']) for mail in relay.mails()]}")


def assert_one_to_each_staff_address(mails: list[Received], link: str) -> str:
    """Each mail: one staff recipient, RFC 2047 subject, both parts, the link in both; returns the plain text."""
    assert sorted(address for mail in mails for address in mail.rcpt_tos) == STAFF
    plain = ""
    for mail in mails:
        assert len(mail.rcpt_tos) == 1, mail.rcpt_tos
        assert mail.mail_from == "komunika@lnb.lt"
        assert mail.message.get_content_type() == "multipart/alternative"
        assert b"=?UTF-8?B?" in mail.raw.split(b"\r\n\r\n")[0], "the subject travels RFC 2047 encoded"
        assert mail.message["List-Unsubscribe"] is None
        plain = text_of(mail, "plain")
        assert plain.startswith(GREETING), plain
        assert f"Komunikoje: {link}\n" in plain, plain
        assert f'<a href="{link}">{link}</a>' in text_of(mail, "html")
    named = [mail for mail in mails if mail.rcpt_tos == ["komunikacija@lnb.example"]][0]
    assert named.message["To"].addresses[0].display_name == "Komunikacijos skyrius"
    assert len({str(mail.message["Message-ID"]) for mail in mails}) == len(STAFF)
    return plain


def test_an_event_full_is_told_to_staff_once_however_many_register_after(staff_mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=2)
    outcomes = [register(api, event_id, f"Dalyvis {number}", f"dalyvis{number}@example.lt") for number in range(1, 5)]
    assert [outcome["status"] for outcome in outcomes] == ["accepted", "accepted", "waitlisted", "waitlisted"]

    subject = f"Renginyje neliko laisvų vietų: {TITLE}"
    mails = wait_for_staff_mails(relay, subject)
    plain = assert_one_to_each_staff_address(mails, f"{PUBLIC_URL}/renginiai/{event_id.upper()}")
    assert f"Užimtos visos renginio „{TITLE}“ vietos (iš viso 2)." in plain, plain
    assert "Kada: 2027 m. kovo 3 d. 17:00." in plain, plain
    assert "Organizuoja: Komunikacijos ir marketingo skyrius." in plain, plain

    # One more registers, one accepted cancels (the first waiting is promoted):
    # the event stays full and nothing more goes to staff.
    register(api, event_id, "Dalyvis 5", "dalyvis5@example.lt")
    api.delete(f"/api/v1/events/{event_id}/registrations/{outcomes[0]['id']}", expect=200)
    relay.wait_for(4 + 2 + 1 + 1, timeout=30, what="the registrations' mails, the alerts and the promotion")
    time.sleep(3)
    assert len(staff_mails(relay, subject)) == 2, [str(mail.message["Subject"]) for mail in relay.mails()]
    to_staff = [mail for mail in relay.mails() if set(mail.rcpt_tos) & set(STAFF)]
    assert len(to_staff) == 2, [str(mail.message["Subject"]) for mail in to_staff]


def test_a_licence_entering_its_warning_window_and_a_consent_inside_it_are_told_to_staff(
    staff_mail_system, relay: SMTPRelay, api
):
    today = datetime.datetime.now(ZoneInfo("Europe/Vilnius")).date()
    asset = api.post("/api/v1/brand/assets", {"kind": "photo", "title": "Parodos „Žalčių karalienė“ nuotraukos"},
                     expect=201).json()
    asset_link = f"{PUBLIC_URL}/zenklas/istekliai/{asset['id'].upper()}"
    licence_day = today + datetime.timedelta(days=45)
    api.post(f"/api/v1/brand/assets/{asset['id']}/licences",
             {"holder": "UAB „Fotografija“", "terms": "Naudoti bibliotekos leidiniuose", "expiresOn": licence_day.isoformat()},
             expect=201)
    consent_day = today + datetime.timedelta(days=25)
    api.post(f"/api/v1/brand/assets/{asset['id']}/consents",
             {"person": "Rūta Šimkutė", "expiresOn": consent_day.isoformat()}, expect=201)

    consent_subject = "Baigiasi sutikimas: Parodos „Žalčių karalienė“ nuotraukos"
    plain = assert_one_to_each_staff_address(wait_for_staff_mails(relay, consent_subject), asset_link)
    assert ("Ištekliuje „Parodos „Žalčių karalienė“ nuotraukos“ rodomo asmens (Rūta Šimkutė) sutikimas galioja iki "
            f"{lithuanian(consent_day)} imtinai. Liko 25 dienos.") in plain, plain
    licence_subject = "Baigiasi licencija: Parodos „Žalčių karalienė“ nuotraukos"
    assert staff_mails(relay, licence_subject) == [], "45 days ahead is outside the 30-day warning window"

    # Twenty days on, the licence is 25 days from its end: inside the window.
    check = api.post("/api/v1/brand/expiry-checks", {"asOf": (today + datetime.timedelta(days=20)).isoformat()},
                     expect=200).json()
    assert check["warnings"] == 1, check
    plain = assert_one_to_each_staff_address(wait_for_staff_mails(relay, licence_subject), asset_link)
    assert ("Ištekliaus „Parodos „Žalčių karalienė“ nuotraukos“ licencija (licencijos turėtojas: UAB „Fotografija“) "
            f"galioja iki {lithuanian(licence_day)} imtinai. Liko 25 dienos.") in plain, plain

    # The same day checked again: each was warned of once.
    check = api.post("/api/v1/brand/expiry-checks", {"asOf": (today + datetime.timedelta(days=21)).isoformat()},
                     expect=200).json()
    assert check["warnings"] == 0, check
    time.sleep(3)
    assert len(relay.mails()) == 4, [str(mail.message["Subject"]) for mail in relay.mails()]


def test_a_reviewed_submission_is_told_to_staff_with_the_decision(staff_mail_system, relay: SMTPRelay, api):
    # A unit's submitter files through the pages; through the API it is an editor's (here the admin's) token.
    submission = api.post("/api/v1/submissions", {
        "unit": "Vaikų ir jaunimo literatūros centras", "title": "Vasaros skaitymo iššūkis",
        "text": "Kviečiame vaikus skaityti visą vasarą.", "wishedChannel": "social-media", "wishedDate": "2027-06-01"},
        expect=201).json()
    api.post(f"/api/v1/submissions/{submission['id']}/review",
             {"decision": "request-changes", "comment": "Pridėkite nuotrauką."}, expect=200)

    subject = "Pateikimas grąžintas taisyti: Vasaros skaitymo iššūkis"
    plain = assert_one_to_each_staff_address(
        wait_for_staff_mails(relay, subject), f"{PUBLIC_URL}/pateikimai/{submission['id'].upper()}")
    assert "Padalinio pateikimas „Vasaros skaitymo iššūkis“ grąžintas taisyti. Įvertino: browser-tests-admin." in plain, plain
    assert "Padalinys: Vaikų ir jaunimo literatūros centras. Pateikė: browser-tests-admin." in plain, plain
    assert "Komentaras: Pridėkite nuotrauką." in plain, plain


def test_with_no_staff_address_no_alert_is_sent_and_the_log_says_so_once(mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=1)
    register(api, event_id, "Dalyvis 1", "dalyvis1@example.lt")
    register(api, event_id, "Dalyvis 2", "dalyvis2@example.lt")
    relay.wait_for(2, timeout=30, what="the accepted and the waitlisted mail")
    time.sleep(3)
    assert sorted(address for mail in relay.mails() for address in mail.rcpt_tos) == [
        "dalyvis1@example.lt", "dalyvis2@example.lt"]
    log = (mail_system.log_dir / "komunika-mail.log").read_text(encoding="utf-8")
    said = re.findall(r"KOMUNIKA_STAFF_MAIL is not set: no alerts to staff \(", log)
    assert len(said) == 1, log


LITHUANIAN_MONTHS = [
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
    "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
]


def lithuanian(day: datetime.date) -> str:
    return f"{day.year} m. {LITHUANIAN_MONTHS[day.month - 1]} {day.day} d."
