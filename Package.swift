// swift-tools-version:6.1
import PackageDescription

// One direction of dependencies:
//   worklog (CLI) -> WorklogEngine -> WorklogParser -> WorklogModel
//                 -> WorklogExport -> WorklogModel
//                 -> WorklogXLSX   -> CXlsxWriter (system library)
//                 -> WorklogSummary -> WorklogEngine (metrics), swift-mustache
let package = Package(
    name: "worklog",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "worklog", targets: ["worklog"]),
        .library(name: "WorklogEngine", targets: ["WorklogEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .target(name: "WorklogModel"),
        .target(name: "WorklogParser", dependencies: ["WorklogModel"]),
        .target(
            name: "WorklogEngine",
            dependencies: ["WorklogModel", "WorklogParser"],
            // Compiled in as ShippedTaxonomy (scripts/embed-templates.py); kept as a file to copy.
            exclude: ["Resources/topics.tsv"]
        ),
        .target(name: "WorklogExport", dependencies: ["WorklogModel"]),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "WorklogXLSX", dependencies: ["WorklogModel", "CXlsxWriter"]),
        .target(
            name: "WorklogSummary",
            dependencies: ["WorklogModel", "WorklogEngine", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "worklog",
            dependencies: [
                "WorklogModel", "WorklogEngine", "WorklogExport", "WorklogXLSX", "WorklogSummary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WorklogParserTests", dependencies: ["WorklogParser", "WorklogModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "WorklogEngineTests", dependencies: ["WorklogEngine", "WorklogParser", "WorklogModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "WorklogExportTests", dependencies: ["WorklogExport", "WorklogModel"]),
        .testTarget(name: "WorklogXLSXTests", dependencies: ["WorklogXLSX", "WorklogModel"]),
        .testTarget(name: "WorklogSummaryTests", dependencies: ["WorklogSummary", "WorklogEngine", "WorklogModel"]),
        .testTarget(name: "WorklogCLITests", dependencies: ["worklog"]),
    ]
)
