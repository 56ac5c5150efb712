import Bus
import Foundation
import GRDB
import Logging
import MessageSchema
import Store

/// Asking the sources: the missing messages (`fetch`), and from where
/// this consumer may still need their logs (`keep-from`).
extension Consumer {
    /// Asks `source` for the messages after the last applied one. The fetch
    /// runs in its own task, so a source that is down (each try waits for the
    /// timeout) never holds up the messages of the others; its answer comes
    /// back to `fetched`. One fetch per source at a time.
    func catchUp(_ source: String) {
        guard let fetcher = fetchers[source], !paused, stops[source] == nil, !fetching.contains(source) else { return }
        fetching.insert(source)
        let from = (applied[source] ?? 0) + 1
        let generation = generations[source] ?? 0
        Task {
            let outcome: Result<ControlReply, any Error>
            do {
                let request = ControlRequest(.fetch, from: from, limit: Self.fetchLimit)
                outcome = .success(try await fetcher.control(request, timeout: .seconds(2), attempts: 1))
            } catch {
                outcome = .failure(error)
            }
            await self.fetched(source, from: from, generation: generation, outcome)
        }
    }

    /// Applies a fetched batch, and fetches again while more is missing.
    func fetched(
        _ source: String, from: Int64, generation: Int, _ outcome: Result<ControlReply, any Error>
    ) async {
        guard generation == generations[source] ?? 0 else {
            // Asked before a reconcile: its `from` belongs to the state the reconcile replaced.
            fetching.remove(source)
            return
        }
        let reply: ControlReply
        switch outcome {
        case .failure(let error):
            fetching.remove(source)
            logger.debug("cannot fetch from \(source) yet: \(error)")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        case .success(let answer):
            reply = answer
        }
        if !reply.ok, let pruned = reply.prunedThrough, pruned >= from {
            fetching.remove(source)
            await stop(
                source,
                SourceStop(
                    reason: .pruned, appliedEpoch: epochs[source], sourceEpoch: reply.epoch, sourceLatestSeq: reply.count ?? 0,
                    prunedThrough: pruned))
            return
        }
        guard reply.ok, let messages = reply.messages else {
            fetching.remove(source)
            logger.warning("\(source) refused a fetch: \(reply.error ?? "no reason")")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        guard !paused else {
            // Paused while the fetch was out: nothing is applied; `resume` fetches again.
            fetching.remove(source)
            return
        }
        if let stranger = messages.first(where: { $0.source != source }) {
            fetching.remove(source)
            logger.warning("\(source) answered a fetch with a message of '\(stranger.source)'; refused")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        // The source's latest `seq` is at least what was applied when the fetch was asked, unless it went back.
        let latest = reply.count ?? (messages.last?.seq ?? from - 1)
        guard await isSameHistory(source, epoch: reply.epoch ?? messages.first?.epoch, seen: latest, atLeast: from - 1)
        else {
            fetching.remove(source)
            return
        }
        if let epoch = reply.epoch, epochs[source] == nil { await learn(epoch, of: source) }
        synced.insert(source)
        nextFetchAllowed[source] = nil
        if let latest = reply.count { announce(source, latest) }
        if !messages.isEmpty {
            var raw: [Int64: Data] = [:]
            for message in messages { raw[message.seq] = try? message.encoded() }
            await apply(messages, raw: raw, source: source)
        }
        fetching.remove(source)
        if !messages.isEmpty && (applied[source] ?? 0) < from {
            // Nothing applied: the batch does not continue our sequence, or
            // the database refused it. Try again after the backoff.
            logger.warning("fetched messages from \(source) at \(from) could not be applied; retrying later")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        // More right away only after a batch that moved us on; an empty answer
        // (the source cannot serve what was announced yet) waits for the next tick.
        if !messages.isEmpty && (messages.count >= Self.fetchLimit || (applied[source] ?? 0) < (announced[source] ?? 0)) {
            catchUp(source)
        }
    }

    /// Caught up with `source` in a known epoch, and what to say changed or was not said for a minute.
    func needsKeepFrom(_ source: String) -> Bool {
        guard synced.contains(source), stops[source] == nil, epochs[source] != nil else { return false }
        guard let said = keepFromSaid[source] else { return true }
        let since = ContinuousClock.now - said.at
        if since >= Self.keepFromInterval { return true }
        return since >= Self.keepFromChangeInterval && said.from != applier.keepFrom(source: source, applied: applied[source] ?? 0)
    }

    /// Tells `source` from which `seq` of its current epoch on this consumer
    /// may still need its log. A source that predates pruning refuses the
    /// request; nothing depends on its answer.
    func sayKeepFrom(_ source: String) {
        guard let fetcher = fetchers[source], let epoch = epochs[source] else { return }
        let from = applier.keepFrom(source: source, applied: applied[source] ?? 0)
        keepFromSaid[source] = (from, .now)
        let request = ControlRequest(.keepFrom, from: from, epoch: epoch)
        let logger = self.logger
        Task {
            do {
                let reply = try await fetcher.control(request, timeout: .seconds(2), attempts: 1)
                if !reply.ok { logger.debug("\(source) did not take keep-from: \(reply.error ?? "no reason")") }
            } catch {
                logger.debug("cannot tell \(source) keep-from yet: \(error)")
            }
        }
    }
}
