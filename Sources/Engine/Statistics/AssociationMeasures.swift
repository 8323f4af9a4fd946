import Foundation

/// How strongly a collocate goes with a node word, from four counts (docs/statistics.md):
/// `o` co-occurrences in the windows, `fNode` and `fCollocate` frequencies, `n` words in
/// all, and `span` window positions per node (2 × window). The expected count is
/// E = fNode × span × fCollocate / n.
public enum AssociationMeasure: String, CaseIterable, Sendable {
    case pmi, logdice, tscore, llr, mi3, dice

    public static let `default` = AssociationMeasure.logdice

    public func score(o: Double, fNode: Double, fCollocate: Double, n: Double, span: Double) -> Double {
        let e = Self.expected(fNode: fNode, fCollocate: fCollocate, n: n, span: span)
        switch self {
        case .pmi: return log2(o / e)
        case .mi3: return log2(o * o * o / e)
        case .tscore: return (o - e) / o.squareRoot()
        case .dice: return 2 * o / (fNode + fCollocate)
        case .logdice: return 14 + log2(2 * o / (fNode + fCollocate))
        case .llr:
            return Self.logLikelihood(o11: o, rowTotal: fNode * span, columnTotal: fCollocate, n: n)
        }
    }

    public static func expected(fNode: Double, fCollocate: Double, n: Double, span: Double) -> Double {
        fNode * span * fCollocate / n
    }

    /// Dunning's G², 2 Σ O ln(O / E) over the 2×2 table with these margins; 0 ln 0 = 0.
    public static func logLikelihood(o11: Double, rowTotal: Double, columnTotal: Double, n: Double) -> Double {
        let observed = [o11, rowTotal - o11, columnTotal - o11, n - rowTotal - columnTotal + o11]
        let expected = [rowTotal * columnTotal / n, rowTotal * (n - columnTotal) / n,
                        (n - rowTotal) * columnTotal / n, (n - rowTotal) * (n - columnTotal) / n]
        var sum = 0.0
        for (o, e) in zip(observed, expected) where o > 0 && e > 0 { sum += o * log(o / e) }
        return 2 * sum
    }

    public var summary: String {
        switch self {
        case .pmi: return "log2(O / E), pointwise mutual information (Church and Hanks 1990)"
        case .logdice: return "14 + log2(2 O / (f(node) + f(collocate))) (Rychlý 2008)"
        case .tscore: return "(O - E) / sqrt(O) (Church et al. 1991)"
        case .llr: return "G², the log-likelihood ratio of the 2×2 table (Dunning 1993)"
        case .mi3: return "log2(O³ / E) (Daille 1994)"
        case .dice: return "2 O / (f(node) + f(collocate)) (Dice 1945; Smadja et al. 1996)"
        }
    }
}

/// How a word's frequency in a target corpus compares with a reference corpus, from
/// a (target count), b (reference count), c and d (the corpora's sizes).
public enum KeynessMeasure: String, CaseIterable, Sendable {
    case llr, chi2, logratio, simplemaths

    public static let `default` = KeynessMeasure.llr

    /// The score, signed: positive when the word is relatively more frequent in the target.
    public func score(a: Double, b: Double, c: Double, d: Double) -> Double {
        switch self {
        case .llr: return Self.signedG2(a: a, b: b, c: c, d: d)
        case .chi2: return Self.sign(a: a, b: b, c: c, d: d) * Self.chiSquare(a: a, b: b, c: c, d: d)
        case .logratio: return Self.logRatio(a: a, b: b, c: c, d: d)
        case .simplemaths: return Self.simpleMaths(a: a, b: b, c: c, d: d)
        }
    }

    static func sign(a: Double, b: Double, c: Double, d: Double) -> Double {
        a / c >= b / d ? 1 : -1
    }

    /// Rayson and Garside (2000): E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
    /// G² = 2 (a ln(a/E1) + b ln(b/E2)), signed.
    public static func signedG2(a: Double, b: Double, c: Double, d: Double) -> Double {
        let e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d)
        var g2 = 0.0
        if a > 0 { g2 += a * log(a / e1) }
        if b > 0 { g2 += b * log(b / e2) }
        return sign(a: a, b: b, c: c, d: d) * 2 * g2
    }

    /// Pearson's χ² over the 2×2 table (word, other words) × (target, reference).
    public static func chiSquare(a: Double, b: Double, c: Double, d: Double) -> Double {
        let n = c + d
        let observed = [a, b, c - a, d - b]
        let expected = [c * (a + b) / n, d * (a + b) / n, c * (n - a - b) / n, d * (n - a - b) / n]
        return zip(observed, expected).reduce(0) { $1.1 > 0 ? $0 + ($1.0 - $1.1) * ($1.0 - $1.1) / $1.1 : $0 }
    }

    /// Hardie (2014): log2 of the ratio of relative frequencies, a zero count taken as 0.5.
    public static func logRatio(a: Double, b: Double, c: Double, d: Double) -> Double {
        log2((max(a, 0.5) / c) / (max(b, 0.5) / d))
    }

    /// Kilgarriff (2009): (per-million in target + 1) / (per-million in reference + 1).
    public static func simpleMaths(a: Double, b: Double, c: Double, d: Double, k: Double = 1) -> Double {
        (a / c * 1e6 + k) / (b / d * 1e6 + k)
    }

    public var summary: String {
        switch self {
        case .llr: return "signed G², log-likelihood (Rayson and Garside 2000)"
        case .chi2: return "signed χ² of the 2×2 table (Pearson)"
        case .logratio: return "log2 of the ratio of relative frequencies, zeros as 0.5 (Hardie 2014)"
        case .simplemaths: return "(per million in target + 1) / (per million in reference + 1) (Kilgarriff 2009)"
        }
    }
}
