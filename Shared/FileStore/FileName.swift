import Foundation

/// The name a file was uploaded under (`Žalčių karalienė.mp4`), kept with
/// its version and given back when it is downloaded. One name, not a path.
public enum FileName {
    /// The most UTF-8 bytes a name may have (what most file systems allow).
    public static let maxBytes = 255

    /// The name trimmed and in Unicode NFC (so `ė` typed two ways is one
    /// name), or what is wrong with it: empty, more than 255 UTF-8 bytes, a
    /// `/` or `\`, a control character, or `.`/`..`.
    public static func checked(_ text: String) -> Result<String, FileNameError> {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        if name.isEmpty { return .failure(FileNameError("the file name is empty")) }
        if name.utf8.count > maxBytes {
            return .failure(FileNameError("the file name is longer than \(maxBytes) bytes in UTF-8"))
        }
        if name == "." || name == ".." { return .failure(FileNameError("'\(name)' is not a file name")) }
        if name.contains("/") || name.contains("\\") {
            return .failure(FileNameError("the file name may not contain '/' or '\\'; send the name only, not a path"))
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .failure(FileNameError("the file name may not contain control characters"))
        }
        return .success(name)
    }
}

/// What is wrong with a file name, in a sentence.
public struct FileNameError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
