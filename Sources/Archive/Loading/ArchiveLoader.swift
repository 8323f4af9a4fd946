import Dispatch

/// What a load may be told: the field mapping (`--map`).
public struct LoadOptions: Sendable {
    public var mapping: FieldMapping
    /// Moved forward as files are read, for a progress line.
    public var progress: LoadProgress?
    /// Open a snapshot of these paths when one is current, and write one after a load of at
    /// least `snapshotMinimumBytes` of text (smaller archives load faster than a snapshot pays).
    public var snapshots: Bool
    public var snapshotMinimumBytes: Int
    /// The memory a load may use (`MORGUE_MEMORY_LIMIT`); nil for what the system has free.
    /// A load that would need more is refused before any file is read.
    public var memoryLimit: Int?

    public init(mapping: FieldMapping = FieldMapping(), progress: LoadProgress? = nil, snapshots: Bool = false,
                snapshotMinimumBytes: Int = 16 << 20, memoryLimit: Int? = nil) {
        self.mapping = mapping
        self.progress = progress
        self.snapshots = snapshots
        self.snapshotMinimumBytes = snapshotMinimumBytes
        self.memoryLimit = memoryLimit
    }
}

/// Files to archive: finds the files, reads each in its format on all cores, then builds
/// the columns and tokens. A bad file or record is skipped with a warning, never fatal;
/// only a named path that does not exist stops the load.
public enum ArchiveLoader {
    public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws(LoadError) -> Archive {
        let started = DispatchTime.now().uptimeNanoseconds
        var clock = PhaseClock()
        let walker = try FileWalker(roots: paths)
        clock.lap("walk")
        return try load(walker, paths: paths, options: options, started: started, clock: &clock)
    }

    /// Loads the files a walk found. A file gone since the walk is skipped with a warning.
    static func load(_ walker: FileWalker, paths: [String], options: LoadOptions, started: UInt64,
                     clock: inout PhaseClock) throws(LoadError) -> Archive {
        var snapshotPlaces: [String] = [], manifest: [UInt8] = [], snapshotOutcome: SnapshotStore.Outcome?
        if options.snapshots {
            snapshotPlaces = SnapshotStore.locations(for: paths)
            manifest = SnapshotStore.manifest(of: walker.files, mapping: options.mapping)
            let (archive, outcome) = SnapshotStore.open(snapshotPlaces, manifest: manifest)
            clock.lap("snapshot")
            if let archive {
                archive.statistics.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                archive.statistics.snapshot = outcome
                return archive
            }
            snapshotOutcome = outcome
        }
        if let refusal = MemoryBudget(files: walker.files.map(\.path), limit: options.memoryLimit).refusal {
            throw LoadError(message: refusal)
        }
        var outputs = Parallel.map(walker.files.count) { index in
            read(walker.files[index], mapping: options.mapping, progress: options.progress)
        }
        clock.lap("read and parse")
        options.progress?.startIndexing()
        let archive = build(&outputs, warnings: walker.warnings, passedOver: walker.passedOver.count, clock: &clock) {
            Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        // Not in the background: it takes the C library's locks, and the first statements
        // waited for them as long as it took (0.07 s for AllSides).
        MemoryBudget.giveBackFreedMemory()
        clock.lap("give back freed memory")
        if options.snapshots, archive.texts.bytes.count >= options.snapshotMinimumBytes {
            // Set before the writer starts reading the archive; a broken snapshot's report stays.
            archive.statistics.snapshot = snapshotOutcome ?? .saving
            SnapshotStore.saveInBackground(archive, to: snapshotPlaces, manifest: manifest)
        } else {
            archive.statistics.snapshot = snapshotOutcome
        }
        return archive
    }

    private struct FileOutput: Sendable {
        var records = FormatOutput()
        /// The file's bytes, when records' texts lie in them.
        var textBytes: [UInt8]?
        var bytes = 0
        /// False when the whole file was skipped.
        var read = true
    }

    /// An archive of one file's bytes, read as a file of that name would be (its extension
    /// names the format, a `.gz` is inflated), without the file system: what the fuzz
    /// targets feed.
    public static func load(bytes: [UInt8], named name: String, options: LoadOptions = LoadOptions()) -> Archive {
        let verdict = Format.fromName(name)
        let file = FoundFile(path: name, relativePath: name, folderSection: nil, verdict: verdict == .other ? .sniff : verdict)
        var clock = PhaseClock()
        var bytes = bytes
        var outputs = [decode(&bytes, of: file, mapping: options.mapping, progress: nil)]
        return build(&outputs, warnings: [], passedOver: 0, clock: &clock) { 0 }
    }

    /// The archive of what the files gave, with the walk's own warnings first. The outputs
    /// are emptied: the file bytes they hand on must be the only reference to them.
    private static func build(_ outputs: inout [FileOutput], warnings walkWarnings: [LoadWarning], passedOver: Int,
                              clock: inout PhaseClock, elapsed: () -> Double) -> Archive {
        var records: [ArticleRecord] = []
        var files: [FileBytes] = []
        var warnings = walkWarnings
        var statistics = LoadStatistics()
        statistics.skippedFiles = passedOver
        for index in outputs.indices {
            if let bytes = outputs[index].textBytes.take() {
                files.append(FileBytes(bytes: bytes, rows: records.count..<records.count + outputs[index].records.records.count))
            }
            let output = outputs[index]
            records.append(contentsOf: output.records.records)
            warnings.append(contentsOf: output.records.warnings)
            statistics.skippedRecords += output.records.skippedRecords
            statistics.bytes += output.bytes
            if output.read { statistics.files += 1 } else { statistics.skippedFiles += 1 }
        }
        outputs = []
        return ArchiveBuilder.build(records: records, files: &files, warnings: warnings, statistics: statistics,
                                    clock: &clock, elapsed: elapsed)
    }

    private static func read(_ file: FoundFile, mapping: FieldMapping, progress: LoadProgress?) -> FileOutput {
        switch FileReader.read(file.path) {
        case .success(var bytes): return decode(&bytes, of: file, mapping: mapping, progress: progress)
        case .failure(let error):
            var result = FileOutput()
            result.records.warnings.append(LoadWarning(file: file.path, message: "\(error.message); skipped"))
            result.read = false
            return result
        }
    }

    /// A file's bytes to records: inflated, its format found, decoded, parsed. The bytes
    /// are replaced as they are decoded, so that a gzip file's compressed bytes are freed
    /// once inflated.
    private static func decode(_ bytes: inout [UInt8], of file: FoundFile, mapping: FieldMapping,
                               progress: LoadProgress?) -> FileOutput {
        var result = FileOutput()
        func skipFile(_ message: String) -> FileOutput {
            result.records.warnings.append(LoadWarning(file: file.path, message: message))
            result.read = false
            return result
        }
        if Gzip.isGzip(bytes) {
            let inflated = Gzip.inflate(bytes)
            bytes = inflated.bytes
            if let problem = inflated.problem {
                result.records.warnings.append(LoadWarning(file: file.path,
                    message: "\(problem) after \(bytes.count) bytes; read what came before"))
            }
        }
        guard !bytes.isEmpty, bytes.contains(where: { $0 > 0x20 }) else { return skipFile("the file is empty; skipped") }
        result.bytes = bytes.count
        progress?.add(bytes: bytes.count)

        var format: Format
        switch file.verdict {
        case .format(let named): format = named
        case .sniff, .other: format = bytes.withUnsafeBufferPointer(Format.sniff)
        }
        if format == .text, let nul = bytes.prefix(8192).firstIndex(of: 0) {
            return skipFile("a binary file, not text (a NUL byte at offset \(nul)); skipped")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let invalid = bytes.withUnsafeBufferPointer(TextDecoding.firstInvalidUTF8)
        if let invalid {
            result.records.warnings.append(LoadWarning(file: file.path,
                message: "not valid UTF-8 (byte 0x\(String(bytes[invalid], radix: 16, uppercase: true)) at offset \(invalid)); read as Windows-1252"))
            bytes = Array(bytes.withUnsafeBufferPointer(TextDecoding.windows1252).utf8)
        }
        let source = SourceFile(path: file.path, folderSection: file.folderSection)
        var output = bytes.withUnsafeMutableBufferPointer { mutableBuffer -> FormatOutput in
            let buffer = UnsafeBufferPointer(mutableBuffer)
            switch format {
            case .text: return TextFormat.read(String(decoding: buffer, as: UTF8.self), file: source, mapping: mapping)
            case .json: return JSONDocumentFormat.read(mutableBuffer, file: source, mapping: mapping)
            case .jsonLines: return JSONLinesFormat.read(mutableBuffer, file: source, mapping: mapping, progress: progress)
            case .csv: return DelimitedFormat.read(buffer, delimiter: UInt8(ascii: ","), file: source, mapping: mapping)
            case .tsv: return DelimitedFormat.read(buffer, delimiter: UInt8(ascii: "\t"), file: source, mapping: mapping)
            }
        }
        if output.records.contains(where: { $0.textInFile != nil }) {
            // Handed on, not shared: the text column is made of these bytes in place.
            result.textBytes = []
            swap(&result.textBytes!, &bytes)
        }
        NumericDates.resolve(&output)
        for index in output.records.indices { output.records[index].relativePath = file.relativePath }
        result.records.append(output)
        progress?.add(files: 1, articles: format == .jsonLines ? 0 : output.records.count)
        return result
    }
}
