import Foundation
import Testing
@testable import Archive

/// The catalogue of hostile archives (docs/reliability.md): each entry loads what can be
/// loaded and says exactly what was wrong, by file and line; none stops the load or crashes.
@Suite struct HostileInputTests {
    /// The archive made of `files` in a fresh folder, and its warnings as printed.
    private func load(_ files: [(name: String, bytes: [UInt8])]) throws -> (archive: Archive, messages: [String], folder: String) {
        let folder = TemporaryFolder()
        for file in files { folder.write(file.name, bytes: file.bytes) }
        let archive = try ArchiveLoader.load(paths: [folder.path], options: LoadOptions(snapshots: false))
        return (archive, archive.warnings.map(\.description), folder.path)
    }

    private func line(_ id: String, _ extra: String = "") -> String {
        #"{"id": "\#(id)", "title": "T \#(id)", "text": "Text of \#(id)."\#(extra)}"#
    }

    @Test func aTruncatedGzipKeepsTheRecordsBeforeTheCut() throws {
        let lines = (1...3000).map { line("g\($0)") }
        let whole = try TemporaryFolder.gzip(Array(lines.joined(separator: "\n").utf8))
        let (archive, messages, folder) = try load([("cut.jsonl.gz", Array(whole.prefix(whole.count / 2)))])
        #expect(messages.count == 2)
        // The inflater stops at the cut; the line it cut is reported and skipped, the rest kept whole.
        let inflated = try #require(messages.first { $0.contains("gzip") })
        #expect(inflated.hasPrefix("\(folder)/cut.jsonl.gz: the gzip data is truncated after "))
        #expect(inflated.hasSuffix(" bytes; read what came before"))
        #expect(archive.count > 1000 && archive.count < 3000)
        #expect(archive.ids == (1...archive.count).map { "g\($0)" })
        #expect(messages.contains { $0.hasPrefix("\(folder)/cut.jsonl.gz:\(archive.count + 1):") && $0.hasSuffix("record skipped") })
    }

    @Test func invalidUTF8IsReadAsWindows1252() throws {
        // "Caf\xE9 \x93quoted\x94": é and curly quotes in Windows-1252.
        let bytes = Array("Menu\n\nCaf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
        let (archive, messages, folder) = try load([("old.txt", bytes)])
        #expect(messages == ["\(folder)/old.txt: not valid UTF-8 (byte 0xE9 at offset 9); read as Windows-1252"])
        #expect(archive.texts[0] == "Café “quoted”")
    }

    @Test func nulBytesMakeATextFileBinaryAndAJSONRecordMalformed() throws {
        let (archive, messages, folder) = try load([
            ("blob.txt", Array("Title\n\nSome".utf8) + [0, 0, 0] + Array("thing".utf8)),
            ("rows.jsonl", Array((line("n1") + "\n").utf8) + Array(#"{"id": "n2", "text": "a"#.utf8) + [0] + Array("b\"}\n".utf8)
                + Array(line("n3").utf8)),
        ])
        #expect(Set(messages) == [
            "\(folder)/blob.txt: a binary file, not text (a NUL byte at offset 11); skipped",
            // `{"id": "n2", "text": "a` is 23 characters: the NUL is in column 24.
            "\(folder)/rows.jsonl:2:24: malformed JSON: a control character (U+0000) inside a string; record skipped",
        ])
        #expect(archive.ids.sorted() == ["n1", "n3"])
    }

    @Test func aLineOf100MegabytesIsOneArticle() throws {
        let words = 20 * 1024 * 1024                       // "word " five bytes each: 100 MB
        let big = #"{"id": "big", "text": ""# + String(repeating: "word ", count: words) + "\"}"
        let (archive, messages, _) = try load([("big.jsonl", Array((big + "\n" + line("after")).utf8))])
        #expect(messages.isEmpty)
        #expect(archive.ids == ["big", "after"])
        #expect(archive.tokens.range(ofArticle: 0).count == words)
    }

    @Test func jsonNested100000DeepIsRefusedAtDepth512() throws {
        let prefix = #"{"id":"d1","title":"Deep","text":"x","extra":"#
        let deep = prefix + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let (archive, messages, folder) = try load([
            ("deep.jsonl", Array((deep + "\n" + line("d2")).utf8)),
            ("deep.json", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)),
        ])
        // The object is level 1, so the 512th '[' (column 45 + 512) is level 513, one too deep.
        #expect(Set(messages) == [
            "\(folder)/deep.jsonl:1:\(prefix.count + 512): malformed JSON: nested deeper than 512 levels; record skipped",
            "\(folder)/deep.json:1:513: malformed JSON: nested deeper than 512 levels; file skipped",
        ])
        #expect(archive.ids == ["d2"])
    }

    @Test func aCSVQuoteNeverClosedLosesOnlyItsRow() throws {
        let (archive, messages, folder) = try load([("rows.csv", Array("id,title,text\nc1,One,Fine.\nc2,\"Two,Lost.\nc3,Three,Also lost.\n".utf8))])
        #expect(messages == ["\(folder)/rows.csv:3: a quote opened on line 3 is never closed; row skipped"])
        #expect(archive.ids == ["c1"])
    }

    @Test func aDateInTheYear99999IsLeftEmpty() throws {
        let (archive, messages, folder) = try load([("dates.jsonl", Array([
            line("y1", #", "date": "99999-01-01""#), line("y2", #", "date": "January 1, 99999""#),
            line("y3", #", "date": "2020-02-30""#), line("y4", #", "date": "2020-02-29""#),
        ].joined(separator: "\n").utf8))])
        #expect(messages == [
            "\(folder)/dates.jsonl:1: unreadable date '99999-01-01' in 'date'; left empty",
            "\(folder)/dates.jsonl:2: unreadable date 'January 1, 99999' in 'date'; left empty",
            "\(folder)/dates.jsonl:3: unreadable date '2020-02-30' in 'date'; left empty",
        ])
        #expect(archive.dates.map { $0?.description } == [nil, nil, nil, "2020-02-29"])
    }

    @Test func anEmptyFolderIsAnEmptyArchive() throws {
        let (archive, messages, _) = try load([])
        #expect(archive.count == 0 && messages.isEmpty)
    }

    // A file without read permission: `BatchTests.aFileWithoutReadPermissionIsSkipped`, which
    // runs the binary as another user when the tests run as root (root reads every file).

    @Test func aSymbolicLinkLoopIsReadOnce() throws {
        let folder = TemporaryFolder()
        folder.write("a/story.txt", "Loop story\n\nText.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a/b", withDestinationPath: folder.path + "/a")
        let archive = try ArchiveLoader.load(paths: [folder.path], options: LoadOptions(snapshots: false))
        #expect(archive.warnings.map(\.description) == ["\(folder.path)/a/b: a folder seen before (a symbolic-link loop); not read again"])
        #expect(archive.titles == ["Loop story"])
    }

    /// A file with more in it than its size says (a file still being written; here a
    /// kernel file, whose size is 0): read to its end, not cut at the size.
    @Test func aFileIsReadToItsEndWhateverItsSizeSays() throws {
        let path = "/proc/self/cmdline"
        guard FileManager.default.fileExists(atPath: path) else { return }  // Linux only
        guard case .success(let bytes) = FileReader.read(path) else { Issue.record("not read"); return }
        let expected: [UInt8] = CommandLine.arguments.flatMap { [UInt8]($0.utf8) + [0] }
        #expect(bytes == expected)
    }

    @Test func aFileDeletedAfterTheWalkIsSkipped() throws {
        let folder = TemporaryFolder()
        let doomed = folder.write("1.txt", "Doomed\n\nText.")
        folder.write("2.txt", "Kept\n\nText.")
        let walker = try FileWalker(roots: [folder.path])
        #expect(walker.files.count == 2)
        try FileManager.default.removeItem(atPath: doomed)
        var clock = PhaseClock()
        let archive = try ArchiveLoader.load(walker, paths: [folder.path], options: LoadOptions(snapshots: false),
                                         started: DispatchTime.now().uptimeNanoseconds, clock: &clock)
        #expect(archive.warnings.map(\.description) == ["\(doomed): cannot read: No such file or directory; skipped"])
        #expect(archive.titles == ["Kept"])
        #expect(archive.statistics.skippedFiles == 1)
    }

    @Test func aFolderOf200000TinyFilesLoadsEveryOne() throws {
        let folder = TemporaryFolder()
        let count = 200_000
        // Written and removed through the system calls: Foundation takes a minute for these.
        let files = (0..<count).map { "\(folder.path)/\($0).txt" }
        defer { for file in files { unlink(file) } }
        for (index, file) in files.enumerated() {
            let text = Array("Title \(index)\n\nWord.".utf8)
            let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(descriptor >= 0)
            #expect(write(descriptor, text, text.count) == text.count)
            close(descriptor)
        }
        let archive = try ArchiveLoader.load(paths: [folder.path], options: LoadOptions(snapshots: false))
        #expect(archive.warnings.isEmpty)
        #expect(archive.count == count)
        #expect(Set(archive.titles.compactMap { $0 }) == Set((0..<count).map { "Title \($0)" }))
        #expect(archive.tokens.count == count)      // each text is the one word "Word."
    }

    @Test func anArchiveLargerThanMemoryAllowsIsRefusedBeforeReading() throws {
        let folder = TemporaryFolder()
        let text = String(repeating: "word ", count: 200_000)          // 1,000,000 bytes
        folder.write("big.txt", "Big\n\n" + text.dropLast(5))        // with its title line: 1,000,000 bytes
        let gzipped = try TemporaryFolder.gzip(Array(text.utf8))
        folder.write("big.txt.gz", bytes: gzipped)
        #expect(MemoryBudget.decompressedSize(folder.path + "/big.txt") == 1_000_000)
        #expect(MemoryBudget.decompressedSize(folder.path + "/big.txt.gz") == 1_000_000)

        // 2,000,000 bytes of text take 64 MiB + 6 x 2,000,000 bytes (11.4 MiB) = 75.4 MiB; 50 MiB are allowed.
        let expected = "the archive holds 2 MB of text; loading it takes about 75 MB of memory, and 50 MB is available "
            + "(MORGUE_MEMORY_LIMIT). Load a part of it, or set MORGUE_MEMORY_LIMIT to the bytes it may use"
        #expect(throws: LoadError(message: expected)) {
            try ArchiveLoader.load(paths: [folder.path], options: LoadOptions(memoryLimit: 50 << 20))
        }
        let archive = try ArchiveLoader.load(paths: [folder.path], options: LoadOptions(memoryLimit: 80 << 20))
        #expect(archive.count == 2)
    }
}
