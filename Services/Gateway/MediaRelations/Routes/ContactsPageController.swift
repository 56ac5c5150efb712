import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Contacts and lists: `GET /ziniasklaida/kontaktai` (filters `rusis`, `q`),
/// `GET /ziniasklaida/kontaktai/naujas`, `POST /ziniasklaida/kontaktai`,
/// `GET|POST /ziniasklaida/kontaktai/{id}` (a contact — saying so when its address is on
/// the do-not-contact list — and its change);
/// `GET|POST /ziniasklaida/sarasai`, `GET /ziniasklaida/sarasai/{id}`,
/// `POST /ziniasklaida/sarasai/{id}/nariai` (add a member),
/// `POST /ziniasklaida/sarasai/{id}/nariai/{contactId}/isbraukti` (remove one).
struct ContactsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ziniasklaida/kontaktai", use: list)
        routes.pages.get("/ziniasklaida/kontaktai/naujas", use: newForm)
        routes.pages.post("/ziniasklaida/kontaktai", use: create)
        routes.pages.get("/ziniasklaida/kontaktai/{id}", use: show)
        routes.pages.post("/ziniasklaida/kontaktai/{id}", use: update)
        routes.pages.get("/ziniasklaida/sarasai", use: lists)
        routes.pages.post("/ziniasklaida/sarasai", use: createList)
        routes.pages.get("/ziniasklaida/sarasai/{id}", use: showList)
        routes.pages.post("/ziniasklaida/sarasai/{id}/nariai", use: addMember)
        routes.pages.post("/ziniasklaida/sarasai/{id}/nariai/{contactId}/isbraukti", use: removeMember)
    }

    static let notFound = PageProblem.notFound(Localized(lt: "Tokio kontakto nėra.", en: "There is no such contact."))
    static let noList = PageProblem.notFound(Localized(lt: "Tokio sąrašo nėra.", en: "There is no such list."))
    static var s: PageStrings { MediaRelationsPageStrings.all }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = request.uri.queryParameters
        let kind = query["rusis"].flatMap { ContactKind(rawValue: String($0)) }
        let text = query["q"].map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : String($0.prefix(500)) }
        let result = try await dependencies.read { db in
            try MediaRelationsQueries.contacts(
                ContactFilter(kinds: kind.map { [$0] } ?? [], text: text), page: Page(limit: Page.maximumLimit), in: db)
        }
        let data: [String: Any] = [
            "contacts": result.items.map { MediaRelationsPageText.contactRow($0, viewer) }, "hasContacts": !result.items.isEmpty,
            "total": result.total, "q": text ?? "",
            "kinds": ContactKind.allCases.map {
                ["value": $0.rawValue, "label": viewer.text(MediaRelationsPageStrings.kind($0)), "selected": $0 == kind]
            },
        ]
        return templates.render("contacts", title: Self.s["contacts"]!, data: data, for: viewer)
    }

    static func fields(_ viewer: Viewer, current: ContactDetails?, form: FormData?, errors: [String: String]) -> [FormField] {
        func label(_ key: String) -> String { viewer.text(s[key]!) }
        func value(_ name: String, _ fallback: String?) -> String { form.map { $0.values[name]?.first ?? "" } ?? fallback ?? "" }
        let kinds = ContactKind.allCases.map { ($0.rawValue, viewer.text(MediaRelationsPageStrings.kind($0))) }
        return [
            FormField(
                "kind", label: label("kind"), kind: .select(options: kinds),
                value: value("kind", current?.kind.rawValue ?? ContactKind.journalist.rawValue)),
            FormField("name", label: label("name"), value: value("name", current?.name), error: errors["name"], required: true),
            FormField("organisation", label: label("organisation"), value: value("organisation", current?.organisation)),
            FormField(
                "topics", label: label("topics"), value: value("topics", current?.topics.joined(separator: ", ")), hint: label("topics_hint")),
            FormField(
                "language", label: label("language"), kind: .select(options: [("lt", "lietuvių / Lithuanian"), ("en", "anglų / English")]),
                value: value("language", current?.language ?? "lt")),
            FormField("email", label: label("email"), kind: .input(type: "email"), value: value("email", current?.email), error: errors["email"]),
            FormField("phone", label: label("phone"), kind: .input(type: "tel"), value: value("phone", current?.phone)),
            FormField("notes", label: label("notes"), kind: .textarea, value: value("notes", current?.notes)),
        ]
    }

    static func read(_ form: FormData, viewer: Viewer) -> (ContactDetails?, [String: String]) {
        var errors: [String: String] = [:]
        if form["name"] == nil { errors["name"] = viewer.text(MediaRelationsPageStrings.required) }
        if let email = form["email"], !(email.contains("@") && email.split(separator: "@").count == 2 && !email.contains(" ")) {
            errors["email"] = viewer.text(MediaRelationsPageStrings.notAnEmail)
        }
        guard errors.isEmpty, let name = form["name"] else { return (nil, errors) }
        let topics = (form["topics"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (
            ContactDetails(
                kind: form["kind"].flatMap(ContactKind.init(rawValue:)) ?? .other, name: name, organisation: form["organisation"],
                topics: topics, language: form["language"] ?? "lt", email: form["email"], phone: form["phone"], notes: form["notes"]),
            errors
        )
    }

    @Sendable func newForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw MediaRelationsPages.editorsOnly }
        return formPage(viewer, form: nil)
    }

    private func formPage(
        _ viewer: Viewer, form: FormData?, errors: [String: String] = [:], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        var data: [String: Any] = [
            "fields": Self.fields(viewer, current: nil, form: form, errors: errors).template, "errors": !errors.isEmpty,
        ]
        if let problem { data["problem"] = problem }
        return templates.render("contact-form", title: Self.s["new_contact"]!, data: data, for: viewer, status: status)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (details, errors) = Self.read(form, viewer: viewer)
        guard let details else { return formPage(viewer, form: form, errors: errors, status: .unprocessableContent) }
        let command = CreateContact(contactId: UUID(), details: details)
        let id: UUID
        do {
            id = try await sender.send(command, for: request, context: context).result?.contactId ?? command.contactId
        } catch let problem as Problem {
            return formPage(viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/kontaktai/\(id.uuidString)")
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await contactPage(try MediaRelationsPages.id(context, or: Self.notFound), Viewer(request: request, context: context))
    }

    private func contactPage(
        _ id: UUID, _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (record, lists, visits, doNotContact) = try await dependencies.read { db in
            let record = try MediaRelationsQueries.contact(id: id, in: db)
            return (
                record,
                try MediaRelationsQueries.contactLists(page: Page(limit: Page.maximumLimit), in: db).items,
                try MediaRelationsQueries.visits(statuses: [], journalistId: id, page: Page(limit: 50), in: db).items,
                try record?.details.email.flatMap { try MediaRelationsQueries.doNotContact(email: $0, in: db) }
            )
        }
        guard let record else { throw Self.notFound }
        let details = record.details
        var data: [String: Any] = [
            "id": id.uuidString, "kind": viewer.text(MediaRelationsPageStrings.kind(details.kind)),
            "organisation": details.organisation ?? "—", "topics": details.topics.joined(separator: ", "),
            "language": details.language, "email": details.email ?? "—", "phone": details.phone ?? "—",
            "lists": lists.filter { record.listIds.contains($0.id) }.map { ["name": $0.name, "href": "/ziniasklaida/sarasai/\($0.id.uuidString)"] },
            "visits": visits.map {
                [
                    "date": HumanDate.dayAndTime($0.details.date, in: viewer.language), "purpose": $0.details.purpose,
                    "status": viewer.text(MediaRelationsPageStrings.status($0.status)),
                ]
            },
            "hasVisits": !visits.isEmpty, "errors": !errors.isEmpty, "doNotContact": doNotContact != nil,
            "fields": Self.fields(viewer, current: details, form: form, errors: errors).template,
        ]
        if let email = details.email { data["mailto"] = "mailto:\(email)" }
        if let notes = details.notes { data["notes"] = notes }
        if let problem { data["problem"] = problem }
        return templates.render("contact", title: Localized(stringLiteral: details.name), data: data, for: viewer, status: status)
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (details, errors) = Self.read(form, viewer: viewer)
        guard let details else { return try await contactPage(id, viewer, form: form, errors: errors, status: .unprocessableContent) }
        guard let current = try await dependencies.read({ db in try MediaRelationsQueries.contact(id: id, in: db) })?.details else {
            throw Self.notFound
        }
        func changed<T: Equatable>(_ new: T?, _ old: T?) -> T? { new != old ? new : nil }
        let patch = ContactPatch(
            kind: changed(details.kind, current.kind), name: changed(details.name, current.name),
            organisation: changed(details.organisation, current.organisation), topics: changed(details.topics, current.topics),
            language: changed(details.language, current.language), email: changed(details.email, current.email),
            phone: changed(details.phone, current.phone), notes: changed(details.notes, current.notes))
        guard !patch.isEmpty else { return PageTemplates.redirect(to: "/ziniasklaida/kontaktai/\(id.uuidString)") }
        do {
            _ = try await sender.send(UpdateContact(contactId: id, patch: patch), for: request, context: context)
        } catch let problem as Problem {
            return try await contactPage(id, viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/kontaktai/\(id.uuidString)")
    }

    // MARK: Lists

    @Sendable func lists(_ request: Request, context: GatewayContext) async throws -> Response {
        try await listsPage(Viewer(request: request, context: context))
    }

    private func listsPage(
        _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let lists = try await dependencies.read { db in try MediaRelationsQueries.contactLists(page: Page(limit: Page.maximumLimit), in: db).items }
        var data: [String: Any] = [
            "lists": lists.map { ["name": $0.name, "href": "/ziniasklaida/sarasai/\($0.id.uuidString)", "count": $0.contactIds.count] },
            "hasLists": !lists.isEmpty,
            "fields": [FormField("name", label: viewer.text(Self.s["list_name"]!), value: form?["name"], error: errors["name"], required: true)]
                .template,
        ]
        if let problem { data["problem"] = problem }
        return templates.render("contact-lists", title: Self.s["lists"]!, data: data, for: viewer, status: status)
    }

    @Sendable func createList(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let name = form["name"] else {
            return try await listsPage(
                viewer, form: form, errors: ["name": viewer.text(MediaRelationsPageStrings.required)], status: .unprocessableContent)
        }
        let command = CreateContactList(listId: UUID(), name: name)
        let id: UUID
        do {
            id = try await sender.send(command, for: request, context: context).result?.listId ?? command.listId
        } catch let problem as Problem {
            return try await listsPage(viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/sarasai/\(id.uuidString)")
    }

    @Sendable func showList(_ request: Request, context: GatewayContext) async throws -> Response {
        try await listPage(try MediaRelationsPages.id(context, or: Self.noList), Viewer(request: request, context: context))
    }

    func listPage(
        _ id: UUID, _ viewer: Viewer, errors: [String: String] = [:], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (list, contacts) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.contactList(id: id, in: db),
                try MediaRelationsQueries.contacts(ContactFilter(), page: Page(limit: Page.maximumLimit), in: db).items
            )
        }
        guard let list else { throw Self.noList }
        let members = contacts.filter { list.contactIds.contains($0.id) }
        let others = contacts.filter { !list.contactIds.contains($0.id) }.map { ($0.id.uuidString, $0.details.name) }
        var data: [String: Any] = [
            "id": id.uuidString, "members": members.map { MediaRelationsPageText.contactRow($0, viewer) }, "hasMembers": !members.isEmpty,
            "count": members.count, "mayAdd": !others.isEmpty,
            "fields": [
                FormField(
                    "contactId", label: viewer.text(Self.s["member_contact"]!), kind: .select(options: others), error: errors["contactId"])
            ].template,
        ]
        if let problem { data["problem"] = problem }
        return templates.render("contact-list", title: Localized(stringLiteral: list.name), data: data, for: viewer, status: status)
    }

    @Sendable func addMember(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.noList)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let contactId = form["contactId"].flatMap(UUID.init(uuidString:)) else {
            return try await listPage(
                id, viewer, errors: ["contactId": viewer.text(MediaRelationsPageStrings.chooseContact)], status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(AddContactToList(listId: id, contactId: contactId), for: request, context: context)
        } catch let problem as Problem {
            return try await listPage(id, viewer, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/sarasai/\(id.uuidString)")
    }
}

extension ContactsPageController {
    /// The remove button of a member's row: the service refuses a contact
    /// that is not on the list, and the list's page says so.
    @Sendable func removeMember(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.noList)
        let viewer = Viewer(request: request, context: context)
        guard let contactId = context.parameters.get("contactId").flatMap(UUID.init(uuidString:)) else { throw Self.notFound }
        do {
            _ = try await sender.send(RemoveContactFromList(listId: id, contactId: contactId), for: request, context: context)
        } catch let problem as Problem {
            return try await listPage(id, viewer, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/sarasai/\(id.uuidString)")
    }
}

/// What the media-relations pages share.
enum MediaRelationsPages {
    static let editorsOnly = PageProblem.forbidden(
        Localized(lt: "Tai keisti gali tik redaktoriai.", en: "Only editors change this."))

    static func id(_ context: GatewayContext, or problem: PageProblem) throws -> UUID {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw problem }
        return id
    }

    /// An optional UUID field: `nil` when empty; an error when not a UUID.
    static func optionalId(_ form: FormData, _ name: String, _ viewer: Viewer, _ errors: inout [String: String]) -> UUID? {
        guard let text = form[name] else { return nil }
        guard let id = UUID(uuidString: text) else {
            errors[name] = viewer.text(MediaRelationsPageStrings.notAnId)
            return nil
        }
        return id
    }
}
