import Bus
import Foundation
import XCTest

/// The ZAP handler's user id reaches the ROUTER with each request, and a
/// server that enforces its ZAP domain refuses every client when no handler runs.
final class ZAPUserIdTests: XCTestCase {
    func testTheUserIdTheHandlerGaveComesWithEachRequest() async throws {
        try XCTSkipUnless(ZMQContext.hasCurve, "libzmq without CURVE")
        let context = ZMQContext()
        let server = try CurveKeyPair.generate()
        let reader = try CurveKeyPair.generate()
        let zap = try ZAPHandler(context: context, allowed: [reader.publicKey: "listener/skaitytojas"])
        let address = "ipc://\(NSTemporaryDirectory())zap-id-\(UUID().uuidString.prefix(8)).sock"
        let box = ServerHolder()
        box.server = try RequestServer(
            context: context, bind: address,
            options: [.curveServer(secretKey: server.secretKey), .zapDomain("komunika"), .zapEnforceDomain(true)]
        ) { request in
            box.server?.reply(to: request, frames: [Data((request.userId ?? "none").utf8)])
        }
        let client = try RequestClient(
            context: context, connect: address,
            options: [.curveClient(serverKey: server.publicKey, publicKey: reader.publicKey, secretKey: reader.secretKey)])
        let reply = try await client.request([Data("kas aš?".utf8)], timeout: .seconds(2), attempts: 3)
        XCTAssertEqual(String(decoding: reply[0], as: UTF8.self), "listener/skaitytojas")
        client.close()
        box.server?.close()
        zap.close()
        context.terminate()
    }

    func testWithTheDomainEnforcedNoClientIsAdmittedWhenNoHandlerRuns() async throws {
        try XCTSkipUnless(ZMQContext.hasCurve, "libzmq without CURVE")
        let context = ZMQContext()
        let server = try CurveKeyPair.generate()
        let anyone = try CurveKeyPair.generate()
        func answering(enforced: Bool) throws -> (ServerHolder, String) {
            let address = "ipc://\(NSTemporaryDirectory())zap-none-\(UUID().uuidString.prefix(8)).sock"
            let box = ServerHolder()
            box.server = try RequestServer(
                context: context, bind: address,
                options: [.curveServer(secretKey: server.secretKey), .zapDomain("komunika"), .zapEnforceDomain(enforced)]
            ) { request in
                box.server?.reply(to: request, frames: [Data("įleistas".utf8)])
            }
            return (box, address)
        }
        func client(_ address: String) throws -> RequestClient {
            try RequestClient(
                context: context, connect: address,
                options: [.curveClient(serverKey: server.publicKey, publicKey: anyone.publicKey, secretKey: anyone.secretKey)])
        }
        // libzmq's default without a handler: any CURVE key is admitted.
        let (lax, laxAddress) = try answering(enforced: false)
        let laxClient = try client(laxAddress)
        let admitted = try await laxClient.request([Data("labas".utf8)], timeout: .seconds(2), attempts: 3)
        XCTAssertEqual(String(decoding: admitted[0], as: UTF8.self), "įleistas")

        let (strict, strictAddress) = try answering(enforced: true)
        let strictClient = try client(strictAddress)
        do {
            _ = try await strictClient.request([Data("labas".utf8)], timeout: .milliseconds(700), attempts: 2)
            XCTFail("a server enforcing its ZAP domain answered with no handler running")
        } catch let error as RequestError {
            XCTAssertEqual(error, .timedOut(endpoint: strictAddress, attempts: 2))
        }
        laxClient.close()
        strictClient.close()
        lax.server?.close()
        strict.server?.close()
        context.terminate()
    }
}
