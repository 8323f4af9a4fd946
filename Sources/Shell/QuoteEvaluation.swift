import Archive
import Foundation

/// `morgue eval quotes GOLD.jsonl`: quote extraction scored against a gold file in the format
/// of PolNeAR's quotes-gold.jsonl (docs/quotes.md).
public enum QuoteEvaluation {
    struct GoldArticle: Decodable {
        struct Span: Decodable { var start: Int; var end: Int; var text: String }
        struct GoldQuote: Decodable { var start: Int; var end: Int; var text: String; var speaker: Span?; var cue: Span? }
        var id: String
        var title: String?
        var text: String
        var quotes: [GoldQuote]

        /// Scalars of the first paragraph when it is the headline: morgue keeps a headline as
        /// the title, never in the text, so quotes in it are not the article's quotes.
        var headlineLength: Int {
            let first = text.components(separatedBy: "\n\n").first ?? ""
            // The text's copy may end with a full stop, inside the closing mark or outside:
            // "... Establishment.’" for the title "... Establishment’".
            func plain(_ s: String) -> String {
                var t = Substring(s.trimmingCharacters(in: .whitespaces))
                while let last = t.last, ".’”\"' ".contains(last) { t.removeLast() }
                return String(t)
            }
            guard let title, plain(first) == plain(title) else { return 0 }
            return first.unicodeScalars.count
        }
    }

    public struct Figures {
        public var gold = 0, predicted = 0, matched = 0
        public var withSpeaker = 0, speakerRight = 0, attributed = 0
        public var quoteF1: Double { f1(matched, predicted, gold) }
        public var speakerAccuracy: Double { withSpeaker == 0 ? 0 : Double(speakerRight) / Double(withSpeaker) }
        public var attributionF1: Double { f1(attributed, predicted, gold) }

        private func f1(_ tp: Int, _ p: Int, _ g: Int) -> Double {
            guard tp > 0 else { return 0 }
            let precision = Double(tp) / Double(p), recall = Double(tp) / Double(g)
            return 2 * precision * recall / (precision + recall)
        }

        mutating func add(_ other: Figures) {
            gold += other.gold; predicted += other.predicted; matched += other.matched
            withSpeaker += other.withSpeaker; speakerRight += other.speakerRight; attributed += other.attributed
        }
    }

    /// Runs the evaluation; returns the exit status.
    public static func run(goldPath: String, perArticle: Bool, errors: Int) -> Int32 {
        guard let data = FileManager.default.contents(atPath: goldPath) else {
            printError("cannot read '\(goldPath)': \(String(cString: strerror(errno)))")
            return 2
        }
        var total = Figures()
        var shownErrors = 0
        var lineNumber = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            lineNumber += 1
            guard let article = try? JSONDecoder().decode(GoldArticle.self, from: Data(line)) else {
                printError("\(goldPath):\(lineNumber): not a gold article; skipped")
                continue
            }
            let headline = article.headlineLength
            let predicted = quotesAsLoaded(article.text).filter { $0.kind != .unattributed && $0.scalarStart >= headline }
            var figures = Figures()
            let pairs = match(article, predicted, &figures)
            total.add(figures)
            if perArticle {
                print("\(article.id)\t\(figures.gold)\t\(figures.predicted)\t\(figures.matched)\t\(figures.speakerRight)/\(figures.withSpeaker)")
            }
            if shownErrors < errors {
                shownErrors += describeErrors(article, predicted, pairs, limit: errors - shownErrors)
            }
        }
        print("quotes: \(total.gold) gold, \(total.predicted) predicted, \(total.matched) matched")
        print(String(format: "quote F1           %.3f", total.quoteF1))
        print(String(format: "speaker accuracy   %.3f  (%d of %d matched quotes with a gold speaker)", total.speakerAccuracy, total.speakerRight, total.withSpeaker))
        print(String(format: "attribution F1     %.3f  (%d of %d matched quotes with the gold set's speaker)", total.attributionF1, total.attributed, total.matched))
        return 0
    }

    /// The quotes a load finds in the text, which it first makes paragraphs as it keeps them
    /// (docs/archives.md), with their scalar offsets in the text as the gold file has it.
    static func quotesAsLoaded(_ text: String) -> [Quote] {
        let (normalized, origins) = Paragraphs.normalizedWithOrigins(text)
        // The scalars that start before each byte of the gold text.
        var scalarsBefore: [Int] = []
        scalarsBefore.reserveCapacity(text.utf8.count + 1)
        var scalars = 0
        for byte in text.utf8 {
            scalarsBefore.append(scalars)
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        scalarsBefore.append(scalars)
        func scalar(_ byte: Int) -> Int { scalarsBefore[origins[byte]] }
        return Quotes.extract(from: normalized).map { found in
            var quote = found
            quote.scalarStart = scalar(quote.start)
            quote.scalarEnd = scalar(quote.end)
            quote.mentionScalarStart = quote.mentionStart.map(scalar)
            quote.mentionScalarEnd = quote.mentionEnd.map(scalar)
            return quote
        }
    }

    /// Spans without quote marks, spaces and punctuation at either end.
    static func core(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int> {
        var s = max(0, start), e = min(end, scalars.count)
        func trim(_ c: Unicode.Scalar) -> Bool {
            c.properties.isWhitespace || c.properties.generalCategory.isPunctuation || "\"“”„«»‹›‘’'".unicodeScalars.contains(c)
        }
        while s < e, trim(scalars[s]) { s += 1 }
        while e > s, trim(scalars[e - 1]) { e -= 1 }
        return s..<e
    }

    /// One-to-one matches of predicted to gold quotes, best overlap first.
    static func match(_ article: GoldArticle, _ predicted: [Quote], _ figures: inout Figures) -> [(gold: Int, predicted: Int)] {
        let scalars = Array(article.text.unicodeScalars)
        let gold = article.quotes.map { core(scalars, $0.start, $0.end) }
        let mine = predicted.map { core(scalars, $0.scalarStart, $0.scalarEnd) }
        var candidates: [(overlap: Double, gold: Int, predicted: Int)] = []
        for (g, goldRange) in gold.enumerated() {
            for (p, range) in mine.enumerated() {
                let intersection = max(0, min(goldRange.upperBound, range.upperBound) - max(goldRange.lowerBound, range.lowerBound))
                let union = max(goldRange.upperBound, range.upperBound) - min(goldRange.lowerBound, range.lowerBound)
                if union > 0, Double(intersection) * 2 >= Double(union) { candidates.append((Double(intersection) / Double(union), g, p)) }
            }
        }
        candidates.sort { $0.overlap > $1.overlap }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        figures.gold = gold.count
        figures.predicted = predicted.count
        figures.matched = pairs.count
        for (g, p) in pairs {
            let right: Bool
            if let speaker = article.quotes[g].speaker {
                figures.withSpeaker += 1
                if let s = predicted[p].mentionScalarStart, let e = predicted[p].mentionScalarEnd {
                    right = s < speaker.end && speaker.start < e
                } else {
                    right = false
                }
                if right { figures.speakerRight += 1 }
            } else {
                right = predicted[p].mention == nil
            }
            if right { figures.attributed += 1 }
        }
        return pairs
    }

    /// Prints missed, spurious and misattributed quotes, for working on the extractor.
    static func describeErrors(_ article: GoldArticle, _ predicted: [Quote], _ pairs: [(gold: Int, predicted: Int)], limit: Int) -> Int {
        var shown = 0
        let scalars = Array(article.text.unicodeScalars)
        func context(_ start: Int, _ end: Int) -> String {
            let s = max(0, start - 80), e = min(scalars.count, end + 80)
            return String(String.UnicodeScalarView(scalars[s..<e])).replacingOccurrences(of: "\n", with: " ")
        }
        let matchedGold = Set(pairs.map(\.gold)), matchedPredicted = Set(pairs.map(\.predicted))
        for (g, quote) in article.quotes.enumerated() where !matchedGold.contains(g) && shown < limit {
            print("MISSED  \(article.id): \(quote.text.prefix(80)) [speaker: \(quote.speaker?.text ?? "-")]\n    \(context(quote.start, quote.end))")
            shown += 1
        }
        for (p, quote) in predicted.enumerated() where !matchedPredicted.contains(p) && shown < limit {
            print("SPURIOUS \(article.id): \(quote.text.prefix(80)) [\(quote.kind.rawValue), \(quote.mention ?? "-")]\n    \(context(quote.scalarStart, quote.scalarEnd))")
            shown += 1
        }
        for (g, p) in pairs where shown < limit {
            guard let speaker = article.quotes[g].speaker else { continue }
            let q = predicted[p]
            if let s = q.mentionScalarStart, let e = q.mentionScalarEnd, s < speaker.end && speaker.start < e { continue }
            print("SPEAKER \(article.id): \(q.text.prefix(60)) gold: \(speaker.text) got: \(q.mention ?? "-") (\(q.cue ?? "-"))\n    \(context(min(speaker.start, q.scalarStart), max(speaker.end, q.scalarEnd)))")
            shown += 1
        }
        return shown
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
