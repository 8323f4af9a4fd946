/// Why a snapshot could not be read.
enum SnapshotError: Error {
    /// The file ends before its content does.
    case truncated
    /// A value that cannot be: a negative count, an unknown tag.
    case corrupt(String)
}

/// Appends values to a snapshot's bytes: numbers as they lie in memory, arrays of plain
/// values in one copy, strings as a byte count and their UTF-8.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func write<T: BitwiseCopyable>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// An array's count, then its values from an offset that is a multiple of eight, so that
    /// a reader can use them where they lie in a mapped file.
    mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(array: StoredArray(array))
    }

    mutating func write<T: BitwiseCopyable>(array: StoredArray<T>) {
        write(array.count)
        alignToWord()
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    private mutating func alignToWord() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    /// What `body` writes, after its length in bytes: a part a reader can pass over and read later.
    mutating func writeSection(_ body: (inout SnapshotWriter) -> Void) {
        let lengthAt = bytes.count
        write(0)
        let start = bytes.count
        body(&self)
        let length = bytes.count - start
        withUnsafeBytes(of: length) { length in
            for k in 0..<length.count { bytes[lengthAt + k] = length[k] }
        }
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ string: String?) {
        write(string != nil)
        if let string { write(string) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(strings: [String]) {
        write(strings.count)
        for string in strings { write(string) }
    }

    mutating func write(optionalStrings: [String?]) {
        write(optionalStrings.count)
        for string in optionalStrings { write(string) }
    }
}

/// Reads back what a `SnapshotWriter` wrote, checking every length against what is left.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// Where this reader stops: the end of the bytes, or of a section.
    private let end: Int
    /// What keeps `bytes` mapped, when they are a snapshot file's: arrays are then used in
    /// place (`readStored`). Without an owner every array is copied.
    private let owner: AnyObject?

    init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject? = nil) {
        self.bytes = bytes
        self.owner = owner
        end = bytes.count
    }

    private init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject?, range: Range<Int>) {
        self.bytes = bytes
        self.owner = owner
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// Whether the bytes stay mapped for as long as what is read from them is used.
    var isMapped: Bool { owner != nil }

    private mutating func take(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= end - offset else { throw .truncated }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// Passes the padding the writer put before an array's values.
    private mutating func alignToWord() throws(SnapshotError) {
        _ = try take((8 - offset % 8) % 8)
    }

    /// A section that `SnapshotWriter.writeSection` wrote, as a reader of its own; this
    /// reader goes on after it.
    mutating func readSection() throws(SnapshotError) -> SnapshotReader {
        let length = try count()
        let start = offset
        _ = try take(length)
        return SnapshotReader(bytes, owner: owner, range: start..<offset)
    }

    mutating func read<T: BitwiseCopyable>(_: T.Type) throws(SnapshotError) -> T {
        try take(MemoryLayout<T>.size).loadUnaligned(as: T.self)
    }

    mutating func count() throws(SnapshotError) -> Int {
        let count = try read(Int.self)
        guard count >= 0 else { throw .corrupt("a negative count") }
        return count
    }

    mutating func readArray<T: BitwiseCopyable>(_: T.Type) throws(SnapshotError) -> [T] {
        Self.copied(try arrayBytes(T.self))
    }

    /// An array used where it lies in the mapped file, or a copy when there is no mapping.
    mutating func readStored<T: BitwiseCopyable>(_: T.Type) throws(SnapshotError) -> StoredArray<T> {
        let raw = try arrayBytes(T.self)
        if let owner, let base = raw.baseAddress, Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 {
            let values = UnsafeBufferPointer(start: base.assumingMemoryBound(to: T.self), count: raw.count / max(1, MemoryLayout<T>.stride))
            return StoredArray(mapped: values, owner: owner)
        }
        return StoredArray(Self.copied(raw))
    }

    /// The bytes of an array's values, after its count and padding.
    private mutating func arrayBytes<T: BitwiseCopyable>(_: T.Type) throws(SnapshotError) -> UnsafeRawBufferPointer {
        let count = try count()
        try alignToWord()
        guard count <= (end - offset) / max(1, MemoryLayout<T>.stride) else { throw .truncated }
        return try take(count * MemoryLayout<T>.stride)
    }

    private static func copied<T: BitwiseCopyable>(_ raw: UnsafeRawBufferPointer) -> [T] {
        let count = raw.count / max(1, MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = raw.baseAddress, count > 0 {
                UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base, byteCount: raw.count)
            }
            initialized = count
        }
    }

    mutating func readString() throws(SnapshotError) -> String {
        let utf8 = try take(try count())
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A flag as one byte, 0 or 1 (a Bool loaded from any other byte would be undefined).
    mutating func readBool() throws(SnapshotError) -> Bool {
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw .corrupt("a flag that is neither 0 nor 1")
        }
    }

    mutating func readOptionalString() throws(SnapshotError) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readOptionalInt() throws(SnapshotError) -> Int? {
        try readBool() ? try read(Int.self) : nil
    }

    mutating func readStrings() throws(SnapshotError) -> [String] {
        let count = try count()
        var strings: [String] = []
        strings.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count { strings.append(try readString()) }
        return strings
    }

    mutating func readOptionalStrings() throws(SnapshotError) -> [String?] {
        let count = try count()
        var strings: [String?] = []
        strings.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count { strings.append(try readOptionalString()) }
        return strings
    }
}
