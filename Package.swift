// swift-tools-version: 6.1
import PackageDescription

/// The domain services: each a folder `Services/<name>` with Domain/ and
/// Main/, its executable, and `Tests/<name>ServiceTests` (see `domainService`).
let domainServices: [(name: String, executable: String, extra: [Target.Dependency])] = [
    ("Events", "komunika-events", []),
    ("Campaigns", "komunika-campaigns", []),
    ("MediaRelations", "komunika-media-relations", [.product(name: "CSV", package: "CSV.swift")]),
    ("Brand", "komunika-brand", ["FileStore", .product(name: "Crypto", package: "swift-crypto")]),
    ("Training", "komunika-training", []),
    ("Surveys", "komunika-surveys", []),
    (
        "Mail", "komunika-mail",
        ["CCurl", "ICalendar", "SignedLinks", .product(name: "Mustache", package: "swift-mustache")]
    ),
]

/// A domain's resources beyond its code (the mail service's mail templates).
let domainServiceResources: [String: [Resource]] = ["Mail": [.copy("Templates")]]

/// The gateway's parts, each a folder `Services/Gateway/<Part>` and a target
/// `Gateway<Part>`; `GatewayParts.all` lists the same parts.
let gatewayParts = [
    "Events", "Campaigns", "MediaRelations", "Brand", "Training", "Surveys", "Accounts", "Operations", "Mail",
]

/// What a gateway part needs beyond what every part has.
let gatewayPartExtras: [String: [Target.Dependency]] = [
    "Surveys": ["SignedLinks"],
    "Brand": ["FileStore"],
    "Training": ["SignedLinks"],
    "Events": ["ICalendar", "SignedLinks"],
    "MediaRelations": [.product(name: "MultipartKit", package: "multipart-kit"), "SignedLinks"],
    "Accounts": [
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Crypto", package: "swift-crypto"),
    ],
]

let gatewayPartTargets: [Target] = gatewayParts.map(gatewayPart)
let gatewayPartDependencies: [Target.Dependency] = gatewayParts.map { .byName(name: "Gateway\($0)") }

let package = Package(
    name: "komunika",
    platforms: [.macOS(.v14)],
    products: domainServices.map { .executable(name: $0.executable, targets: [$0.executable]) } + [
        .executable(name: "komunika-gateway", targets: ["komunika-gateway"]),
        .executable(name: "komunikactl", targets: ["komunikactl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0"),
    ],
    targets: [
        // MARK: Shared libraries
        .systemLibrary(
            name: "CZeroMQ",
            path: "Shared/Bus/CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        // libcurl, the SMTP client of the mail service (Debian's libcurl4-openssl-dev).
        .systemLibrary(
            name: "CCurl",
            path: "Shared/Curl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // RFC 5545 calendars: the gateway's feed and the mail service's invitations.
        .target(
            name: "ICalendar",
            dependencies: ["MessageSchema"],
            path: "Shared/Calendar"
        ),
        .target(
            name: "Bus",
            dependencies: ["CZeroMQ"],
            path: "Shared/Bus/Sources"
        ),
        .target(
            name: "MessageSchema",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Shared/MessageSchema"
        ),
        // The brand service's content-addressed file store, shared with the gateway.
        .target(
            name: "FileStore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Shared/FileStore"
        ),
        // Signed links in e-mails (cancel, unsubscribe): written by the mail service, checked by the gateway.
        .target(
            name: "SignedLinks",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Shared/SignedLinks"
        ),
        .target(
            name: "Store",
            dependencies: [
                "MessageSchema",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Shared/Store"
        ),
        .target(
            name: "ServiceKit",
            dependencies: [
                "Bus", "MessageSchema", "Store",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/ServiceKit"
        ),

        // MARK: Services (each: a domain library, its executable, its domain tests; see `domainService`)
    ] + domainServices.flatMap { domainService($0.name, executable: $0.executable, extra: $0.extra) }
        + [
            // MARK: Gateway (its kit, one target per part — see `gatewayPart` — and the whole of it)
            .target(
                name: "GatewayKit",
                dependencies: [
                    "FileStore", "MessageSchema", "SignedLinks", "Store", "ServiceKit",
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                    .product(name: "Mustache", package: "swift-mustache"),
                    .product(name: "Crypto", package: "swift-crypto"),
                    .product(name: "CSV", package: "CSV.swift"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                    .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                ],
                path: "Services/Gateway/Kit",
                resources: [.copy("Pages/Templates"), .copy("Pages/Static")]
            )
        ] + gatewayPartTargets + [
            .target(
                name: "Gateway",
                dependencies: [
                    "GatewayKit", "MessageSchema", "ServiceKit",
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "Hummingbird", package: "hummingbird"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                ] + gatewayPartDependencies,
                path: "Services/Gateway/App",
                resources: [.copy("Pages/Templates")]
            ),
            .executableTarget(
                name: "komunika-gateway",
                dependencies: [
                    "Gateway", "GatewayKit", "GatewayAccounts", "FileStore", "ServiceKit", "MessageSchema", "SignedLinks",
                    .product(name: "Hummingbird", package: "hummingbird"),
                ],
                path: "Services/Gateway/Main"
            ),

            // MARK: Operator tool
            .target(
                name: "KomunikactlCommands",
                dependencies: [
                    "Bus", "MessageSchema", "ServiceKit",
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                ],
                path: "Tools/komunikactl/Commands"
            ),
            .executableTarget(
                name: "komunikactl",
                dependencies: ["KomunikactlCommands"],
                path: "Tools/komunikactl/Main"
            ),

            .executableTarget(
                name: "komunika-bench",
                dependencies: [
                    "Bus", "CZeroMQ", "Store", "ServiceKit", "EventsService", "MessageSchema",
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "Logging", package: "swift-log"),
                ],
                path: "Tools/bench"
            ),

            // MARK: Tests
            // What several test targets share (command harness, counters); a
            // regular target, so test targets can depend on it.
            .target(
                name: "KomunikaTesting",
                dependencies: ["MessageSchema", "Store", "ServiceKit", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Tests/KomunikaTesting"
            ),
            .testTarget(name: "BusTests", dependencies: ["Bus"], path: "Tests/BusTests"),
            .testTarget(name: "SignedLinksTests", dependencies: ["SignedLinks"], path: "Tests/SignedLinksTests"),
            .testTarget(name: "FileStoreTests", dependencies: ["FileStore"], path: "Tests/FileStoreTests"),
            .testTarget(name: "MessageSchemaTests", dependencies: ["MessageSchema"], path: "Tests/MessageSchemaTests"),
            .testTarget(
                name: "StoreTests",
                dependencies: ["Store", "MessageSchema", "ServiceKit", .product(name: "Logging", package: "swift-log")],
                path: "Tests/StoreTests"
            ),
            .testTarget(
                name: "ServiceKitTests",
                dependencies: [
                    "ServiceKit", "Bus", "MessageSchema", "Store", .product(name: "Logging", package: "swift-log"),
                ],
                path: "Tests/ServiceKitTests"
            ),
            .testTarget(
                name: "GatewayTests",
                dependencies: [
                    "Gateway", "GatewayKit", "GatewayAccounts", "Bus", "FileStore", "ICalendar", "MessageSchema",
                    "ServiceKit", "SignedLinks", "Store",
                    "KomunikaTesting",
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                ] + gatewayPartDependencies,
                path: "Tests/GatewayTests"
            ),
            .testTarget(
                name: "SystemTests",
                dependencies: [
                    "Bus", "MessageSchema", "Store", "ServiceKit", "KomunikaTesting",
                    .product(name: "Crypto", package: "swift-crypto"),
                    .product(name: "GRDB", package: "GRDB.swift"),
                    .product(name: "HummingbirdTesting", package: "hummingbird"),
                ],
                path: "Tests/SystemTests"
            ),
            .testTarget(
                name: "KomunikactlTests",
                dependencies: [
                    "KomunikactlCommands", "MessageSchema", "ServiceKit",
                    .product(name: "ArgumentParser", package: "swift-argument-parser"),
                ],
                path: "Tests/KomunikactlTests"
            ),
        ]
)

/// A domain service's three targets: `<Name>Service` (its domain, in
/// `Services/<Name>/Domain`), the executable (`Services/<Name>/Main`)
/// and `<Name>ServiceTests` (`Tests/<Name>ServiceTests`, on KomunikaTesting's harness);
/// `extra` are the packages only that domain uses.
func domainService(_ name: String, executable: String, extra: [Target.Dependency]) -> [Target] {
    let common: [Target.Dependency] = [
        "MessageSchema", "Store", "ServiceKit",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
    ]
    return [
        .target(
            name: "\(name)Service",
            dependencies: common + extra + [.product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            path: "Services/\(name)/Domain",
            resources: domainServiceResources[name]
        ),
        .executableTarget(
            name: executable,
            dependencies: [.byName(name: "\(name)Service"), "ServiceKit", "MessageSchema"] + extra,
            path: "Services/\(name)/Main"
        ),
        .testTarget(
            name: "\(name)ServiceTests",
            dependencies: common + extra + [.byName(name: "\(name)Service"), "KomunikaTesting"],
            path: "Tests/\(name)ServiceTests"
        ),
    ]
}

/// One part of the gateway: its schema, appliers, queries, inputs, views,
/// routes and pages (its `Pages/Templates`, bundled as the target's resources), over `GatewayKit`.
func gatewayPart(_ name: String) -> Target {
    .target(
        name: "Gateway\(name)",
        dependencies: [
            "GatewayKit", "MessageSchema", "ServiceKit", "Store",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
        ] + (gatewayPartExtras[name] ?? []),
        path: "Services/Gateway/\(name)",
        resources: [.copy("Pages/Templates")]
    )
}
