import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/contacts` and `/api/v1/contact-lists`.
struct ContactsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        let contacts = routes.described(.staff, "/api/v1/contacts")
        let lists = routes.described(.staff, "/api/v1/contact-lists")
        contacts.get(use: list, .list("Media contacts", ContactView.self, query: ["kind", "topic", "q", "limit", "offset"]))
        contacts.post(use: create, .write("Adds a media contact", body: ContactInput.self, answer: ContactView.self, creates: true))
        contacts.get(":id", use: show, .read("A media contact", ContactView.self))
        contacts.patch(":id", use: update, .write("Changes a media contact", body: ContactInput.self, answer: ContactView.self))
        lists.get(use: listLists, .list("Contact lists", ContactListView.self, query: ["limit", "offset"]))
        lists.post(
            use: createList, .write("Adds a contact list", body: ContactListInput.self, answer: ContactListView.self, creates: true))
        lists.get(":id", use: showList, .read("A contact list with its members", ContactListView.self))
        lists.post(
            ":id/members", use: addMember,
            .write("Adds a contact to a list", body: ListMemberInput.self, answer: ContactListView.self))
        lists.delete(
            ":id/members/:contactId", use: removeMember, .command("Removes a contact from a list", answer: ContactListView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<ContactView> {
        let query = try QueryParameters(request, allowed: ["kind", "topic", "q", "limit", "offset"])
        let filter = ContactFilter(
            kinds: try query.set("kind", of: ContactKind.self), topic: query.string("topic"), text: query.string("q"))
        let page = try query.page()
        let result = try await dependencies.read { db in try MediaRelationsQueries.contacts(filter, page: page, in: db) }
        return ListView(items: result.items.map(ContactView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ContactView> {
        let details = try await JSONBody.decode(ContactInput.self, from: request, context: context).validated()
        let command = CreateContact(contactId: UUID(), details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.contactId ?? command.contactId
        return WriteResponse(
            status: .created, body: ContactView(try await existing(id)), location: "/api/v1/contacts/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> ContactView {
        ContactView(try await existing(try context.parameters.uuid("id", naming: "contact")))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ContactView> {
        let id = try context.parameters.uuid("id", naming: "contact")
        let patch = try await JSONBody.decode(ContactInput.self, from: request, context: context).validatedPatch()
        let sent = try await sender.send(UpdateContact(contactId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: ContactView(try await existing(id)), fresh: sent.fresh)
    }

    @Sendable func listLists(_ request: Request, context: GatewayContext) async throws -> ListView<ContactListView> {
        let query = try QueryParameters(request, allowed: ["limit", "offset"])
        let page = try query.page()
        let result = try await dependencies.read { db in try MediaRelationsQueries.contactLists(page: page, in: db) }
        return ListView(items: result.items.map(ContactListView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func createList(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ContactListView> {
        let name = try await JSONBody.decode(ContactListInput.self, from: request, context: context).validated()
        let command = CreateContactList(listId: UUID(), name: name)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.listId ?? command.listId
        return WriteResponse(
            status: .created, body: ContactListView(try await existingList(id)), location: "/api/v1/contact-lists/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func showList(_ request: Request, context: GatewayContext) async throws -> ContactListView {
        ContactListView(try await existingList(try context.parameters.uuid("id", naming: "contact list")))
    }

    @Sendable func addMember(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ContactListView> {
        let id = try context.parameters.uuid("id", naming: "contact list")
        let contactId = try await JSONBody.decode(ListMemberInput.self, from: request, context: context).validated()
        let sent = try await sender.send(AddContactToList(listId: id, contactId: contactId), for: request, context: context)
        return WriteResponse(body: ContactListView(try await existingList(id)), fresh: sent.fresh)
    }

    /// Takes the contact off the list: 200 with the list as it is after.
    @Sendable func removeMember(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ContactListView> {
        let id = try context.parameters.uuid("id", naming: "contact list")
        let contactId = try context.parameters.uuid("contactId", naming: "contact")
        let sent = try await sender.send(RemoveContactFromList(listId: id, contactId: contactId), for: request, context: context)
        return WriteResponse(body: ContactListView(try await existingList(id)), fresh: sent.fresh)
    }

    private func existing(_ id: UUID) async throws -> MediaContactRecord {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.contact(id: id, in: db) }) else {
            throw Problem.notFound("no contact has the id \(id.uuidString)")
        }
        return record
    }

    private func existingList(_ id: UUID) async throws -> MediaContactListRecord {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.contactList(id: id, in: db) }) else {
            throw Problem.notFound("no contact list has the id \(id.uuidString)")
        }
        return record
    }
}
