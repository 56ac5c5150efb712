import FileStore
import Foundation
import Gateway
import GatewayAccounts
import GatewayKit
import Hummingbird
import MessageSchema
import ServiceKit
import SignedLinks

// komunika-gateway: the read model of every service, and the HTTP API.
//
// KOMUNIKA_HTTP_HOST (default 127.0.0.1), KOMUNIKA_HTTP_PORT (default 8080),
// KOMUNIKA_GATEWAY_SOURCES (default: every service): the services it consumes.
// KOMUNIKA_TOKENS_FILE (default $KOMUNIKA_DATA_DIR/gateway-tokens): bearer tokens and their roles.
// KOMUNIKA_PUBLIC_URL (default http://HOST:PORT): the address people open, which links start with.
// Its ROUTER takes `komunikactl users` commands (the web application's accounts).
// KOMUNIKA_BRAND_FILES_DIR (default $KOMUNIKA_DATA_DIR/brand-files): the brand
// service's file store, which uploads are streamed into and downloads from.
// KOMUNIKA_LINK_SECRET (default: the file $KOMUNIKA_DATA_DIR/link-secret): signs the links in e-mails.
// KOMUNIKA_PUBLIC_ORIGINS (space-separated, e.g. "https://www.lnb.lt https://lnb.lt"): the sites that
// may frame the public pages and call the public JSON routes from a browser (CORS).
// KOMUNIKA_PUBLIC_POST_LIMIT (default 60/600: posts per seconds from one address) limits the public
// forms' posts; KOMUNIKA_TRUSTED_PROXIES (space-separated) are the proxies whose X-Forwarded-For is believed.
// KOMUNIKA_HTTP_IDLE_TIMEOUT (default 60 s), KOMUNIKA_HTTP_HEADER_TIMEOUT (default 10 s) and
// KOMUNIKA_HTTP_MAX_CONNECTIONS (default 512) bound the HTTP server (`HTTPServerLimits`).
do {
    let environment = ProcessInfo.processInfo.environment
    let runtime = try ServiceRuntime(service: .gateway, migrations: GatewayParts.registerMigrations(in:))
    let sources = try GatewaySources.parse(environment["KOMUNIKA_GATEWAY_SOURCES"] ?? GatewaySources.all)
    let waiter = AppliedSeqWaiter()
    let consumer = try runtime.makeConsumer(sources: sources, applier: GatewayReadModel.all, waiter: waiter)
    let commands = try runtime.makeCommandClient(services: sources)
    let tokens = TokenFile(path: TokenFile.path(environment: environment))
    if !FileManager.default.fileExists(atPath: tokens.path) {
        runtime.logger.warning(
            "no token file at \(tokens.path): every route but the public ones answers 401; create one with `komunikactl tokens add NAME --role admin`"
        )
    }
    let host = environment["KOMUNIKA_HTTP_HOST"] ?? "127.0.0.1"
    let port = Int(environment["KOMUNIKA_HTTP_PORT"] ?? "8080") ?? 8080
    let publicURL = (environment["KOMUNIKA_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://\(host):\(port)")
        .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    // One control handler answers komunikactl on the ROUTER and the admins' operations page.
    let control = runtime.makeControlHandler(relay: nil, consumer: consumer, people: GatewayParts.people)
    let router = try runtime.makeRouter(
        commands: AccountCommands.handler(database: runtime.database, publicURL: publicURL), control: control)
    let limits = try HTTPServerLimits.from(environment: environment)
    let application = try buildGatewayApplication(
        configuration: limits.configuration(
            address: .hostname(host, port: port), serverName: "komunika-gateway", logger: runtime.logger),
        server: limits.server,
        dependencies: GatewayDependencies(
            database: runtime.database, commands: commands, waiter: waiter,
            isReady: { await consumer.isCaughtUp() }, logger: runtime.logger, access: .tokens(tokens),
            publicURL: publicURL,
            brandFiles: ContentStore(
                folder: ContentStore.folder(environment: environment, dataDirectory: runtime.config.dataDirectory)),
            control: control,
            linkSecret: try LinkSecret.load(environment: environment, dataDirectory: runtime.config.dataDirectory),
            publicOrigins: (environment["KOMUNIKA_PUBLIC_ORIGINS"] ?? "").split(separator: " ").map(String.init),
            publicPosts: try PublicPostLimit.from(environment: environment)))
    runtime.logger.info(
        "HTTP on http://\(host):\(port)",
        metadata: [
            "idleTimeout": "\(limits.idleTimeout)", "headerTimeout": "\(limits.headerTimeout)",
            "maxConnections": "\(limits.maxConnections)",
        ])
    let scrub = ErasureScrub(database: runtime.database, logger: runtime.logger)
    try await runtime.run([consumer, router, application, scrub]) { commands.close() }
} catch {
    FileHandleOutput.standardError("komunika-gateway: \(error)\n")
    exit(1)
}
