/// ISBN-10 and ISBN-13 with their check digits.
enum ISBN {
    /// The ISBN without hyphens and spaces (a final `x` as `X`), or `nil`
    /// when it is not 10 or 13 digits or its check digit is wrong.
    static func normalised(_ text: String) -> String? {
        let compact = text.uppercased().filter { $0 != "-" && $0 != " " }
        let characters = Array(compact)
        switch characters.count {
        case 10:
            var sum = 0
            for (index, character) in characters.enumerated() {
                let value: Int
                if let digit = character.wholeNumberValue, character.isASCII {
                    value = digit
                } else if character == "X" && index == 9 {
                    value = 10
                } else {
                    return nil
                }
                sum += value * (10 - index)
            }
            return sum % 11 == 0 ? compact : nil
        case 13:
            var sum = 0
            for (index, character) in characters.enumerated() {
                guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
                sum += digit * (index.isMultiple(of: 2) ? 1 : 3)
            }
            return sum % 10 == 0 && (compact.hasPrefix("978") || compact.hasPrefix("979")) ? compact : nil
        default:
            return nil
        }
    }
}
