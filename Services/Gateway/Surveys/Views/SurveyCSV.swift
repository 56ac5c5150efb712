import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A survey's responses and results as CSV files (`CSVFile`).
///
/// Responses: a header row, then one row per response in order of arrival.
/// Columns: `responseId`, `submittedAt` (Vilnius time), the respondent's
/// `name` and `email` unless the survey is anonymous, then one per question
/// by its id (options of a multiple choice joined by "; ").
///
/// Results: one row per question and value (option, scale point or distinct
/// number; a free-text question one row with no value): `questionId`,
/// `question`, `type`, `answers` (how many answered it), `value`, `count`,
/// `share` (% of those who answered), and the question's `mean`, `median`
/// and `nps` where they apply.
enum SurveyCSV {
    static func responses(_ survey: SurveyRecord, _ responses: [StoredResponse]) -> CSVFile {
        var header = ["responseId", "submittedAt"]
        if !survey.details.anonymous { header += ["name", "email"] }
        header += survey.questions.map(\.id)
        let rows = responses.map { response in
            var cells = [response.id, CSVFile.cell(response.submittedAt)]
            if !survey.details.anonymous { cells += [response.respondentName ?? "", response.respondentEmail ?? ""] }
            return cells + survey.questions.map { response.answers[$0.id]?.cellText ?? "" }
        }
        return CSVFile(fileName: "survey-\(survey.id.uuidString.lowercased())-responses.csv", header: header, rows: rows)
    }

    static func results(_ results: ResultsView) -> CSVFile {
        let header = ["questionId", "question", "type", "answers", "value", "count", "share", "mean", "median", "nps"]
        var rows: [[String]] = []
        for question in results.questions {
            let summary = [CSVFile.cell(question.mean), CSVFile.cell(question.median), CSVFile.cell(question.nps)]
            let start = [question.id, question.textLt, question.type.rawValue, String(question.answers)]
            if question.distribution.isEmpty {
                rows.append(start + ["", "", ""] + summary)
            }
            for bucket in question.distribution {
                rows.append(start + [text(of: bucket.value), String(bucket.count), CSVFile.cell(bucket.share)] + summary)
            }
        }
        return CSVFile(
            fileName: "survey-\(results.surveyId.uuidString.lowercased())-results.csv", header: header, rows: rows)
    }

    /// An option as it is, a number as `CSVFile.cell` writes it.
    static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): CSVFile.cell(number)
        case .bool(let flag): CSVFile.cell(flag)
        case .null, .array, .object: ""
        }
    }

    /// The survey's responses as a CSV file to download (the API's route and the results page's link).
    static func downloadResponses(_ survey: SurveyRecord, dependencies: GatewayDependencies) async throws -> Response {
        let stored = try await dependencies.read { db in try SurveysQueries.responses(of: survey.id, in: db) }
        return try responses(survey, stored).response()
    }

    /// The survey's results as a CSV file to download.
    static func downloadResults(_ survey: SurveyRecord, dependencies: GatewayDependencies) async throws -> Response {
        let view = try await dependencies.read { db in try SurveyResults.results(of: survey, by: nil, in: db) }
        return try results(view).response()
    }
}
