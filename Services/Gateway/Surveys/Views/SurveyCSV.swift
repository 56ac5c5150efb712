import Foundation
import GatewayKit
import MessageSchema

/// A survey's responses as RFC 4180 CSV in UTF-8: a header row, then one
/// row per response in order of arrival, lines ending in CRLF. Columns:
/// `responseId`, `submittedAt` (Vilnius time), the respondent's `name` and
/// `email` unless the survey is anonymous, then one per question by its id
/// (options of a multiple choice joined by "; ").
enum SurveyCSV {
    static func render(_ survey: SurveyRecord, _ responses: [StoredResponse]) -> String {
        var header = ["responseId", "submittedAt"]
        if !survey.details.anonymous { header += ["name", "email"] }
        header += survey.questions.map(\.id)
        var lines = [line(header)]
        for response in responses {
            var cells = [response.id, Timestamp.formatVilnius(response.submittedAt)]
            if !survey.details.anonymous { cells += [response.respondentName ?? "", response.respondentEmail ?? ""] }
            cells += survey.questions.map { response.answers[$0.id]?.cellText ?? "" }
            lines.append(line(cells))
        }
        return lines.joined()
    }

    static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// Quoted when it holds a comma, a quote, CR or LF; quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
