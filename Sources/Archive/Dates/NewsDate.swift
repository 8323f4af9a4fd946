/// A date, or a date and time, as an article gives it.
///
/// The clock time is kept as written (local to the newsroom), with the UTC offset when the
/// source states one, so that `day()` of an article is the day its page shows.
public struct NewsDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds from 1970-01-01 00:00 of the written wall-clock time.
    public let wallSeconds: Int64
    /// Whether a time of day was given, or only the day.
    public let hasTime: Bool
    /// Minutes east of UTC, when the source said.
    public let utcOffsetMinutes: Int?

    public init(wallSeconds: Int64, hasTime: Bool, utcOffsetMinutes: Int? = nil) {
        self.wallSeconds = wallSeconds
        self.hasTime = hasTime
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// A date from its calendar fields; nil when they name no real day.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                 second: Int = 0, hasTime: Bool = false, utcOffsetMinutes: Int? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilCalendar.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let days = CivilCalendar.daysFromEpoch(year: year, month: month, day: day)
        self.init(wallSeconds: days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)),
                  hasTime: hasTime, utcOffsetMinutes: utcOffsetMinutes)
    }

    public var daysFromEpoch: Int64 { wallSeconds >= 0 ? wallSeconds / 86_400 : (wallSeconds - 86_399) / 86_400 }
    public var secondOfDay: Int { Int(wallSeconds - daysFromEpoch * 86_400) }
    public var civil: (year: Int, month: Int, day: Int) { CivilCalendar.civil(fromDays: daysFromEpoch) }
    public var year: Int { civil.year }

    /// The day alone, as a date without time.
    public var day: NewsDate { NewsDate(wallSeconds: daysFromEpoch * 86_400, hasTime: false) }

    /// ISO 8601: `2023-10-03`, or `2023-10-03 14:05` (with `:SS` when seconds are not zero).
    public var description: String {
        let (y, m, d) = civil
        var text = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        guard hasTime else { return text }
        let s = secondOfDay
        text += " \(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2))"
        if s % 60 != 0 { text += ":\(pad(s % 60, 2))" }
        return text
    }

    public static func < (lhs: NewsDate, rhs: NewsDate) -> Bool { lhs.wallSeconds < rhs.wallSeconds }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// The proleptic Gregorian calendar, by Howard Hinnant's days-from-civil algorithm.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
