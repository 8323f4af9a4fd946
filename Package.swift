// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "morgue",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "morgue", targets: ["morgue"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // System libraries, from Debian's libedit-dev, zlib1g-dev and libdeflate-dev.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),

        // A few plain C functions over libedit's variadic API.
        .target(name: "CLineEditor", dependencies: ["CLibEdit"], linkerSettings: [.linkedLibrary("edit")]),

        // A cache prefetch hint, which Swift cannot express, for the n-gram tables.
        .target(name: "CPrefetch"),

        // Long byte scans sixteen bytes at a step (SSE2), which Swift's SIMD types do not become.
        .target(name: "CByteScan"),

        // Files to articles: formats, loaders, tokenizer, the columnar store.
        .target(name: "Archive", dependencies: ["CZlib", "CDeflate", "CPrefetch", "CByteScan"]),
        // Text to syntax tree: lexer, parser, diagnostics with source positions.
        .target(name: "Language"),
        // Syntax tree and archive to tables: values, stages, functions, rendering.
        .target(name: "Engine", dependencies: ["Archive", "Language", "CPrefetch", .product(name: "HeapModule", package: "swift-collections")]),
        // People and files: the prompt, batch runs, the archive summary.
        .target(name: "Shell", dependencies: ["Archive", "Language", "Engine", "CLineEditor"]),
        // The command line, and nothing else.
        .executableTarget(
            name: "morgue",
            dependencies: [
                "Shell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Fuzzing (scripts/fuzz, docs/reliability.md): libFuzzer's driver when it is linked
        // in, else a replay of saved inputs.
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "morgue-fuzz", dependencies: ["Archive", "Language", "Engine", "CFuzzDriver"]),

        .testTarget(name: "ArchiveTests", dependencies: ["Archive"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Archive", "Language"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Archive"]),
        // Runs the built `morgue` binary, as a user would.
        .testTarget(name: "CommandLineTests"),
    ],
    swiftLanguageModes: [.v6]
)
