/// An array of plain values that lives either in memory, as a load builds it, or in a
/// snapshot's mapped file, read where it lies. Opening a snapshot copies none of the big
/// columns (texts, word ids and offsets, the word index): they are used in the file's pages,
/// which the system shares with its file cache (docs/performance.md).
public struct StoredArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// The values a load built; empty when they are mapped.
    private let built: [Element]
    /// The values in a snapshot's mapping.
    private let mapped: UnsafeBufferPointer<Element>?
    /// What keeps the mapping alive as long as a column uses it.
    private let owner: AnyObject?

    public init(_ values: [Element] = []) {
        built = values
        mapped = nil
        owner = nil
    }

    /// Values in memory that `owner` keeps mapped, read-only, for as long as it lives.
    init(mapped: UnsafeBufferPointer<Element>, owner: AnyObject) {
        built = []
        self.mapped = mapped
        self.owner = owner
    }

    /// Whether the values are read in place from a mapped file.
    var isMapped: Bool { mapped != nil }

    public var startIndex: Int { 0 }
    public var endIndex: Int { mapped?.count ?? built.count }

    public subscript(position: Int) -> Element {
        if let mapped {
            // As an Array would: a bad position stops the program rather than read past the mapping.
            precondition(position >= 0 && position < mapped.count, "index out of range")
            return mapped[position]
        }
        return built[position]
    }

    public func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        if let mapped { return try body(mapped) }
        return try built.withUnsafeBufferPointer(body)
    }

    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { try body(UnsafeRawBufferPointer($0)) }
    }
}

extension StoredArray: Equatable where Element: Equatable {
    public static func == (a: StoredArray, b: StoredArray) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}
