import Foundation

/// Alphabetical order of Lithuanian, case-insensitive:
/// a ą b c č d e ę ė f g h i į y j k l m n o p r s š t u ų ū v z ž
/// (q, w and x of foreign words go after p, v and w). Spaces come first,
/// then digits, then letters; punctuation and symbols (quotes „…“ included)
/// are ignored; other Latin letters sort as their base letter.
public enum LithuanianOrder {
    private static let alphabet: [Character] = Array("aąbcčdeęėfghiįyjklmnopqrsštuųūvwxzž")

    private static let rank: [Character: Int] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, $0.offset) })

    /// A text whose plain (byte) order is the Lithuanian order of `text`:
    /// what the read model stores to sort in SQL with the default collation.
    public static func sortKey(_ text: String) -> String {
        var key = ""
        var lastWasSpace = true
        for character in text.lowercased() {
            guard let weight = weight(of: character) else { continue }
            if weight == spaceWeight {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            key += hex(weight)
        }
        while key.hasSuffix(hex(spaceWeight)) { key.removeLast(6) }
        return key
    }

    /// `true` when `a` comes before `b`; equal keys fall back to the texts
    /// themselves, so the order is total.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (keyA, keyB) = (sortKey(a), sortKey(b))
        return keyA != keyB ? keyA < keyB : a < b
    }

    private static let spaceWeight = 0x20

    private static func weight(of character: Character) -> Int? {
        if let index = rank[character] { return 0x100 + index }
        if character.isWhitespace { return spaceWeight }
        if let digit = character.wholeNumberValue, character.isASCII { return 0x30 + digit }
        guard character.isLetter || character.isNumber else { return nil }
        // A letter with a diacritic Lithuanian does not have (é, ö): its base letter.
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first
        if let base, let index = rank[Character(base)] { return 0x100 + index }
        return 0x2000 + Int(base?.value ?? 0)
    }

    /// Six hexadecimal digits: every weight has the same width, so text
    /// order is numeric order.
    private static func hex(_ weight: Int) -> String {
        let digits = String(weight, radix: 16)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
