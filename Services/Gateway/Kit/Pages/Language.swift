import Hummingbird

/// The language a page is shown in: Lithuanian first, English by the switch
/// in every page's header, remembered in the `kalba` cookie.
public enum Language: String, Sendable, CaseIterable {
    case lt, en

    /// The cookie that keeps the reader's choice.
    public static let cookieName = "kalba"

    /// The reader's choice from the cookie; Lithuanian without one.
    public init(of request: Request) {
        self = request.cookies[Self.cookieName].flatMap { Language(rawValue: $0.value) } ?? .lt
    }

    /// The other language, which the switch offers.
    public var other: Language { self == .lt ? .en : .lt }
}

/// A text in both languages.
public struct Localized: Sendable, Equatable, ExpressibleByStringLiteral {
    public var lt: String
    public var en: String

    public init(lt: String, en: String) {
        self.lt = lt
        self.en = en
    }

    /// The same text in both (a name, a number).
    public init(stringLiteral value: String) {
        self.init(lt: value, en: value)
    }

    public func text(in language: Language) -> String {
        language == .lt ? lt : en
    }
}

/// A part's words for its templates, by key (`{{t.events_title}}`).
public typealias PageStrings = [String: Localized]

extension Dictionary where Key == String, Value == Localized {
    /// The words in `language`, as a template reads them.
    public func texts(in language: Language) -> [String: String] {
        mapValues { $0.text(in: language) }
    }
}
