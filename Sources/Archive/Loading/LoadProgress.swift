import Synchronization

/// Counters a load moves forward as it goes, for a progress line that another thread reads.
public final class LoadProgress: Sendable {
    private let files = Atomic<Int>(0)
    private let bytes = Atomic<Int>(0)
    private let articles = Atomic<Int>(0)
    private let indexing = Atomic<Bool>(false)

    public init() {}

    func add(files: Int = 0, bytes: Int = 0, articles: Int = 0) {
        if files != 0 { self.files.add(files, ordering: .relaxed) }
        if bytes != 0 { self.bytes.add(bytes, ordering: .relaxed) }
        if articles != 0 { self.articles.add(articles, ordering: .relaxed) }
    }

    /// Reading is done; the words are being indexed.
    func startIndexing() { indexing.store(true, ordering: .relaxed) }

    public var isIndexing: Bool { indexing.load(ordering: .relaxed) }

    public var snapshot: (files: Int, bytes: Int, articles: Int) {
        (files.load(ordering: .relaxed), bytes.load(ordering: .relaxed), articles.load(ordering: .relaxed))
    }
}
