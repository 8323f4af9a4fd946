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

    /// The k-th largest of `values` (k >= 1), with a min-heap of k.
    static func kthLargest(_ values: some Sequence<Int>, _ k: Int) -> Int {
        var heap: [Int] = []
        heap.reserveCapacity(k)
        for value in values {
            if heap.count < k {
                heap.append(value)
                var i = heap.count - 1
                while i > 0, heap[(i - 1) / 2] > heap[i] {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if value > heap[0] {
                heap[0] = value
                var i = 0
                while true {
                    let left = 2 * i + 1, right = left + 1
                    var smallest = i
                    if left < heap.count, heap[left] < heap[smallest] { smallest = left }
                    if right < heap.count, heap[right] < heap[smallest] { smallest = right }
                    if smallest == i { break }
                    heap.swapAt(i, smallest)
                    i = smallest
                }
            }
        }
        return heap.first ?? 0
    }
}
