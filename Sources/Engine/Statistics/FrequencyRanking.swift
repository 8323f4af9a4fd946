import HeapModule

/// Items by count, most frequent first, ties by text: the order of `words` and `ngrams`.
/// With a limit (a `top N` that follows), only the items that can be among the first N are
/// spelled out and sorted; on a large archive that is a few dozen strings, not millions.
enum FrequencyRanking {
    static func ranked(_ items: [Int], count: (Int) -> Int, text: (Int) -> String,
                       limit: Int?) -> [(item: Int, text: String, count: Int)] {
        var threshold = Int.min
        if let limit, limit < items.count {
            threshold = limit > 0 ? kthLargest(items.lazy.map(count), limit) : .max
        }
        var entries: [(item: Int, text: String, count: Int)] = []
        for item in items {
            let n = count(item)
            if n >= threshold { entries.append((item, text(item), n)) }
        }
        entries.sort { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        if let limit, entries.count > limit { entries.removeLast(entries.count - limit) }
        return entries
    }

    /// The k-th largest of `values` (k >= 1): the smallest of the k largest, kept in a heap.
    static func kthLargest(_ values: some Sequence<Int>, _ k: Int) -> Int {
        var largest = Heap<Int>()
        for value in values {
            if largest.count < k {
                largest.insert(value)
            } else if let smallest = largest.min, value > smallest {
                largest.replaceMin(with: value)
            }
        }
        return largest.min ?? 0
    }
}
