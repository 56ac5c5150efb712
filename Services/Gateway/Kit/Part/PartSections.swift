import Foundation
import MessageSchema

/// A piece of a page made of every part (the start page, the annual report):
/// each part renders its own from its own tables; `order` places it.
public struct PageSection: Sendable {
    public var order: Int
    /// Rendered HTML (a part's template without the layout).
    public var html: String

    public init(order: Int, html: String) {
        self.order = order
        self.html = html
    }
}

/// What one part found for the search box, under its kind's heading.
public struct SearchResultGroup: Sendable {
    public struct Result: Sendable {
        public var title: String
        public var href: String
        public var detail: String

        public init(title: String, href: String, detail: String) {
            self.title = title
            self.href = href
            self.detail = detail
        }
    }

    public var kind: Localized
    public var results: [Result]

    public init(kind: Localized, results: [Result]) {
        self.kind = kind
        self.results = results
    }
}

/// A part's section of a year's annual report: the page's HTML and the same figures as JSON.
public struct ReportSection: Sendable {
    public var order: Int
    /// The member of the report's JSON (`events`, `campaigns` …).
    public var key: String
    public var html: String
    public var json: JSONValue

    public init(order: Int, key: String, html: String, json: JSONValue) {
        self.order = order
        self.key = key
        self.html = html
        self.json = json
    }
}

/// The pages made of every part ask each part for its share; a part without one gives none.
extension GatewayPart {
    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] { [] }
    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] { [] }
    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] { [] }
}
