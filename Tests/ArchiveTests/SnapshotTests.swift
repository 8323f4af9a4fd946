import Foundation
import Testing
@testable import Archive

/// Snapshots read back exactly what was written, and a stale, truncated or corrupted one is
/// never used.
@Suite struct SnapshotTests {
    /// The sample archive and a JSON Lines file with a broken line, extra fields and dates.
    private func loaded(_ folder: TemporaryFolder) throws -> Archive {
        folder.write("extra.jsonl", """
            {"id": "x1", "title": "Tide tables", "text": "“The tide is high,” said Dana Cole.", "votes": 3, "tags": ["sea", "wall"], "date": "2024-05-01T10:00:00+02:00"}
            {"id": "x2", "title": "Broken
            {"id": "x3", "title": "Quiet", "text": "Nothing happened.", "flagged": true}
            """)
        return try ArchiveLoader.load(paths: [ExampleArchiveTests.path, folder.path + "/extra.jsonl"])
    }

    /// Every part of `b` equals `a`'s.
    static func expectSame(_ a: Archive, _ b: Archive) {
        #expect(a.count == b.count)
        #expect(a.ids == b.ids)
        #expect(a.titles == b.titles)
        #expect(a.authors == b.authors)
        #expect(a.dates == b.dates)
        #expect((0..<a.count).map { a.sources[$0] } == (0..<b.count).map { b.sources[$0] })
        #expect(a.texts.bytes == b.texts.bytes && a.texts.starts == b.texts.starts)
        #expect(a.extraFields.map(\.name) == b.extraFields.map(\.name))
        #expect(a.extraFields.map(\.values) == b.extraFields.map(\.values))
        #expect(a.tokens.ids == b.tokens.ids && a.tokens.offsets == b.tokens.offsets)
        #expect(a.tokens.articleStarts == b.tokens.articleStarts)
        #expect(a.tokens.sentenceStarts.words == b.tokens.sentenceStarts.words)
        #expect((0..<UInt32(a.vocabulary.count)).map { a.vocabulary[$0] } == (0..<UInt32(b.vocabulary.count)).map { b.vocabulary[$0] })
        #expect(b.vocabulary.id(of: "tide") == a.vocabulary.id(of: "tide"))
        #expect(a.wordIndex.starts == b.wordIndex.starts && a.wordIndex.rows == b.wordIndex.rows)
        #expect(a.quotes.quotes == b.quotes.quotes)
        #expect(a.quotes.articleStarts == b.quotes.articleStarts && a.quotes.tokenRanges == b.quotes.tokenRanges)
        #expect(a.warnings == b.warnings)
        #expect(a.statistics.files == b.statistics.files && a.statistics.skippedRecords == b.statistics.skippedRecords)
    }

    @Test func aSnapshotReadsBackTheArchiveExactly() throws {
        let folder = TemporaryFolder()
        let archive = try loaded(folder)
        #expect(archive.warnings.count == 1 && !archive.extraFields.isEmpty && !archive.quotes.quotes.isEmpty)
        try Self.expectRoundTrip(archive, in: folder)
    }

    /// `archive` saved as a snapshot in `folder` and opened again is the same archive.
    static func expectRoundTrip(_ archive: Archive, in folder: TemporaryFolder) throws {
        let place = folder.path + "/a" + SnapshotStore.suffix
        let manifest: [UInt8] = Array("manifest".utf8)
        #expect(SnapshotStore.save(archive, to: [place], manifest: manifest) == .written(place))
        let (reopened, outcome) = SnapshotStore.open([place], manifest: manifest)
        #expect(outcome == .opened(place))
        let opened = try #require(reopened)
        // The big columns are used where they lie in the file, not copied.
        #expect(opened.texts.bytes.isMapped && opened.tokens.ids.isMapped && opened.tokens.offsets.isMapped)
        #expect(opened.wordIndex.rows.isMapped)
        expectSame(archive, opened)
    }

    /// A payload that does not start at a multiple of eight bytes (a manifest of odd length,
    /// which morgue's own never are) is read by copying, and reads back the same.
    @Test func anUnalignedSnapshotIsCopiedAndReadsBackTheSame() throws {
        let folder = TemporaryFolder()
        let archive = try loaded(folder)
        let place = folder.path + "/a" + SnapshotStore.suffix
        let manifest: [UInt8] = Array("odd".utf8)
        #expect(SnapshotStore.save(archive, to: [place], manifest: manifest) == .written(place))
        let opened = try #require(SnapshotStore.open([place], manifest: manifest).0)
        #expect(!opened.tokens.ids.isMapped)
        Self.expectSame(archive, opened)
    }

    /// Quotes are read from the snapshot when first asked for; a section that does not read
    /// back leaves the session without quotes, every article with none, rather than stopping it.
    @Test func brokenQuotesInASnapshotLeaveNoQuotes() {
        let garbage: [UInt8] = [7, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]
        let column = garbage.withUnsafeBytes { bytes in
            QuoteStore(reading: SnapshotReader(bytes), articles: 3, tokens: 10).quotes
        }
        #expect(column.count == 0)
        #expect(column.articleStarts == [0, 0, 0, 0])
        #expect((0..<3).allSatisfy { column.range(ofArticle: $0).isEmpty })
    }

    @Test func aStaleSnapshotIsPassedOverQuietly() throws {
        let folder = TemporaryFolder()
        let archive = try loaded(folder)
        let place = folder.path + "/a" + SnapshotStore.suffix
        _ = SnapshotStore.save(archive, to: [place], manifest: Array("old".utf8))
        let (reopened, outcome) = SnapshotStore.open([place], manifest: Array("new".utf8))
        #expect(reopened == nil && outcome == nil)
    }

    /// Every byte flipped in a stretch of the file, and the file cut short at many lengths:
    /// each is reported as broken, never opened, never a crash.
    @Test func aCorruptOrTruncatedSnapshotIsReportedNotUsed() throws {
        let folder = TemporaryFolder()
        let archive = try loaded(folder)
        let place = folder.path + "/a" + SnapshotStore.suffix
        let manifest: [UInt8] = Array("manifest".utf8)
        _ = SnapshotStore.save(archive, to: [place], manifest: manifest)
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: place)))
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 300)) {
            var bad = good
            bad[offset] ^= 0x5A
            try Data(bad).write(to: URL(fileURLWithPath: place))
            let (reopened, outcome) = SnapshotStore.open([place], manifest: manifest)
            #expect(reopened == nil, "byte \(offset)")
            guard case .problem(let message) = outcome else { Issue.record("byte \(offset): \(String(describing: outcome))"); continue }
            #expect(message.contains(place) && message.contains("rebuilt from the sources"))
        }
        for length in [0, 7, 40, good.count / 2, good.count - 1] {
            try Data(good.prefix(length)).write(to: URL(fileURLWithPath: place))
            let (reopened, outcome) = SnapshotStore.open([place], manifest: manifest)
            #expect(reopened == nil)
            guard case .problem = outcome else { Issue.record("length \(length): \(String(describing: outcome))"); continue }
        }
    }

    /// A temporary file left by a writer that was killed is removed by the next write; one
    /// whose writer still runs (this process's parent, say) is left alone.
    @Test func aKilledWritersTemporaryFileIsRemoved() throws {
        let folder = TemporaryFolder()
        let target = folder.path + "/a" + SnapshotStore.suffix
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = folder.write(".a\(SnapshotStore.suffix).\(finished.processIdentifier).tmp", "half a snapshot")
        let alive = folder.write(".a\(SnapshotStore.suffix).\(getppid()).tmp", "being written")
        try AtomicFile.write([Array("whole".utf8)], to: target)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(FileManager.default.contents(atPath: target) == Data("whole".utf8))
    }

    /// Through the loader: written after the first load, opened by the second, stale once a
    /// source file changes, rebuilt when broken.
    @Test func theLoaderOpensCurrentSnapshotsOnly() throws {
        let folder = TemporaryFolder()
        let articles = folder.path + "/archive"
        folder.write("archive/one.txt", "Harbour\n\n“The wall will hold,” said Dana Cole.")
        let snapshot = articles + SnapshotStore.suffix
        defer { unlink(snapshot) }
        let options = LoadOptions(snapshots: true, snapshotMinimumBytes: 0)
        let first = try ArchiveLoader.load(paths: [articles], options: options)
        #expect(first.statistics.snapshot == .saving)
        #expect(SnapshotStore.finishWrites() == [.written(snapshot)])

        let second = try ArchiveLoader.load(paths: [articles], options: options)
        #expect(second.statistics.snapshot == .opened(snapshot))
        #expect(second.quotes.quotes == first.quotes.quotes)

        folder.write("archive/two.txt", "Storm\n\nA storm hit the harbour.")
        let third = try ArchiveLoader.load(paths: [articles], options: options)
        #expect(third.count == 2)
        #expect(third.statistics.snapshot == .saving)
        #expect(SnapshotStore.finishWrites() == [.written(snapshot)])

        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
        bytes[bytes.count - 1] ^= 1
        try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
        let fourth = try ArchiveLoader.load(paths: [articles], options: options)
        #expect(fourth.count == 2)
        guard case .problem = fourth.statistics.snapshot else { Issue.record("\(String(describing: fourth.statistics.snapshot))"); return }
        #expect(SnapshotStore.finishWrites() == [.written(snapshot)])
        #expect(try ArchiveLoader.load(paths: [articles], options: options).statistics.snapshot == .opened(snapshot))
    }
}
