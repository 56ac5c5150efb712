import CSV
import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A survey's responses as RFC 4180 CSV in UTF-8, written by CSV.swift's
/// `CSVWriter`: a header row, then one row per response in order of
/// arrival, every line ending in CRLF (the last one too). A field is quoted
/// when it holds a comma, a quote, CR or LF, its quotes doubled. Columns:
/// `responseId`, `submittedAt` (Vilnius time), the respondent's `name` and
/// `email` unless the survey is anonymous, then one per question by its id
/// (options of a multiple choice joined by "; ").
enum SurveyCSV {
    /// Throws only what the in-memory stream under `CSVWriter` reports.
    static func render(_ survey: SurveyRecord, _ responses: [StoredResponse]) throws -> String {
        var header = ["responseId", "submittedAt"]
        if !survey.details.anonymous { header += ["name", "email"] }
        header += survey.questions.map(\.id)
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try writer.write(row: header)
        for response in responses {
            var cells = [response.id, Timestamp.formatVilnius(response.submittedAt)]
            if !survey.details.anonymous { cells += [response.respondentName ?? "", response.respondentEmail ?? ""] }
            cells += survey.questions.map { response.answers[$0.id]?.cellText ?? "" }
            try writer.write(row: cells)
        }
        writer.stream.close()
        guard let written = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        // CSVWriter puts the line break between rows; the file's last row ends in one too.
        return String(decoding: written, as: UTF8.self) + "\r\n"
    }

    /// The survey's responses as a CSV file to download (the API's route and the results page's link).
    static func download(_ survey: SurveyRecord, dependencies: GatewayDependencies) async throws -> Response {
        let responses = try await dependencies.read { db in try SurveysQueries.responses(of: survey.id, in: db) }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8; header=present"
        headers[.contentDisposition] = "attachment; filename=\"survey-\(survey.id.uuidString.lowercased()).csv\""
        let text = try render(survey, responses)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
