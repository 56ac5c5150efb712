import GatewayKit

/// The words of the pages made of every part.
enum AppPageStrings {
    static let all: PageStrings = [
        "print": Localized(lt: "Spausdinti", en: "Print")
    ]
}
