import Foundation

/// Writes text to standard output or error without going through the logger.
public enum FileHandleOutput {
    public static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    public static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
