import Foundation
import MessageSchema

/// Sample files and days for tests.
enum Sample {
    /// The header of a PNG of `width` × `height` pixels (signature and IHDR), and a few bytes more.
    static func png(width: Int, height: Int, extra: UInt8 = 0) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8) + bigEndian(width, 4) + bigEndian(height, 4) + [8, 6, 0, 0, 0]
        bytes += [0, 0, 0, 0, extra]
        return Data(bytes)
    }

    /// A GIF89a header of `width` × `height`.
    static func gif(width: Int, height: Int) -> Data {
        Data(Array("GIF89a".utf8) + [UInt8(width & 0xFF), UInt8(width >> 8), UInt8(height & 0xFF), UInt8(height >> 8), 0, 0, 0])
    }

    /// A JPEG start with an APP0 segment, then a baseline SOF0 of `width` × `height`.
    static func jpeg(width: Int, height: Int) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xC0, 0x00, 0x11, 0x08] + bigEndian(height, 2) + bigEndian(width, 2) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        bytes += [0xFF, 0xD9]
        return Data(bytes)
    }

    static func bigEndian(_ value: Int, _ count: Int) -> [UInt8] {
        (0..<count).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    /// Today in Vilnius, moved by `days`.
    static func today(plus days: Int = 0) -> CalendarDay {
        CalendarDay(vilnius: Date()).adding(days: days)
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
}
