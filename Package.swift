// swift-tools-version: 6.1
import PackageDescription

/// The seven deployed functions. Each builds into an executable that `scripts/package` renames `bootstrap`.
let functionNames = [
    "AuthFn", "CourseFn", "AssessmentFn", "ProgressFn", "CollaborationFn", "GamificationFn", "NotificationFn",
]

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let functionTargets: [Target] = functionNames.map { name in
    .executableTarget(
        name: name,
        dependencies: ["Shared", "Runtime"],
        swiftSettings: strictSwift
    )
}

let package = Package(
    name: "CloudMentor",
    platforms: [.macOS(.v15)],
    products: functionNames.map { .executable(name: $0, targets: [$0]) } + [
        .executable(name: "LocalGateway", targets: ["LocalGateway"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
    ],
    targets: functionTargets + [
        // C shims over the system libraries (Debian: libcurl4-openssl-dev, libssl-dev).
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        .target(name: "COpenSSL", linkerSettings: [.linkedLibrary("crypto")]),

        // The custom runtime: knows nothing of CloudMentor.
        .target(
            name: "Runtime",
            dependencies: ["CCurl", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSwift
        ),

        // Everything two or more functions use.
        .target(
            name: "Shared",
            dependencies: ["Runtime", "COpenSSL", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSwift
        ),

        // Developer tooling, never deployed: may use SwiftNIO through Hummingbird.
        .target(
            name: "LocalGatewayCore",
            dependencies: [
                "Shared",
                .product(name: "Yams", package: "Yams"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "LocalGateway",
            dependencies: [
                "LocalGatewayCore", "Shared", "Runtime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift
        ),

        // A function used only by the runtime's contract tests: it echoes, throws, oversizes and fails init on demand.
        .executableTarget(
            name: "RuntimeProbe",
            dependencies: ["Runtime"],
            path: "Tests/RuntimeProbe",
            swiftSettings: strictSwift
        ),

        // A function used only by LocalGateway's integration tests and bench: echoes events, crashes, sleeps, publishes.
        .executableTarget(
            name: "GatewayProbe",
            dependencies: ["Shared", "Runtime"],
            path: "Tests/GatewayProbe",
            swiftSettings: strictSwift
        ),

        // Benchmarks, run by scripts/bench (release builds).
        // The runtime alone, echoing raw bytes: scripts/bench runtime sets it against the C loop of Benchmarks/.
        .executableTarget(
            name: "RuntimeEcho", dependencies: ["Runtime"], path: "Benchmarks/RuntimeEcho", swiftSettings: strictSwift),
        .executableTarget(name: "EngineBench", dependencies: ["Shared"], swiftSettings: strictSwift),
        .executableTarget(name: "AWSBench", dependencies: ["Shared", "Runtime"], swiftSettings: strictSwift),
        .executableTarget(
            name: "GatewayBench", dependencies: ["LocalGatewayCore", "Runtime"], swiftSettings: strictSwift),

        // Test support: fault proxy, moto_server harness, process helpers.
        .target(
            name: "TestSupport",
            dependencies: ["Shared", "Runtime", "LocalGatewayCore"],
            swiftSettings: strictSwift
        ),

        .testTarget(
            name: "RuntimeTests",
            dependencies: ["Runtime", "LocalGatewayCore"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "SharedTests",
            dependencies: ["Shared", "TestSupport"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "LocalGatewayTests",
            dependencies: ["LocalGatewayCore", "TestSupport", .product(name: "JWTKit", package: "jwt-kit")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "JourneyTests",
            dependencies: ["AuthFn", "CourseFn", "Shared", "Runtime", "TestSupport"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["Shared", "LocalGatewayCore", "TestSupport", .product(name: "JWTKit", package: "jwt-kit")],
            swiftSettings: strictSwift
        ),
    ],
    swiftLanguageModes: [.v6]
)
