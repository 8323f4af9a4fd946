import Testing
@testable import Archive

@Suite struct DateParserTests {
    /// Each written date, and the date it must read as (ISO, as `NewsDate` prints it).
    @Test(arguments: [
        ("2023-10-03", "2023-10-03"),
        ("2016-09-20T00:00:00.000Z", "2016-09-20 00:00"),
        ("2023-10-03T14:05:09+02:00", "2023-10-03 14:05:09"),
        ("2023-10-03 14:05", "2023-10-03 14:05"),
        ("October 3, 2023", "2023-10-03"),
        ("May 23, 2024 00:53", "2024-05-23 00:53"),
        ("Last update: May 23, 2024 00:53", "2024-05-23 00:53"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26 15:01:01"),
        ("27-MAR-1987 02:17:09.88T C", "1987-03-27 02:17:09"),
        ("2017/2/7 14:05", "2017-02-07 14:05"),
        ("2017/2/7", "2017-02-07"),
        ("21 July 2025 09:45 (UTC+04:00)", "2025-07-21 09:45"),
        ("Tue, 03 Oct 2023 14:05:00 +0000", "2023-10-03 14:05"),
        ("Tue, 3 Oct 2023 2:05 pm EDT", "2023-10-03 14:05"),
        ("3rd October 2023", "2023-10-03"),
        ("Sept. 9, 2019", "2019-09-09"),
        ("Feb 29, 2024", "2024-02-29"),
    ])
    func readsWhatNewsDataContains(written: String, expected: String) {
        #expect(DateParser.parse(written)?.description == expected)
    }

    @Test(arguments: [
        "", "yesterday", "03/10/2023", "Feb 30, 2023", "2023-13-01", "99999-01-01", "May 99999",
        "October 2023", "3 October", "25:00 October 3, 2023", "2023-10-03T", "Monster 3, 2023",
    ])
    func refusesRatherThanGuesses(written: String) {
        #expect(DateParser.parse(written) == nil)
    }

    @Test func keepsTheWrittenZone() {
        #expect(DateParser.parse("21 July 2025 09:45 (UTC+04:00)")?.utcOffsetMinutes == 240)
        #expect(DateParser.parse("2023-10-03T14:05:00-05:30")?.utcOffsetMinutes == -330)
        #expect(DateParser.parse("Tue, 03 Oct 2023 14:05:00 GMT")?.utcOffsetMinutes == 0)
        #expect(DateParser.parse("2023-10-03")?.utcOffsetMinutes == nil)
    }

    @Test func calendarRoundTripsOverCenturies() {
        // 1970-01-01 is day 0; 2000-03-01 is day 11017 (checked with Python's date.toordinal).
        #expect(CivilCalendar.daysFromEpoch(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.daysFromEpoch(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.daysFromEpoch(year: 1, month: 1, day: 1) == -719_162)
        for days in stride(from: Int64(-719_162), through: 2_932_896, by: 997) {
            let (y, m, d) = CivilCalendar.civil(fromDays: days)
            #expect(CivilCalendar.daysFromEpoch(year: y, month: m, day: d) == days)
        }
    }
}

@Suite struct NumericDateTests {
    @Test func theFileDecidesWhichNumberIsTheMonth() {
        let monthFirst = ["7/23/17", "12/1/16"].compactMap(NumericDates.parts)
        #expect(NumericDates.order(of: monthFirst) == .monthFirst)
        #expect(NumericDates.date(monthFirst[1], order: .monthFirst)?.description == "2016-12-01")

        let dayFirst = ["23.07.2017", "1.12.2016"].compactMap(NumericDates.parts)
        #expect(NumericDates.order(of: dayFirst) == .dayFirst)
        #expect(NumericDates.date(dayFirst[1], order: .dayFirst)?.description == "2016-12-01")

        #expect(NumericDates.order(of: ["1/2/2020", "3/4/2020"].compactMap(NumericDates.parts)) == nil)
        #expect(NumericDates.order(of: ["13/1/2020", "1/13/2020"].compactMap(NumericDates.parts)) == nil)
    }

    @Test func twoDigitYearsPivotAsStrptimeDoes() {
        #expect(NumericDates.parts("1/2/68")?.year == 2068)
        #expect(NumericDates.parts("1/2/69")?.year == 1969)
        #expect(NumericDates.parts("1/2/3") == nil)
    }
}
