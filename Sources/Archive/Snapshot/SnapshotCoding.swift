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

    mutating func write<T: BitwiseCopyable>(array: [T]) {
        write(array.count)
        array.withUnsafeBytes { bytes.append(contentsOf: $0) }
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

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw .truncated }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
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
        let count = try count()
        guard count <= (bytes.count - offset) / max(1, MemoryLayout<T>.stride) else { throw .truncated }
        let raw = try take(count * MemoryLayout<T>.stride)
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
