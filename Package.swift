// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "komunika",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "komunika-events", targets: ["komunika-events"]),
        .executable(name: "komunika-brand", targets: ["komunika-brand"]),
        .executable(name: "komunika-gateway", targets: ["komunika-gateway"]),
        .executable(name: "komunikactl", targets: ["komunikactl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // MARK: Shared libraries
        .systemLibrary(
            name: "CZeroMQ",
            path: "Shared/Bus/CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(
            name: "Bus",
            dependencies: ["CZeroMQ"],
            path: "Shared/Bus/Sources"
        ),
        .target(
            name: "MessageSchema",
            path: "Shared/MessageSchema"
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
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Shared/ServiceKit"
        ),

        // MARK: Services
        .target(
            name: "EventsService",
            dependencies: [
                "MessageSchema", "Store", "ServiceKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Services/Events/Domain"
        ),
        .executableTarget(
            name: "komunika-events",
            dependencies: ["EventsService", "ServiceKit", "MessageSchema"],
            path: "Services/Events/Main"
        ),
        .target(
            name: "BrandService",
            dependencies: [
                "MessageSchema", "Store", "ServiceKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Services/Brand/Domain"
        ),
        .executableTarget(
            name: "komunika-brand",
            dependencies: ["BrandService", "ServiceKit", "MessageSchema"],
            path: "Services/Brand/Main"
        ),
        .target(
            name: "Gateway",
            dependencies: [
                "Bus", "MessageSchema", "Store", "ServiceKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Services/Gateway/App"
        ),
        .executableTarget(
            name: "komunika-gateway",
            dependencies: [
                "Gateway", "ServiceKit", "MessageSchema",
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
        .testTarget(name: "BusTests", dependencies: ["Bus"], path: "Tests/BusTests"),
        .testTarget(name: "MessageSchemaTests", dependencies: ["MessageSchema"], path: "Tests/MessageSchemaTests"),
        .testTarget(name: "StoreTests", dependencies: ["Store", "MessageSchema"], path: "Tests/StoreTests"),
        .testTarget(
            name: "EventsServiceTests",
            dependencies: ["EventsService", "Store", "MessageSchema", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/EventsServiceTests"
        ),
        .testTarget(
            name: "BrandServiceTests",
            dependencies: [
                "BrandService", "Store", "MessageSchema", "ServiceKit", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/BrandServiceTests"
        ),
        .testTarget(
            name: "GatewayTests",
            dependencies: [
                "Gateway", "Bus", "MessageSchema", "ServiceKit", "Store",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/GatewayTests"
        ),
        .testTarget(
            name: "SystemTests",
            dependencies: [
                "Bus", "MessageSchema", "Store", "ServiceKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/SystemTests"
        ),
    ]
)
