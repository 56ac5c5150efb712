import Bus
import Foundation
import XCTest

final class RequestReplyTests: XCTestCase {
    func endpoint() -> String { "ipc://\(NSTemporaryDirectory())rr-\(UUID().uuidString.prefix(8)).sock" }

    func testConcurrentRequestsGetTheirOwnAnswers() async throws {
        let context = ZMQContext()
        let address = endpoint()
        let box = ServerHolder()
        box.server = try RequestServer(context: context, bind: address) { request in
            box.server?.reply(to: request, frames: [Data("atsakymas: ".utf8) + request.frames[0]])
        }
        let client = try RequestClient(context: context, connect: address)
        let answers = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<500 {
                group.addTask {
                    let reply = try await client.request([Data("\(index)".utf8)], timeout: .seconds(5), attempts: 1)
                    return (index, String(decoding: reply[0], as: UTF8.self))
                }
            }
            var all: [(Int, String)] = []
            for try await answer in group { all.append(answer) }
            return all
        }
        XCTAssertEqual(answers.count, 500)
        for (index, answer) in answers { XCTAssertEqual(answer, "atsakymas: \(index)") }
        client.close()
        box.server?.close()
        context.terminate()
    }

    func testUnansweredRequestTimesOutAfterItsAttempts() async throws {
        let context = ZMQContext()
        let client = try RequestClient(context: context, connect: endpoint())
        let started = ContinuousClock.now
        do {
            _ = try await client.request([Data("ar kas nors yra?".utf8)], timeout: .milliseconds(200), attempts: 3)
            XCTFail("nobody is listening, yet an answer came")
        } catch let error as RequestError {
            XCTAssertEqual(error, .timedOut(endpoint: client.endpoint, attempts: 3))
        }
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(600))
        client.close()
        context.terminate()
    }

    func testRetryReachesAServerThatStartsLate() async throws {
        let context = ZMQContext()
        let address = endpoint()
        let client = try RequestClient(context: context, connect: address)
        let box = ServerHolder()
        let seen = Collected<String>()
        let late = Task {
            try await Task.sleep(for: .milliseconds(500))
            box.server = try RequestServer(context: context, bind: address) { request in
                seen.append(String(decoding: request.frames[0], as: UTF8.self))
                box.server?.reply(to: request, frames: [Data("labas".utf8)])
            }
        }
        let reply = try await client.request([Data("sveiki".utf8)], timeout: .milliseconds(300), attempts: 10)
        try await late.value
        XCTAssertEqual(String(decoding: reply[0], as: UTF8.self), "labas")
        XCTAssertFalse(seen.values.isEmpty)
        client.close()
        box.server?.close()
        context.terminate()
    }

    func testClosingEverythingDoesNotHang() async throws {
        let context = ZMQContext()
        let address = endpoint()
        let server = try RequestServer(context: context, bind: address) { _ in }
        let client = try RequestClient(context: context, connect: address)
        let pending = Task { try await client.request([Data("x".utf8)], timeout: .seconds(30), attempts: 1) }
        try await Task.sleep(for: .milliseconds(100))
        client.close()
        do {
            _ = try await pending.value
            XCTFail("a closed client answered")
        } catch let error as RequestError {
            XCTAssertEqual(error, .closed)
        }
        server.close()
        context.terminate()
    }
}

final class ServerHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: RequestServer?
    var server: RequestServer? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
