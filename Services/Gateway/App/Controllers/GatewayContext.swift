import GRDB
import Hummingbird

/// The request context of every route.
typealias GatewayContext = BasicRequestContext

extension GatewayDependencies {
    /// Reads the read model in one consistent snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }
}
