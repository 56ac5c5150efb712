"""komunika-mail against a real SMTP server (aiosmtpd), through the running system.

Each mail is read back with Python's `email` package and its `.ics` with
`icalendar`: one recipient per mail, the RFC 2047 subject decoded back to
Lithuanian exactly, both parts of `multipart/alternative`, the cancel link;
registrations (accepted, waitlisted, promoted, moved, cancelled), enrolments
and the certificate, and a press release to a list with one-click unsubscribe.
Then the relay is down for 30 s, and komunika-mail is SIGKILLed with a mail
in flight: every mail still arrives exactly once.
"""

from __future__ import annotations

import collections
import datetime
import re
import threading
import time

import icalendar

from conftest import PUBLIC_URL
from smtp_relay import Received, SMTPRelay

TITLE = "Knygos „Žalgirio mūšis“ pristatymas"
STARTS = "2027-03-03T17:00:00+02:00"


def scheduled_event(api, capacity: int, title: str = TITLE) -> str:
    event = api.post("/api/v1/events", {
        "type": "book-presentation", "title": title, "startsAt": STARTS, "endsAt": "2027-03-03T18:30:00+02:00",
        "venue": {"kind": "library-hall", "hall": "Konferencijų salė"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius", "capacity": capacity}, expect=201).json()
    for status in ["approved", "scheduled"]:
        api.post(f"/api/v1/events/{event['id']}/transitions", {"to": status}, expect=200)
    return event["id"]


def register(api, event_id: str, name: str, email: str) -> dict:
    return api.post(f"/api/v1/events/{event_id}/registrations", {"name": name, "email": email}, expect=201).json()


def text_of(mail: Received, subtype: str) -> str:
    part = mail.message.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part in {mail.message['Subject']}"
    assert part.get_content_type() == f"text/{subtype}"
    return part.get_content().replace("\r\n", "\n")


def calendar_of(mail: Received) -> tuple[str, icalendar.Calendar]:
    attachments = [part for part in mail.message.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert len(attachments) == 1, [part.get_content_type() for part in mail.message.iter_attachments()]
    part = attachments[0]
    assert part.get_filename() == "renginys.ics"
    return part.get_param("method"), icalendar.Calendar.from_ical(part.get_content())


def by_subject(mails: list[Received]) -> dict[str, Received]:
    return {str(mail.message["Subject"]): mail for mail in mails}


CANCEL_LINK = re.compile(re.escape(PUBLIC_URL) + r"(/registracija/atsaukti/[A-Za-z0-9_\-.]+)")


def test_registration_mails_from_accepted_to_a_moved_and_a_cancelled_event(mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=1)
    first = register(api, event_id, "Žydrūnė Šėškienė", "zydrune@example.lt")
    second = register(api, event_id, "Jonas Ąžuolas", "jonas@example.lt")
    assert (first["status"], second["status"], second["position"]) == ("accepted", "waitlisted", 1)

    mails = relay.wait_for(2, timeout=30, what="the accepted and the waitlisted mail")
    subjects = by_subject(mails)
    assert sorted(subjects) == [f"Laukiančiųjų sąrašas: {TITLE}", f"Registracija patvirtinta: {TITLE}"]
    for mail in mails:
        assert len(mail.rcpt_tos) == 1, mail.rcpt_tos
        assert mail.mail_from == "komunika@lnb.lt"
        assert mail.message.get_content_type() in {"multipart/alternative", "multipart/mixed"}
        assert mail.message["Message-ID"].endswith("@komunika.lnb.lt>")
        assert mail.message["Date"].datetime.tzinfo is not None
        assert mail.message["List-Unsubscribe"] is None, "no unsubscribing from one's own registration"
        assert b"=?UTF-8?B?" in mail.raw.split(b"\r\n\r\n")[0], "the subject travels RFC 2047 encoded"

    accepted = subjects[f"Registracija patvirtinta: {TITLE}"]
    assert accepted.rcpt_tos == ["zydrune@example.lt"]
    assert accepted.message["To"].addresses[0].display_name == "Žydrūnė Šėškienė"
    assert str(accepted.message["From"]) == "LNB Komunikacijos skyrius <komunika@lnb.lt>"
    plain = text_of(accepted, "plain")
    assert plain.startswith("Sveiki, Žydrūnė Šėškienė,\n"), plain
    assert "Kada: 2027 m. kovo 3 d. 17:00." in plain
    html = text_of(accepted, "html")
    assert f"„Žalgirio mūšis“" in html
    link = CANCEL_LINK.search(plain)
    assert link, plain
    assert f'<a href="{PUBLIC_URL}{link.group(1)}">' in html
    method, calendar = calendar_of(accepted)
    assert method == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == TITLE
    assert event.decoded("DTSTART") == datetime.datetime(2027, 3, 3, 15, 0, tzinfo=datetime.timezone.utc)
    assert str(event["UID"]) == f"{event_id.upper()}@komunika.lnb.lt"

    waitlisted = subjects[f"Laukiančiųjų sąrašas: {TITLE}"]
    assert waitlisted.rcpt_tos == ["jonas@example.lt"]
    assert "Jūsų eilės numeris: 1." in text_of(waitlisted, "plain")
    assert list(waitlisted.message.iter_attachments()) == []
    other_link = CANCEL_LINK.search(text_of(waitlisted, "plain"))
    assert other_link and other_link.group(1) != link.group(1), "each registration its own link"

    # The first cancels: the second is promoted and told so, with the invitation.
    api.delete(f"/api/v1/events/{event_id}/registrations/{first['id']}", expect=200)
    promoted = by_subject(relay.wait_for(3, timeout=30, what="the promoted mail"))[f"Atsirado vieta: {TITLE}"]
    assert promoted.rcpt_tos == ["jonas@example.lt"]
    assert calendar_of(promoted)[0] == "REQUEST"

    # The event moves: only the one still registered hears of it, with the new time in the .ics.
    api.patch(f"/api/v1/events/{event_id}", {"startsAt": "2027-03-10T17:00:00+02:00", "endsAt": "2027-03-10T18:30:00+02:00"}, expect=200)
    moved = by_subject(relay.wait_for(4, timeout=30, what="the moved mail"))[f"Renginio laikas pasikeitė: {TITLE}"]
    assert moved.rcpt_tos == ["jonas@example.lt"]
    assert "Naujas laikas: 2027 m. kovo 10 d. 17:00." in text_of(moved, "plain")
    method, calendar = calendar_of(moved)
    event = calendar.walk("VEVENT")[0]
    assert method == "REQUEST"
    assert event.decoded("DTSTART") == datetime.datetime(2027, 3, 10, 15, 0, tzinfo=datetime.timezone.utc)
    assert int(event["SEQUENCE"]) == 1

    api.post(f"/api/v1/events/{event_id}/transitions", {"to": "cancelled", "reason": "Autorius susirgo"}, expect=200)
    cancelled = by_subject(relay.wait_for(5, timeout=30, what="the cancelled mail"))[f"Renginys atšauktas: {TITLE}"]
    assert cancelled.rcpt_tos == ["jonas@example.lt"]
    assert "Priežastis: Autorius susirgo" in text_of(cancelled, "plain")
    method, calendar = calendar_of(cancelled)
    assert method == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"

    time.sleep(2)
    assert len(relay.mails()) == 5, [str(mail.message["Subject"]) for mail in relay.mails()]


def assert_each_once(mails: list[Received], addresses: list[str]) -> None:
    ids = collections.Counter(str(mail.message["Message-ID"]) for mail in mails)
    recipients = collections.Counter(address for mail in mails for address in mail.rcpt_tos)
    assert [id for id, count in ids.items() if count > 1] == [], "a Message-ID arrived twice"
    assert [address for address, count in recipients.items() if count > 1] == [], "an address got two mails"
    assert sorted(recipients) == sorted(addresses)


def test_a_relay_down_for_30_seconds_gets_every_mail_once_when_it_is_back(mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=50, title="Skaitymų vakaras")
    relay.stop()
    addresses = [f"skaitytojas{number}@example.lt" for number in range(1, 9)]
    for number, address in enumerate(addresses, start=1):
        register(api, event_id, f"Skaitytojas {number}", address)
    time.sleep(30)
    assert relay.mails() == []
    relay.start()
    mails = relay.wait_for(len(addresses), timeout=90, what="the mails due while the relay was down")
    time.sleep(3)
    assert_each_once(relay.mails(), addresses)
    assert len(mails) == len(addresses)


def test_komunika_mail_killed_with_a_mail_in_flight_loses_and_doubles_nothing(mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=100, title="Bibliotekininkų konferencija")
    addresses = [f"dalyvis{number}@example.lt" for number in range(1, 41)]
    errors: list[BaseException] = []

    def register_all() -> None:
        try:
            for number, address in enumerate(addresses, start=1):
                register(api, event_id, f"Dalyvis {number}", address)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    registering = threading.Thread(target=register_all)
    registering.start()
    relay.wait_for(8, timeout=60, what="the first mails of the batch")
    relay.hold_next()
    assert relay.held.wait(timeout=30), "no further mail came to be held"
    exit_status = mail_system.kill("komunika-mail")
    assert exit_status == -9
    relay.release_held()
    registering.join(timeout=120)
    assert errors == []
    before = relay.mails()
    assert len(before) < len(addresses), "the kill came after the whole batch"
    assert relay.held_mail is not None
    in_flight = str(relay.held_mail.message["Message-ID"])
    assert in_flight not in {str(mail.message["Message-ID"]) for mail in before}, "the mail in flight was not taken"

    mail_system.launch("komunika-mail")
    relay.wait_for(len(addresses), timeout=90, what="every registration's mail after the restart")
    time.sleep(3)
    assert_each_once(relay.mails(), addresses)
    assert [str(mail.message["Message-ID"]) for mail in relay.mails()].count(in_flight) == 1, "sent again, once"


def test_a_distributed_press_release_is_one_mail_per_member_with_one_click_unsubscribe(mail_system, relay: SMTPRelay, api):
    members = [
        ("Jurgita Žurnalistė", "Jurgita@LRT.lt", "lt"),
        ("John Smith", "john@bbc.example", "en"),
    ]
    contact_list = api.post("/api/v1/contact-lists", {"name": "Kultūros žurnalistai"}, expect=201).json()
    for name, address, language in members:
        contact = api.post("/api/v1/contacts", {
            "kind": "journalist", "name": name, "email": address, "language": language}, expect=201).json()
        api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)
    release = api.post("/api/v1/press-releases", {
        "titleLt": "Atidaroma paroda „Žalčių karalienė“", "bodyLt": "Nacionalinė biblioteka kviečia į parodą.",
        "titleEn": "The exhibition “The Queen of Grass Snakes” opens", "bodyEn": "The National Library invites you."},
        expect=201).json()
    api.post(f"/api/v1/press-releases/{release['id']}/transitions", {"to": "approved"}, expect=200)
    api.post(f"/api/v1/press-releases/{release['id']}/transitions",
             {"to": "distributed", "contactListId": contact_list["id"]}, expect=200)

    mails = relay.wait_for(2, timeout=30, what="the press release to each member")
    time.sleep(2)
    assert_each_once(relay.mails(), ["Jurgita@LRT.lt", "john@bbc.example"])
    subjects = {mail.rcpt_tos[0]: str(mail.message["Subject"]) for mail in mails}
    assert subjects == {
        "Jurgita@LRT.lt": "Atidaroma paroda „Žalčių karalienė“",
        "john@bbc.example": "The exhibition “The Queen of Grass Snakes” opens",
    }
    for mail in mails:
        assert len(mail.message["To"].addresses) == 1 and mail.message["Cc"] is None
        unsubscribe = str(mail.message["List-Unsubscribe"])
        assert re.fullmatch(f"<{re.escape(PUBLIC_URL)}/atsisakyti/[A-Za-z0-9_\\-.]+>", unsubscribe), unsubscribe
        assert str(mail.message["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
        assert unsubscribe[1:-1] in text_of(mail, "plain")
    english = next(mail for mail in mails if mail.rcpt_tos == ["john@bbc.example"])
    assert text_of(english, "plain").startswith("Dear John Smith,\n\nThe National Library invites you.")


def test_enrolment_mails_and_the_certificate_with_its_verification_link(mail_system, relay: SMTPRelay, api):
    course = api.post("/api/v1/courses", {"titleLt": "Skaitmeninis raštingumas", "topic": "marketing"}, expect=201).json()
    session = api.post(f"/api/v1/courses/{course['id']}/sessions", {
        "startsAt": "2026-11-20T10:00:00+02:00", "endsAt": "2026-11-20T16:00:00+02:00",
        "place": {"kind": "lithuania", "city": "Kaunas", "address": "Laisvės al. 1"}, "capacity": 1,
        "trainer": "Rūta Mokytoja"}, expect=201).json()
    present = api.post(f"/api/v1/sessions/{session['id']}/enrolments", {
        "name": "Aušra Kairienė", "institution": "Kauno r. SVB", "municipality": "Kauno rajono savivaldybė",
        "email": "ausra@example.lt"}, expect=201).json()
    api.post(f"/api/v1/sessions/{session['id']}/enrolments", {
        "name": "Rimas Ūsas", "institution": "Alytaus m. SVB", "municipality": "Alytaus miesto savivaldybė",
        "email": "rimas@example.lt"}, expect=201)
    mails = by_subject(relay.wait_for(2, timeout=30, what="the enrolment mails"))
    accepted = mails["Registracija į mokymus patvirtinta: Skaitmeninis raštingumas"]
    waitlisted = mails["Laukiančiųjų sąrašas: Skaitmeninis raštingumas"]
    assert (accepted.rcpt_tos, waitlisted.rcpt_tos) == (["ausra@example.lt"], ["rimas@example.lt"])
    assert re.search(re.escape(PUBLIC_URL) + r"/kursai/atsaukti/[A-Za-z0-9_\-.]+", text_of(accepted, "plain"))
    assert "Jūsų eilės numeris: 1." in text_of(waitlisted, "plain")

    api.put(f"/api/v1/sessions/{session['id']}/enrolments/{present['id']}/attendance", {"attendance": "present"}, expect=200)
    api.post(f"/api/v1/sessions/{session['id']}/transitions", {"to": "completed"}, expect=200)
    certificate = by_subject(relay.wait_for(3, timeout=30, what="the certificate"))[
        "Mokymų pažymėjimas: Skaitmeninis raštingumas"]
    assert certificate.rcpt_tos == ["ausra@example.lt"]
    link = re.search(re.escape(PUBLIC_URL) + r"/sertifikatai/([A-Z0-9]{12})\b", text_of(certificate, "plain"))
    assert link, text_of(certificate, "plain")
    checked = api.get(f"/api/v1/certificates/{link.group(1)}", expect=200).json()
    assert (checked["valid"], checked["name"], checked["courseTitleLt"]) == (
        True, "Aušra Kairienė", "Skaitmeninis raštingumas")


def test_survey_invitations_are_one_mail_each_with_a_personal_link_the_gateway_takes_once(mail_system, relay: SMTPRelay, api):
    survey = api.post("/api/v1/surveys", {
        "titleLt": "Bibliotekininkų nuomonės apklausa", "purpose": "public-opinion", "anonymous": True,
        "oneAnswerPerInvitation": True,
        "questions": [{"id": "zvaigzdutes", "type": "star-rating", "textLt": "Kaip vertinate mokymus?", "required": True}]},
        expect=201).json()
    api.post(f"/api/v1/surveys/{survey['id']}/transitions", {"to": "open"}, expect=200)
    issued = api.post(f"/api/v1/surveys/{survey['id']}/invitations", {"invitees": [
        {"name": "Ona Žemaitė", "email": "ona@biblioteka.lt"}, {"name": "Jurgis Ąžuolas", "email": "jurgis@biblioteka.lt"}]},
        expect=201).json()
    assert issued["invited"] == 2

    mails = relay.wait_for(2, timeout=30, what="the two invitations")
    assert sorted(mail.rcpt_tos[0] for mail in mails) == ["jurgis@biblioteka.lt", "ona@biblioteka.lt"]
    links = {invitation["email"]: invitation["link"] for invitation in issued["invitations"]}
    for mail in mails:
        assert len(mail.rcpt_tos) == 1, mail.rcpt_tos
        assert str(mail.message["Subject"]) == "Kviečiame atsakyti į apklausą: Bibliotekininkų nuomonės apklausa"
        plain = text_of(mail, "plain")
        html = text_of(mail, "html")
        # The mail's link is exactly the one the staff API gave for that person.
        personal = links[mail.rcpt_tos[0]]
        assert personal.startswith(PUBLIC_URL + f"/klausimynas/{survey['id'].lower()}?kvietimas=")
        assert personal in plain, plain
        assert personal in html, html
        assert "ja atsakyti galima vieną kartą" in plain

    # The gateway takes the link once: an answer with it, then the same link is refused.
    ona = links["ona@biblioteka.lt"].split("kvietimas=")[1]
    api.post(f"/api/v1/surveys/{survey['id']}/responses",
             {"answers": {"zvaigzdutes": 5}, "invitation": ona}, expect=201)
    refused = api.post(f"/api/v1/surveys/{survey['id']}/responses",
                       {"answers": {"zvaigzdutes": 4}, "invitation": ona}, expect=409).json()
    assert refused["detail"] == ("This invitation has been used already: the survey \"Bibliotekininkų nuomonės apklausa\" "
                                 "takes one answer per invitation."), refused
    assert len(relay.mails()) == 2
