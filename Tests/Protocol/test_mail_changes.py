"""komunika-mail against a real SMTP server (aiosmtpd) when things change after the first mail.

A scheduled event moves (its time, then its place): the hall rules refuse a
clash as when it was scheduled, the public API and page show the new time,
and everyone still registered, accepted or waiting, gets one mail with the
new `.ics` (the same UID, the next SEQUENCE). An enrolment is cancelled in a
full session: the first waiting is promoted and told so. A survey sent to a
contact list leaves out the addresses on the do-not-contact list, and says
how many.
"""

from __future__ import annotations

import datetime
import html
import re
import time

from komunika_system import http_request
from smtp_relay import SMTPRelay
from test_mail import TITLE, by_subject, calendar_of, register, scheduled_event, text_of

UTC = datetime.timezone.utc


def test_a_moved_event_sends_everyone_registered_the_new_time_and_place_in_one_mail_each(mail_system, relay: SMTPRelay, api):
    event_id = scheduled_event(api, capacity=1)
    other = api.post("/api/v1/events", {
        "type": "exhibition", "title": "Parodos atidarymas", "startsAt": "2027-03-10T17:00:00+02:00",
        "endsAt": "2027-03-10T19:00:00+02:00", "venue": {"kind": "library-hall", "hall": "Didžioji salė"},
        "organisingUnit": "Komunikacijos ir marketingo skyrius"}, expect=201).json()
    register(api, event_id, "Žydrūnė Šėškienė", "zydrune@example.lt")
    waiting = register(api, event_id, "Jonas Ąžuolas", "jonas@example.lt")
    assert (waiting["status"], waiting["position"]) == ("waitlisted", 1)
    first = by_subject(relay.wait_for(2, timeout=30, what="the accepted and the waitlisted mail"))
    uid = str(calendar_of(first[f"Registracija patvirtinta: {TITLE}"])[1].walk("VEVENT")[0]["UID"])

    # Into a hall another event holds at that time: refused as scheduling would refuse it.
    clash = api.patch(f"/api/v1/events/{event_id}", {
        "startsAt": "2027-03-10T17:00:00+02:00", "endsAt": "2027-03-10T18:30:00+02:00",
        "venue": {"kind": "library-hall", "hall": "Didžioji salė"}}, expect=409).json()
    assert clash["detail"] == (
        "The hall 'Didžioji salė' is already booked for \"Parodos atidarymas\" (2027-03-10 17:00–19:00 Vilnius time), "
        "which overlaps 2027-03-10 17:00–18:30 Vilnius time."), clash
    assert clash["clashingEventId"].lower() == other["id"].lower(), clash

    # A week later in the same hall: each of the two gets the new time and the invitation updated.
    api.patch(f"/api/v1/events/{event_id}", {
        "startsAt": "2027-03-10T18:00:00+02:00", "endsAt": "2027-03-10T19:30:00+02:00"}, expect=200)
    mails = relay.wait_for(4, timeout=30, what="the two mails of the new time")[2:]
    assert sorted(mail.rcpt_tos[0] for mail in mails) == ["jonas@example.lt", "zydrune@example.lt"]
    for mail in mails:
        assert len(mail.rcpt_tos) == 1
        assert str(mail.message["Subject"]) == f"Renginio laikas pasikeitė: {TITLE}"
        assert b"=?UTF-8?B?" in mail.raw.split(b"\r\n\r\n")[0], "the subject travels RFC 2047 encoded"
        plain = text_of(mail, "plain")
        assert f"Renginys „{TITLE}“ vyks kitu laiku." in plain, plain
        assert ("Naujas laikas: 2027 m. kovo 10 d. 18:00. Kur: Lietuvos nacionalinė Martyno Mažvydo biblioteka, "
                "Konferencijų salė.") in plain, plain
        assert "Naujas laikas: 2027 m. kovo 10 d. 18:00." in html.unescape(text_of(mail, "html"))
        method, calendar = calendar_of(mail)
        event = calendar.walk("VEVENT")[0]
        assert method == "REQUEST"
        assert str(event["UID"]) == uid, "the same entry in the calendar"
        assert int(event["SEQUENCE"]) == 1
        assert event.decoded("DTSTART") == datetime.datetime(2027, 3, 10, 16, 0, tzinfo=UTC)
        assert event.decoded("DTEND") == datetime.datetime(2027, 3, 10, 17, 30, tzinfo=UTC)
        assert str(event["ATTENDEE"]).lower() == f"mailto:{mail.rcpt_tos[0]}"

    # The public side shows the new time.
    public = [item for item in api.get("/api/v1/public/events", expect=200).json()["items"] if item["id"].lower() == event_id.lower()]
    assert len(public) == 1
    assert datetime.datetime.fromisoformat(public[0]["startsAt"]) == datetime.datetime(2027, 3, 10, 16, 0, tzinfo=UTC)
    answer = http_request("GET", f"{mail_system.base_url}/kalendorius/{event_id.lower()}", headers={"Accept": "text/html"})
    assert answer.status == 200, answer.status
    page = answer.text
    when = re.search(r'<dd id="renginio-laikas">([^<]*)</dd>', page)
    assert when and when.group(1).startswith("2027 m. kovo 10 d. 18:00"), when and when.group(1)

    # Then to Kaunas at the same time: the place is what changed, SEQUENCE 2.
    api.patch(f"/api/v1/events/{event_id}", {
        "venue": {"kind": "lithuania", "city": "Kaunas", "address": "Radastų g. 2"}}, expect=200)
    mails = relay.wait_for(6, timeout=30, what="the two mails of the new place")[4:]
    assert sorted(mail.rcpt_tos[0] for mail in mails) == ["jonas@example.lt", "zydrune@example.lt"]
    for mail in mails:
        assert str(mail.message["Subject"]) == f"Renginio vieta pasikeitė: {TITLE}"
        plain = text_of(mail, "plain")
        assert "Kada: 2027 m. kovo 10 d. 18:00. Nauja vieta: Radastų g. 2, Kaunas, Lietuva." in plain, plain
        event = calendar_of(mail)[1].walk("VEVENT")[0]
        assert (str(event["UID"]), int(event["SEQUENCE"])) == (uid, 2)
        assert "Kaunas" in str(event["LOCATION"])

    time.sleep(2)
    assert len(relay.mails()) == 6, [str(mail.message["Subject"]) for mail in relay.mails()]


def enrol(api, session_id: str, name: str, email: str) -> dict:
    return api.post(f"/api/v1/sessions/{session_id}/enrolments", {
        "name": name, "institution": "Panevėžio m. SVB", "municipality": "Panevėžio miesto savivaldybė",
        "email": email}, expect=201).json()


def test_a_cancelled_enrolment_promotes_the_first_waiting_who_is_told_by_mail(mail_system, relay: SMTPRelay, api):
    course = api.post("/api/v1/courses", {"titleLt": "Vaikų skaitymo skatinimas", "topic": "marketing"}, expect=201).json()
    session = api.post(f"/api/v1/courses/{course['id']}/sessions", {
        "startsAt": "2027-04-14T10:00:00+03:00", "endsAt": "2027-04-14T15:00:00+03:00",
        "place": {"kind": "lithuania", "city": "Panevėžys", "address": "Respublikos g. 14"}, "capacity": 1,
        "trainer": "Rūta Mokytoja"}, expect=201).json()
    enrolled = enrol(api, session["id"], "Aušra Kairienė", "ausra@example.lt")
    first = enrol(api, session["id"], "Rimas Ūsas", "rimas@example.lt")
    second = enrol(api, session["id"], "Eglė Žilinskienė", "egle@example.lt")
    assert [enrolled["status"], first["status"], second["status"]] == ["accepted", "waitlisted", "waitlisted"]
    relay.wait_for(3, timeout=30, what="the accepted and the two waitlisted mails")

    api.delete(f"/api/v1/sessions/{session['id']}/enrolments/{enrolled['id']}", expect=200)
    promoted = relay.wait_for(4, timeout=30, what="the promoted mail")[3]
    assert promoted.rcpt_tos == ["rimas@example.lt"], "the first waiting, not the second"
    assert promoted.message["To"].addresses[0].display_name == "Rimas Ūsas"
    assert str(promoted.message["Subject"]) == "Atsirado vieta mokymuose: Vaikų skaitymo skatinimas"
    plain = text_of(promoted, "plain")
    assert plain.startswith("Sveiki, Rimas Ūsas,\n"), plain
    assert "Atsirado laisva vieta mokymuose „Vaikų skaitymo skatinimas“ – Jūsų registracija patvirtinta." in plain
    assert "Kada: 2027 m. balandžio 14 d. 10:00. Kur: Respublikos g. 14, Panevėžys." in plain, plain
    cancel = re.search(r"https://komunika\.example\.lt/kursai/atsaukti/[A-Za-z0-9_\-.]+", plain)
    assert cancel, plain
    assert f'<a href="{cancel.group(0)}">' in text_of(promoted, "html")
    enrolments = api.get(f"/api/v1/sessions/{session['id']}/enrolments", expect=200).json()["items"]
    statuses = {item["name"]: item["status"] for item in enrolments}
    assert (statuses["Rimas Ūsas"], statuses["Eglė Žilinskienė"]) == ("accepted", "waitlisted"), statuses
    time.sleep(2)
    assert len(relay.mails()) == 4, [str(mail.message["Subject"]) for mail in relay.mails()]


def test_survey_invitations_to_a_contact_list_leave_out_the_do_not_contact_list(mail_system, relay: SMTPRelay, api):
    contact_list = api.post("/api/v1/contact-lists", {"name": "Bibliotekų atstovai"}, expect=201).json()
    for name, address in [("Ona Žemaitė", "ona@biblioteka.lt"), ("Tomas Atsisakęs", "Tomas@Delfi.lt"),
                          ("Jurgis Ąžuolas", "jurgis@biblioteka.lt")]:
        contact = api.post("/api/v1/contacts", {"kind": "journalist", "name": name, "email": address}, expect=201).json()
        api.post(f"/api/v1/contact-lists/{contact_list['id']}/members", {"contactId": contact["id"]}, expect=200)
    api.post("/api/v1/do-not-contact", {"email": "tomas@delfi.lt"}, expect=201)
    survey = api.post("/api/v1/surveys", {
        "titleLt": "Bibliotekų apklausa", "purpose": "public-opinion", "anonymous": True,
        "questions": [{"id": "zvaigzdutes", "type": "star-rating", "textLt": "Kaip vertinate?", "required": True}]},
        expect=201).json()
    api.post(f"/api/v1/surveys/{survey['id']}/transitions", {"to": "open"}, expect=200)

    issued = api.post(f"/api/v1/surveys/{survey['id']}/invitations", {"contactListId": contact_list["id"]}, expect=201).json()
    assert (issued["invited"], issued["doNotContact"], issued["withoutEmail"], issued["alreadyInvited"]) == (2, 1, 0, 0)
    assert sorted(invitation["email"] for invitation in issued["invitations"]) == ["jurgis@biblioteka.lt", "ona@biblioteka.lt"]
    mails = relay.wait_for(2, timeout=30, what="the two invitations")
    assert sorted(mail.rcpt_tos[0] for mail in mails) == ["jurgis@biblioteka.lt", "ona@biblioteka.lt"]
    for mail in mails:
        assert str(mail.message["Subject"]) == "Kviečiame atsakyti į apklausą: Bibliotekų apklausa"
    time.sleep(3)
    assert [mail.rcpt_tos for mail in relay.mails() if "delfi" in mail.rcpt_tos[0].lower()] == []
    assert len(relay.mails()) == 2
