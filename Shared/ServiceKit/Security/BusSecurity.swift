import Bus
import Foundation
import MessageSchema

/// The CURVE socket options of one bus member (a service or an operator):
/// servers encrypt with its secret key and ask the context's ZAP handler to
/// admit only the keyring's public keys (and refuse every client when the
/// context has no handler); clients prove who they are to the server whose
/// public key they know.
public struct BusSecurity: Sendable {
    public static let zapDomain = "komunika"

    public let keyring: BusKeyring
    public let name: String
    public let pair: CurveKeyPair

    public init(keyring: BusKeyring, name: String) throws {
        self.keyring = keyring
        self.name = name
        self.pair = try keyring.pair(of: name)
    }

    /// For the PUB and ROUTER sockets this member binds.
    public var serverOptions: [SocketOption] {
        [.curveServer(secretKey: pair.secretKey), .zapDomain(Self.zapDomain), .zapEnforceDomain(true)]
    }

    /// For a socket that connects to `service`'s PUB or ROUTER.
    public func clientOptions(to service: ServiceName) throws -> [SocketOption] {
        [.curveClient(serverKey: try keyring.publicKey(of: service.rawValue), publicKey: pair.publicKey, secretKey: pair.secretKey)]
    }

    /// Starts the ZAP handler of `context`, admitting every key of the
    /// keyring with its user id `<role>/<name>`, which the ROUTER checks (`BusAccess`).
    public func startZAPHandler(in context: ZMQContext) throws -> ZAPHandler {
        try ZAPHandler(context: context, allowed: keyring.userIds)
    }
}
