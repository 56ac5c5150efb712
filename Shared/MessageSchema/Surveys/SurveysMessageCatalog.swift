/// Every message type the surveys service publishes, with its version.
public enum SurveysMessageCatalog {
    public static let all: [any Message.Type] = [
        SurveyOpened.self, SurveyResultsUpdated.self,
        SurveyCreated.self, SurveyQuestionAdded.self, SurveyClosed.self, SurveyResponseAccepted.self,
        SurveyInvitationsIssued.self,
        PersonErased.self,
    ]
}
