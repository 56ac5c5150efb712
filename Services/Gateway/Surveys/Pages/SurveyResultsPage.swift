import Foundation
import GatewayKit
import MessageSchema

/// What the results page shows: the headline figures, the weekly trend, each
/// question's distribution as a chart and a table with its mean, median and
/// NPS, a cross-tab of two questions, and the newest free answers.
enum SurveyResultsPage {
    static func view(
        survey: SurveyRecord, results: ResultsView, responses: [StoredResponse], crossable: [SurveyQuestion],
        by: SurveyQuestion?, versus: SurveyQuestion?, language: Language
    ) -> [String: Any] {
        func text(_ localized: Localized) -> String { localized.text(in: language) }
        func figure(_ value: Double?) -> String { PageFigure.text(value, in: language) }
        let weeks = results.trend.map { String($0.week.dropFirst(5)) }
        var data: [String: Any] = [
            "id": survey.id.uuidString.lowercased(), "responses": results.responses, "nps": figure(results.nps),
            "satisfaction": PageFigure.text(results.satisfaction, in: language, decimals: 2),
            "hasNps": results.nps != nil, "hasResponses": results.responses > 0, "hasSatisfaction": results.satisfaction != nil,
            "status": text(SurveysPageStrings.status(survey.status)), "statusCode": survey.status.rawValue,
        ]
        if !results.trend.isEmpty {
            let title = text(SurveysPageStrings.all["weekly_trend"] ?? "")
            data["trendChart"] = SVGChart.lines(
                labels: weeks, series: [SVGChart.Series(name: title, values: results.trend.map { Double($0.responses) })],
                title: title)
            let npsWeeks = results.trend.filter { $0.nps != nil }
            if !npsWeeks.isEmpty {
                let npsTitle = text(SurveysPageStrings.all["nps_by_week"] ?? "")
                data["npsChart"] = SVGChart.lines(
                    labels: npsWeeks.map { String($0.week.dropFirst(5)) },
                    series: [SVGChart.Series(name: npsTitle, values: npsWeeks.compactMap(\.nps))], title: npsTitle)
            }
        }
        data["questions"] = zip(survey.questions, results.questions).enumerated().map { index, pair in
            question(pair.0, pair.1, number: index + 1, language: language)
        }
        data["crossable"] = crossable.count >= 2
        data["byChoices"] = crossable.map { choice($0, selected: $0.id == by?.id, language) }
        data["vsChoices"] = crossable.map { choice($0, selected: $0.id == versus?.id, language) }
        if let by, let versus, let table = results.crossTab {
            data["cross"] = crossTab(table, by: by, versus: versus, language: language)
        }
        let freeText = survey.questions.filter { $0.type == .freeText }
        data["free"] = freeText.map { question in
            let answers = responses.reversed().compactMap { response -> String? in
                if case .text(let text) = response.answers[question.id] { return text }
                return nil
            }
            return [
                "text": questionText(question, language),
                "answers": answers.prefix(30).map { ["text": $0] }, "hasAnswers": !answers.isEmpty,
            ] as [String: Any]
        }
        return data
    }

    static func questionText(_ question: SurveyQuestion, _ language: Language) -> String {
        language == .en ? (question.textEn ?? question.textLt) : question.textLt
    }

    static func choice(_ question: SurveyQuestion, selected: Bool, _ language: Language) -> [String: Any] {
        ["value": question.id, "label": questionText(question, language), "selected": selected]
    }

    /// A bucket's value as a label: the option, or the scale point.
    static func label(_ value: JSONValue) -> String {
        if case .number(let number) = value { return SurveyAnswer.canonical(number) }
        return value.stringValue ?? ""
    }

    static func question(
        _ question: SurveyQuestion, _ result: ResultsView.Question, number: Int, language: Language
    ) -> [String: Any] {
        let text = questionText(question, language)
        var view: [String: Any] = [
            "number": number, "id": question.id, "text": text,
            "typeName": SurveysPageStrings.type(question.type).text(in: language), "answers": result.answers,
            "isNumeric": question.type.isNumeric, "mean": PageFigure.text(result.mean, in: language, decimals: 2),
            "median": PageFigure.text(result.median, in: language), "isNps": question.type == .nps,
            "nps": PageFigure.text(result.nps, in: language),
            "buckets": result.distribution.map { bucket in
                [
                    "label": label(bucket.value), "count": bucket.count,
                    "share": PageFigure.text(bucket.share, in: language),
                ] as [String: Any]
            },
            "hasBuckets": !result.distribution.isEmpty,
        ]
        if !result.distribution.isEmpty, result.answers > 0 {
            view["chart"] = SVGChart.bars(
                result.distribution.map { SVGChart.Item(label($0.value), Double($0.count)) }, title: text)
        }
        return view
    }

    static func crossTab(
        _ table: ResultsView.CrossTab, by: SurveyQuestion, versus: SurveyQuestion, language: Language
    ) -> [String: Any] {
        let columns: [String] =
            versus.type.hasOptions ? versus.options : (versus.type.scale ?? 0...0).map(String.init)
        let rows: [[String: Any]] = table.rows.map { row in
            let counts =
                row.questions.first { $0.id == versus.id }.map { question in
                    Dictionary(question.distribution.map { (label($0.value), $0.count) }, uniquingKeysWith: +)
                } ?? [:]
            return [
                "label": label(row.value), "responses": row.responses,
                "cells": columns.map { ["count": counts[$0] ?? 0] },
            ]
        }
        return [
            "by": questionText(by, language), "versus": questionText(versus, language),
            "columns": columns.map { ["label": $0] }, "rows": rows,
        ]
    }
}
