import MessageSchema

/// The questions of every feedback survey opened for an event held or a
/// training session completed.
enum FeedbackQuestions {
    static let all: [SurveyQuestion] = [
        SurveyQuestion(
            id: "recommend", type: .nps, textLt: "Kaip tikėtina, kad rekomenduotumėte šį renginį?",
            textEn: "How likely are you to recommend this event?", required: true),
        SurveyQuestion(
            id: "satisfaction", type: .starRating, textLt: "Kaip vertinate renginį?",
            textEn: "How do you rate the event?", required: true),
        SurveyQuestion(
            id: "comment", type: .freeText, textLt: "Ką norėtumėte pasakyti?",
            textEn: "What would you like to tell us?", required: false),
    ]
}
