/// Reads the dates that news data really contains, and nothing it would have to guess.
///
/// Accepted: ISO 8601 (`2023-10-03`, `2023-10-03T14:05:00.5+02:00`), year-first slashes
/// (`2017/2/7 14:05`), month names in either order (`October 3, 2023`, `3 Oct 2023 09:45`,
/// `Tue, 03 Oct 2023 14:05:00 +0000`, `26-FEB-1987 15:01:01.79`), with an optional time,
/// `am`/`pm`, and a zone (`Z`, `+0400`, `GMT`, `EST`, `(UTC+04:00)`). All-number dates such
/// as `03/10/2023` are refused: day and month cannot be told apart.
public enum DateParser {
    public static func parse(_ text: String) -> NewsDate? {
        let scalars = Array(text.unicodeScalars)
        var scanner = DateScanner(scalars: scalars)
        if let iso = scanner.isoDate() { return iso }
        return DateWords(scalars: scalars)?.date()
    }
}

/// The ISO 8601 and year-first forms, read position by position.
private struct DateScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        skipSpaces()
    }

    mutating func isoDate() -> NewsDate? {
        guard let year = number(exactDigits: 4) else { return nil }
        guard index < scalars.count, scalars[index] == "-" || scalars[index] == "/" else { return nil }
        let separator = scalars[index]
        index += 1
        guard let month = number(maxDigits: 2), take(separator), let day = number(maxDigits: 2) else { return nil }
        var clock: (hour: Int, minute: Int, second: Int)?
        var offset: Int?
        if take("T") || take(" ") {
            skipSpaces()
            guard let time = self.time() else { return nil }
            clock = time
            skipSpaces()
            offset = zone()
            skipSpaces()
        }
        guard index == scalars.count else { return nil }
        return NewsDate(year: year, month: month, day: day, hour: clock?.hour ?? 0,
                        minute: clock?.minute ?? 0, second: clock?.second ?? 0,
                        hasTime: clock != nil, utcOffsetMinutes: offset)
    }

    private mutating func time() -> (hour: Int, minute: Int, second: Int)? {
        guard let hour = number(maxDigits: 2), take(":"), let minute = number(exactDigits: 2) else { return nil }
        var second = 0
        if take(":") {
            guard let s = number(exactDigits: 2) else { return nil }
            second = s
            if take(".") || take(",") { guard number(maxDigits: 9) != nil else { return nil } }
        }
        return (hour, minute, second)
    }

    private mutating func zone() -> Int? {
        if take("Z") { return 0 }
        guard index < scalars.count, scalars[index] == "+" || scalars[index] == "-" else { return nil }
        let sign = scalars[index] == "-" ? -1 : 1
        index += 1
        guard let hours = number(exactDigits: 2) else { index = scalars.count + 1; return nil }
        _ = take(":")
        let minutes = number(exactDigits: 2) ?? 0
        return sign * (hours * 60 + minutes)
    }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    private mutating func skipSpaces() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    private mutating func number(exactDigits: Int) -> Int? {
        let start = index
        guard let value = number(maxDigits: exactDigits), index - start == exactDigits else {
            index = start
            return nil
        }
        return value
    }

    private mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while index < scalars.count, digits < maxDigits, let digit = scalars[index].asciiDigit {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : value
    }
}

/// The forms with a month name, read as a bag of words, numbers, a time and a zone.
private struct DateWords {
    var month: Int?
    var numbers: [(value: Int, digits: Int)] = []
    var clock: (hour: Int, minute: Int, second: Int)?
    var meridiem: String?
    var offset: Int?

    init?(scalars: [Unicode.Scalar]) {
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.asciiDigit != nil {
                let (value, digits, next) = Self.digits(scalars, from: i)
                i = next
                if i < scalars.count, scalars[i] == ":" {
                    guard clock == nil, let (time, after) = Self.time(scalars, hour: value, from: i) else { return nil }
                    clock = time
                    i = after
                } else {
                    numbers.append((value, digits))
                    i = Self.skipOrdinal(scalars, from: i)
                }
            } else if (c == "+" || c == "-"), clock != nil, i + 1 < scalars.count, scalars[i + 1].asciiDigit != nil {
                guard offset == nil, let (minutes, after) = Self.offset(scalars, from: i) else { return nil }
                offset = minutes
                i = after
            } else if c.properties.isAlphabetic {
                var j = i
                while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
                let word = String(String.UnicodeScalarView(scalars[i..<j])).lowercased()
                i = j
                guard accept(word: word, scalars: scalars, at: &i) else { return nil }
            } else {
                i += 1 // separators: spaces, commas, dots, hyphens, slashes, brackets
            }
        }
    }

    private mutating func accept(word: String, scalars: [Unicode.Scalar], at i: inout Int) -> Bool {
        if let m = Self.monthNumber(word) {
            guard month == nil else { return false }
            month = m
        } else if Self.isWeekday(word) || Self.fillers.contains(word) {
            return true
        } else if word == "am" || word == "pm" || word == "a" || word == "p" {
            if word.count == 1 { // "a.m." / "p.m."
                guard i + 2 < scalars.count, scalars[i] == ".", scalars[i + 1] == "m" else { return false }
                i += 2
            }
            meridiem = word.hasPrefix("a") ? "am" : "pm"
        } else if word == "utc" || word == "gmt" || word == "z" {
            guard offset == nil else { return false }
            if i < scalars.count, scalars[i] == "+" || scalars[i] == "-", let (minutes, after) = Self.offset(scalars, from: i) {
                offset = minutes
                i = after
            } else {
                offset = 0
            }
        } else if let zone = Self.namedZones[word] {
            guard offset == nil else { return false }
            offset = zone
        } else {
            return false
        }
        return true
    }

    func date() -> NewsDate? {
        guard let month else { return nil }
        let years = numbers.filter { $0.digits == 4 }
        let days = numbers.filter { $0.digits <= 2 }
        guard years.count == 1, days.count == 1, numbers.count == 2 else { return nil }
        var hour = clock?.hour ?? 0
        switch meridiem {
        case "am"?: guard (1...12).contains(hour) else { return nil }; if hour == 12 { hour = 0 }
        case "pm"?: guard (1...12).contains(hour) else { return nil }; if hour != 12 { hour += 12 }
        default: break
        }
        return NewsDate(year: years[0].value, month: month, day: days[0].value, hour: hour,
                        minute: clock?.minute ?? 0, second: clock?.second ?? 0,
                        hasTime: clock != nil, utcOffsetMinutes: offset)
    }

    private static func digits(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int, Int) {
        var i = start, value = 0
        while i < s.count, let d = s[i].asciiDigit, i - start < 9 {
            value = value * 10 + d
            i += 1
        }
        while i < s.count, s[i].asciiDigit != nil { i += 1; value = Int.max / 10 } // absurdly long: never a date
        return (value, i - start, i)
    }

    private static func time(_ s: [Unicode.Scalar], hour: Int, from colon: Int) -> ((Int, Int, Int), Int)? {
        var parts = [hour]
        var i = colon
        while i < s.count, s[i] == ":", parts.count < 3 {
            let (value, digits, next) = digits(s, from: i + 1)
            guard digits == 2 else { return nil }
            parts.append(value)
            i = next
        }
        if i < s.count, s[i] == ".", parts.count == 3 { // fractions of a second
            i += 1
            while i < s.count, s[i].asciiDigit != nil { i += 1 }
            // Reuters-21578 ends some times with desk codes: `00:02:59.13RM`, `02:17:09.88T C`.
            let rest = s[i...]
            let codes = String(String.UnicodeScalarView(rest)).split(separator: " ")
            if !codes.isEmpty, codes.allSatisfy({ $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }) {
                i = s.count
            }
        }
        guard parts.count >= 2 else { return nil }
        return ((parts[0], parts[1], parts.count == 3 ? parts[2] : 0), i)
    }

    private static func offset(_ s: [Unicode.Scalar], from sign: Int) -> (Int, Int)? {
        let negative = s[sign] == "-"
        let (first, digits, next) = digits(s, from: sign + 1)
        var minutes: Int
        var i = next
        switch digits {
        case 4: minutes = first / 100 * 60 + first % 100
        case 1, 2:
            minutes = first * 60
            if i < s.count, s[i] == ":" {
                let (m, mDigits, after) = Self.digits(s, from: i + 1)
                guard mDigits == 2 else { return nil }
                minutes += m
                i = after
            }
        default: return nil
        }
        guard minutes <= 14 * 60 else { return nil }
        return (negative ? -minutes : minutes, i)
    }

    private static func skipOrdinal(_ s: [Unicode.Scalar], from start: Int) -> Int {
        guard start + 1 < s.count else { return start }
        let suffix = String(String.UnicodeScalarView(s[start...(start + 1)])).lowercased()
        let after = start + 2
        let endsWord = after == s.count || !s[after].properties.isAlphabetic
        return ["st", "nd", "rd", "th"].contains(suffix) && endsWord ? after : start
    }

    private static func monthNumber(_ word: String) -> Int? {
        if word == "sept" { return 9 }
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0 == word || ($0.hasPrefix(word) && word.count == 3) }.map { $0 + 1 }
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]
    private static func isWeekday(_ word: String) -> Bool {
        word.count >= 3 && weekdays.contains { $0.hasPrefix(word) }
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let fillers: Set<String> = ["at", "on", "the", "of", "published", "updated", "last", "update"]
    private static let namedZones: [String: Int] = [
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120,
    ]
}

extension Unicode.Scalar {
    var asciiDigit: Int? { value >= 48 && value <= 57 ? Int(value - 48) : nil }
}
