/// Which record field feeds which article field: the common spellings, plus the user's
/// overrides (`--map text=body_raw`).
public struct FieldMapping: Sendable {
    /// The article fields a record can fill.
    public enum Target: String, CaseIterable, Sendable {
        case id, title, author, date, updated, text, url, source, section, caption
    }

    /// Spellings in order of preference; keys compare without case, `_` or `-`.
    static let spellings: [Target: [String]] = [
        .id: ["id", "articleid", "newid", "docid", "uuid"],
        .title: ["title", "headline", "heading"],
        .author: ["author", "authors", "byline", "creator", "writer"],
        .date: ["date", "published", "publishdate", "datepublish", "publicationdate", "pubdate",
                "datepublished", "publishedat", "publishedate", "timestamp"],
        .updated: ["updated", "datemodified", "modified", "lastupdate", "lastupdated", "updatedat", "dateupdate"],
        .text: ["text", "body", "content", "contentoriginal", "maintext", "bodyraw", "article",
                "articlebody", "fulltext"],
        .url: ["url", "link", "href", "permalink"],
        .source: ["source", "publisher", "publication", "outlet", "sourcedomain", "sitename", "site"],
        .section: ["section", "category", "topic", "desk", "rubric"],
        .caption: ["caption", "imagecaption", "photocaption"],
    ]

    private var overrides: [Target: String] = [:]

    /// The overrides as text, in a fixed order: part of a snapshot's manifest.
    var identity: String {
        overrides.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: ",")
    }

    public init() {}

    /// `--map` rules such as `text=body_raw`; nil with a message for a rule it cannot use.
    public init(rules: [String]) throws(MappingError) {
        for rule in rules {
            let parts = rule.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { throw MappingError(message: "'\(rule)' is not FIELD=COLUMN") }
            guard let target = Target(rawValue: parts[0].lowercased()) else {
                let known = Target.allCases.map(\.rawValue).joined(separator: ", ")
                throw MappingError(message: "'\(parts[0])' in '\(rule)' is not an article field (\(known))")
            }
            overrides[target] = parts[1]
        }
    }

    /// For the keys of one record, the key that feeds each article field.
    func assign(keys: [String]) -> [Target: Int] {
        var chosen: [Target: Int] = [:]
        let normalized = keys.map(Self.normalize)
        for target in Target.allCases {
            if let wanted = overrides[target] {
                if let index = keys.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) {
                    chosen[target] = index
                }
                continue
            }
            for spelling in Self.spellings[target] ?? [] {
                if let index = normalized.firstIndex(of: spelling), !chosen.values.contains(index),
                   !overrides.values.contains(where: { $0.lowercased() == keys[index].lowercased() }) {
                    chosen[target] = index
                    break
                }
            }
        }
        return chosen
    }

    static func normalize(_ key: String) -> String {
        String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }
}

public struct MappingError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
