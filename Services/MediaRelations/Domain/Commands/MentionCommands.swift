import Foundation
import GRDB
import MessageSchema

extension MediaRelationsChange {
    /// Records a mention, once per (normalised) URL: a URL known already is
    /// answered with its mention and changes nothing. Messages:
    /// `MentionRecorded`, then `MentionExcerptRecorded` when it has an excerpt.
    func record(_ command: RecordMention) throws -> MentionOutcome {
        let mention = try MentionRules.normalised(command.mention)
        try MentionRules.validate(mention)
        if let existing = try MentionRecord.filter(Column("url") == mention.url).fetchOne(db) {
            return MentionOutcome(mentionId: UUID(uuidString: existing.id) ?? command.mentionId, created: false)
        }
        if try MentionRecord.exists(db, key: command.mentionId.uuidString) {
            throw CommandFailure(
                .conflict, "A mention with the id \(command.mentionId.uuidString) exists already under another URL.",
                details: ["mentionId": command.mentionId.uuidString])
        }
        try MentionRecord(
            id: command.mentionId.uuidString, url: mention.url, outlet: mention.outlet, publishedAt: mention.publishedAt,
            title: mention.title, excerpt: mention.excerpt, language: mention.language, reach: mention.reach,
            sentiment: mention.sentiment, eventId: mention.eventId?.uuidString, campaignId: mention.campaignId?.uuidString,
            recordedAt: now
        ).insert(db)
        try publish(
            MentionRecorded(
                mentionId: command.mentionId, url: mention.url, outlet: mention.outlet, publishedAt: mention.publishedAt,
                title: mention.title, language: mention.language, reach: mention.reach, sentiment: mention.sentiment,
                eventId: mention.eventId, campaignId: mention.campaignId))
        if let excerpt = mention.excerpt {
            try publish(MentionExcerptRecorded(mentionId: command.mentionId, excerpt: excerpt))
        }
        return MentionOutcome(mentionId: command.mentionId, created: true)
    }

    /// Links a mention to an event and a campaign (or unlinks it); links
    /// that do not change publish nothing. Message: `MentionRecorded`.
    func link(_ command: LinkMention) throws -> MentionOutcome {
        guard var mention = try MentionRecord.fetchOne(db, key: command.mentionId.uuidString) else {
            throw CommandFailure(
                .notFound, "No mention has the id \(command.mentionId.uuidString).",
                details: ["mentionId": command.mentionId.uuidString])
        }
        let eventId = command.eventId?.uuidString
        let campaignId = command.campaignId?.uuidString
        guard mention.eventId != eventId || mention.campaignId != campaignId else {
            return MentionOutcome(mentionId: command.mentionId, created: false)
        }
        mention.eventId = eventId
        mention.campaignId = campaignId
        try mention.update(db)
        try publish(
            MentionRecorded(
                mentionId: command.mentionId, url: mention.url, outlet: mention.outlet, publishedAt: mention.publishedAt,
                title: mention.title, language: mention.language, reach: mention.reach, sentiment: mention.sentiment,
                eventId: command.eventId, campaignId: command.campaignId))
        return MentionOutcome(mentionId: command.mentionId, created: false)
    }

    /// Corrects a mention's sentiment, reach or both; what the command leaves
    /// out is kept, and a correction that changes nothing publishes nothing.
    /// Message: `MentionCorrected`, with the values before.
    func correct(_ command: CorrectMention) throws -> MentionOutcome {
        if command.sentiment == nil && command.reach == nil {
            throw invalidInput("correction", "The correction changes nothing: give the sentiment, the reach or both.")
        }
        if let reach = command.reach, !(0...MentionRules.maximumReach).contains(reach) {
            throw invalidInput("reach", "The reach must be a whole number from 0 to \(MentionRules.maximumReach); \(reach) is not.")
        }
        guard var mention = try MentionRecord.fetchOne(db, key: command.mentionId.uuidString) else {
            throw CommandFailure(
                .notFound, "No mention has the id \(command.mentionId.uuidString).",
                details: ["mentionId": command.mentionId.uuidString])
        }
        let previousSentiment = mention.sentiment
        let previousReach = mention.reach
        mention.sentiment = command.sentiment ?? previousSentiment
        mention.reach = command.reach ?? previousReach
        guard mention.sentiment != previousSentiment || mention.reach != previousReach else {
            return MentionOutcome(mentionId: command.mentionId, created: false)
        }
        try mention.update(db)
        try publish(
            MentionCorrected(
                mentionId: command.mentionId, sentiment: mention.sentiment, reach: mention.reach,
                previousSentiment: previousSentiment, previousReach: previousReach))
        return MentionOutcome(mentionId: command.mentionId, created: false)
    }

    /// Records every good row or item of a file; a bad one is reported with
    /// its line or item number and never stops the others. A mention's id is
    /// derived from its URL, so importing the same file again creates nothing.
    /// The file was read before the transaction (`MentionFile.prepare`).
    func importMentions(_ command: ImportMentions, file: Result<MentionFile, CommandFailure>) throws -> MentionImportReport {
        let parsed = try file.get()
        var report = MentionImportReport(errors: parsed.errors)
        for entry in parsed.entries {
            do {
                let url = MentionRules.normalisedURL(entry.mention.url) ?? entry.mention.url
                let id = UUID(derivedFrom: "media-relations:mention:\(url)")
                var recorded: MentionOutcome?
                try db.inSavepoint {
                    recorded = try record(RecordMention(mentionId: id, mention: entry.mention))
                    return .commit
                }
                guard let outcome = recorded else { continue }
                if outcome.created {
                    report.created += 1
                    report.mentionIds.append(outcome.mentionId)
                } else {
                    report.duplicates += 1
                }
            } catch let failure as CommandFailure {
                report.errors.append(MentionImportError(line: entry.line, item: entry.item, detail: failure.message))
            }
        }
        report.errors.sort { ($0.line ?? $0.item ?? 0) < ($1.line ?? $1.item ?? 0) }
        return report
    }
}
