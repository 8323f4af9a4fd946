import Engine

/// Numbers as people read them at the prompt: `37,554`, `1.4 s`.
enum NumberFormat {
    static func grouped(_ value: Int) -> String { NumberText.grouped(value) }

    static func seconds(_ value: Double) -> String {
        value < 10 ? String(format1: value) + " s" : "\(Int(value.rounded())) s"
    }

    /// `512 bytes`, `14 KB`, `243 MB`, `1.2 GB` (powers of 1,000).
    static func bytes(_ count: Int) -> String {
        switch count {
        case ..<1_000: return "\(count) bytes"
        case ..<1_000_000: return "\(count / 1_000) KB"
        case ..<1_000_000_000: return "\(count / 1_000_000) MB"
        default: return String(format1: Double(count) / 1e9) + " GB"
        }
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}

private extension String {
    /// One decimal, without Foundation's locale-dependent formatting.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
