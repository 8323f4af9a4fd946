import Foundation
import Testing
@testable import Archive

/// Quote extraction, pattern by pattern, on sentences written for the tests.
@Suite struct QuoteTests {
    private func quotes(_ text: String) -> [Quote] { Quotes.extract(from: text) }

    private func one(_ text: String) -> Quote? {
        let found = quotes(text)
        return found.count == 1 ? found[0] : nil
    }

    /// Each pattern journalists use: the quote, then who said it and with what verb.
    @Test(arguments: [
        ("“We will rebuild the wall before winter,” Mayor Dana Cole said.", "Dana Cole", "said"),
        ("“We will rebuild the wall before winter,” said Mayor Dana Cole.", "Dana Cole", "said"),
        ("Mayor Dana Cole said: “We will rebuild the wall before winter.”", "Dana Cole", "said"),
        ("Mayor Dana Cole said that “we will rebuild the wall before winter.”", "Dana Cole", "said"),
        ("According to Dana Cole, “the wall will be rebuilt before winter.”", "Dana Cole", "according to"),
        ("\"We will rebuild the wall before winter,\" Dana Cole told reporters.", "Dana Cole", "told"),
        ("“Is the wall safe?” asked Dana Cole.", "Dana Cole", "asked"),
        ("The harbour office, a spokesman for the port said, was “closed until further notice.”", "a spokesman for the port", "said"),
        ("Its leader, Councillor Fiona Marr, said: “We know the hospital is under strain.”", "Fiona Marr", "said"),
        ("The council rallied residents on Monday, saying: “Stay away from the sea wall tonight.”", "the council", "saying"),
        ("Dana Cole however said the wall was “safe for now.”", "Dana Cole", "said"),
        ("“The wall is safe,“ said Dana Cole, an engineer with the council.", "Dana Cole", "said"),
        ("“We will rebuild the wall before winter.” Dana Cole said.", "Dana Cole", "said"),
        ("“The wall is safe,” Sen. Dana Cole (D-N.Y.) said Tuesday.", "Dana Cole", "said"),
        ("Cole, 52, of Leith, said she had not given up on a “winter rebuild,” because of the tides.", "Cole", "said"),
        ("Fife Councillor Dana Cole said: “We will rebuild the wall before winter.”", "Dana Cole", "said"),
        ("The harbour master said: “We will rebuild the wall before winter.”", "the harbour master", "said"),
        ("“We will rebuild the wall,” Senate Majority Leader Dana Cole, R-Ky., said Tuesday.", "Dana Cole", "said"),
        ("“The wall will not hold another winter.” ― Dana Cole", "Dana Cole", "—"),
        ("Dana Cole herself said Tuesday that “the wall is safe for now.”", "Dana Cole", "said"),
        ("Eight years ago, Dana Cole inspected the wall and said, “It will stand for a century.”", "Dana Cole", "said"),
        ("Jo Reid used to back the plan, but now said Dana Cole had “a duty to rebuild the wall.”", "Jo Reid", "said"),
        ("To wit, Dana Cole told the council the wall was sound, adding, “It will stand for a century.”", "Dana Cole", "adding"),
        ("In a long, angry interview last year, Dana Cole welcomed the plan and added, “It will stand for a century.”", "Dana Cole", "added"),
        ("“What a day for the harbour!” beamed Dana Cole.", "Dana Cole", "beamed"),
        ("“We are in shock,” the Cole family said.", "the Cole family", "said"),
        ("“He will win the vote,” a Cole ally said.", "a Cole ally", "said"),
        ("“We are in shock,” the family repeatedly said.", "the family", "said"),
        ("“The wall is safe,” said Council spokesman Dana Cole in a statement.", "Dana Cole", "said"),
        ("House Speaker Dana Cole, D-Calif., complained that the wall was “going off the rails.”", "Dana Cole", "complained"),
        ("Rep. Dana Cole, D-Ga., who built the wall, called on the council to “literally apologize.”", "Dana Cole", "called"),
        ("“Stop wasting time,” Cole, D-N.J. said on Twitter.", "Cole", "said"),
        ("“It will be hard,” said Leith boss Dana Cole.", "Dana Cole", "said"),
        ("- Leith boss Dana Cole: “We know they can give us problems.”", "Dana Cole", ":"),
        ("According to the notes, “the wall was never inspected.”", "the notes", "according to"),
        ("The engineer made his claims in a letter, saying “the wall will fall.”", "the engineer", "saying"),
        ("“The wall is safe,” said Leith harbour press officer Dana Cole.", "Dana Cole", "said"),
        ("Labour mayoral front-runner Dana Cole toured the wall on Monday, claiming it was “safe for now.”", "Dana Cole", "claiming"),
        ("Dana Cole was yelling: “Get off the wall now!”", "Dana Cole", "yelling"),
        ("What that means for the harbour - more from Dana Cole: “The wall will stand for a century.”", "Dana Cole", ":"),
        ("Here in Leith, Dana Cole toured the wall, saying, “It will stand for a century.”", "Dana Cole", "saying"),
        ("“Get off the wall,” Dana Cole barked.", "Dana Cole", "barked"),
        ("Harbour news - Dana Cole: “The wall will stand for a century.”", "Dana Cole", ":"),
        ("“The wall is safe,” Cole, the harbour master since the great storm, said on Friday.", "Cole", "said"),
        ("“We knew it would hold,” remembered Dana Cole, the engineer.", "Dana Cole", "remembered"),
        ("Then Will told the council the wall had “lasting strength.”", "Will", "told"),
        ("Dana Cole is describing as “unhinged” a council report attacking the harbour plan.", "Dana Cole", "describing"),
        ("Dana Cole, pointing to the long gap between the storm and the first repairs to the old harbour wall, shouted, “Fix it now!”", "Dana Cole", "shouted"),
        ("“The wall will be rebuilt before winter,” read the council’s statement.", "the council’s statement", "read"),
        ("“I am an engineer,” declares Dana Cole, who built the wall.", "Dana Cole", "declares"),
        ("In other words, explained harbour master Dana Cole: “The wall is finished.”", "Dana Cole", "explained"),
        ("“Nobody asked me,” shot back Dana Cole.", "Dana Cole", "shot back"),
        ("When the council asked about the cost, she laughed and said, “We will find the money.”", "she", "said"),
        ("Dana Cole, who earlier questioned whether the old stones of the harbour wall could be saved at any cost, said Friday that the wall was “safe for now.”", "Dana Cole", "said"),
        ("“The wall is safe,” Sen. Dana Cole (D-Nev.) said in a statement.", "Dana Cole", "said"),
        ("“The wall is safe,” Rep. Dana Cole (R-Calif.) said in a statement.", "Dana Cole", "said"),
        ("Sen. Dana Cole (R-Ohio.) told reporters that “the wall is safe for now.”", "Dana Cole", "told"),
        ("“The wall is safe,” Sen. Dana Cole Dana Marie ColeHarbour wall repairs delayed again Storm season opens early MORE (D-Nev.) said.", "Dana Cole", "said"),
        ("And then Dana Cole went on the attack, saying, “The wall will not survive another winter.”", "Dana Cole", "saying"),
        ("Dana Cole in her opening speech called the levy “a fair price for a safe harbour.”", "Dana Cole", "called"),
        ("Dana Cole at the time said the wall was “safe for now.”", "Dana Cole", "said"),
        ("“Why now?” Jo Reid, a retired nurse from a fishing town, asked.", "Jo Reid", "asked"),
        ("Reached by the Courier, Dana Cole denied the story, explaining that she was “taking a day off.”", "Dana Cole", "explaining"),
        ("Speaking at a town hall in Salem, New Hampshire, Dana Cole went after Reid, calling him “a total stiff.”", "Dana Cole", "calling"),
        ("“The wall will be rebuilt before winter,” the harbour notice read.", "the harbour notice", "read"),
        ("“The wall will be rebuilt before winter,” the notice states.", "the notice", "states"),
        ("“We will rebuild it,” Rep. Dana Cole (D-Ohio), a member of the harbour panel, said.", "Dana Cole", "said"),
        ("Dana Cole likened the levy to “a toll on the sea.”", "Dana Cole", "likened"),
        ("The crowd outside the harbour office was chanting “Fix the wall now.”", "the crowd", "chanting"),
        ("“We live in a harbour town,” my father often said.", "my father", "said"),
        ("The wall is “roughly as strong as it was last year,” reported the Courier.", "the Courier", "reported"),
        ("However, 63 percent said the levy was “justified” this year.", "63 percent", "said"),
        ("Dana Cole apologized the next day, saying it was “childish” to shout.", "Dana Cole", "saying"),
        ("The harbour was crowded, with the fishermen chanting “Fix the wall.”", "the fishermen", "chanting"),
        ("Dana Cole answered the question on Facebook writing, “Yes, I will rebuild the wall.”", "Dana Cole", "writing"),
        ("Dana Cole said it was too early to back the plan while adding, “I have no doubt the wall will hold.”", "Dana Cole", "adding"),
        ("It is a plan which harbour historian Jo Reid calls “the backbone of the town.”", "Jo Reid", "calls"),
        ("The wall, it states, will be “rebuilt before winter.”", "it", "states"),
        ("After saying the wall was “so weak I could push it over,” Dana Cole was taken to the harbour office.", "Dana Cole", "saying"),
        ("After winning the vote, Gov. Dana Cole (R-OH), said, “We will rebuild the wall.”", "Dana Cole", "said"),
        ("The harbour office less than two weeks ago said the wall was “unsafe.”", "the harbour office", "said"),
        ("The rise of the sea does not surprise pollster Dana Cole: “The wall was built for a calmer century.”", "Dana Cole", ":"),
        ("From the report: “The wall was never inspected after the storm.”", "the report", ":"),
        ("At a meeting in Aspen, Colo., the harbour master ended her speech by saying, “The wall will hold.”", "the harbour master", "saying"),
        ("Amid the storm, the harbour master went on the radio, saying the wall was “holding for now.”", "the harbour master", "saying"),
        ("Dana Cole answered the council with, “Why now? The wall has stood for a century?” Jo Reid then wrote back.", "Dana Cole", "answered"),
        ("Dana Cole stood by her warning that the wall would “fall before spring.”", "Dana Cole", "warning"),
        ("“The wall will hold,” the independent Leith councillor and harbour board candidate told the Courier.",
         "the independent Leith councillor and harbour board candidate", "told"),
        // a body's name of two words or more is the same speaker with or without "the"
        ("“Fishermen should moor their boats elsewhere,” opined the Leith Courier.", "Leith Courier", "opined"),
        ("“Fishermen should moor their boats elsewhere,” the Leith Harbour Board said.", "Leith Harbour Board", "said"),
        ("“Fishermen should moor their boats elsewhere,” opined the Leith Democrat.", "the Leith Democrat", "opined"),
        // "House" and "Press" are titles ("House Speaker Dana Cole"), but not in "The Leith House"
        ("The Leith House said fishermen should moor their boats “elsewhere.”", "Leith House", "said"),
        ("The Leith Free Press said fishermen should moor their boats “elsewhere.”", "Leith Free Press", "said"),
        ("“The harbour is one of the safest in the north,” the Fifers state in their letter.", "Fifers", "state"),
        ("Dana Cole spoke to the fishermen about the “long winter ahead.”", "Dana Cole", "spoke"),
        ("Even before Dana Cole spoke, her campaign sent a message saying the wall was “sound.”", "her campaign", "saying"),
        ("“The wall is sound,” it now says on the harbour website.", "it", "says"),
        ("A group of fishermen called for a vote, and the Harbour Trust protested and said it would “fight it.”", "Harbour Trust", "said"),
        ("“Is the mayor going to act? If she does not she should resign!” the Labour candidate, Dana Cole, tweeted Sunday.",
         "Dana Cole", "tweeted"),
        // Verbs that say how the words were said, in no list, after a quote that ends with a
        // comma or asks.
        ("“We will rebuild the wall before winter,” proffered Dana Cole.", "Dana Cole", "proffered"),
        ("“We will rebuild the wall before winter,” Dana Cole whined.", "Dana Cole", "whined"),
        ("“Is the wall safe?” Dana Cole excitedly interrupted.", "Dana Cole", "interrupted"),
        ("“We will rebuild the wall before winter,” chipped in Dana Cole, the harbour master.", "Dana Cole", "chipped in"),
        ("“I hate this budget more than any other,” grumbled Sen. Dana Cole (R-Maine).", "Dana Cole", "grumbled"),
        ("“The wall is a disgrace,” contends Dana Cole, the harbour master.", "Dana Cole", "contends"),
        // A rank's abbreviation ends no sentence: "Maj.", "Adm.", "Amb.".
        ("“We will search under every rock,” State Police Maj. Dana Cole said at a news conference.", "Dana Cole", "said"),
        ("“The mission was not successful,” Rear Adm. Dana Cole, the harbour spokesman, said in a statement.", "Dana Cole", "said"),
        ("Four days later, Amb. Dana Cole went on television and said the wall was a “direct result” of the storm.", "Dana Cole", "said"),
        ("“The wall is a disgrace,” posits Dana Cole.", "Dana Cole", "posits"),
        ("“The wall is a disgrace,” Dana Cole bristled in a statement.", "Dana Cole", "bristled"),
        ("“The wall is a disgrace,” Dana Cole bristled to reporters on the pier.", "Dana Cole", "bristled"),
        ("“The wall is a disgrace,” researchers Dana Cole, Jo Reid and Ann Fry wrote.", "Dana Cole, Jo Reid and Ann Fry", "wrote"),
        ("“Who arranged this?” former harbour master Dana Cole, who served under three mayors, wrote on Facebook.", "Dana Cole", "wrote"),
        ("The wall “will not survive another winter,” according to the harbour survey.", "the harbour survey", "according to"),
        ("Dana Cole said the wall “will not survive another winter,” according to the Harbour Gazette.", "Dana Cole", "said"),
    ])
    func patternsFindTheSpeaker(text: String, speaker: String, cue: String) throws {
        let quote = try #require(one(text), "\(quotes(text))")
        #expect(quote.speaker == speaker)
        #expect(quote.cue == cue)
        #expect(quote.kind != .unattributed)
    }

    /// Wire copy leaves the verb out: a person's name and a description after a quote that
    /// ends with a comma sign it, and the quote after it in the paragraph. A name that the
    /// sentence goes on past ("to inspect") signs nothing.
    @Test func aNameAndADescriptionSignAQuoteWithoutAVerb() {
        let signed = quotes("“The wall will not survive another winter,” Dana Cole, chief engineer of the Harbour Trust. “It is already cracked.”")
        #expect(signed.map(\.speaker) == ["Dana Cole", "Dana Cole"])
        #expect(signed.map(\.kind) == [.direct, .direct])
        let goesOn = quotes("The council tasked the “harbour sentinel,” Dana Cole, to inspect the wall every week.")
        #expect(goesOn.map(\.speaker) == [nil])
        // A name or title in marks in a list of names is not the next name's words.
        let listed = quotes("Guests included Phil Reid of “Harbour Nights,” Dana Cole, former harbour master, and Jo Reid.")
        #expect(listed.map(\.speaker) == [nil])
    }

    /// A verb in no list and a place after it attribute a quote only when the place is one:
    /// "to" and a verb is none.
    @Test func aVerbInNoListNeedsAPlaceAfterIt() throws {
        let quote = try #require(one("Rather than “the harbour wall,” Dana Cole decided to use the old name."))
        #expect(quote.speaker == nil)
    }

    /// "a levy called the “harbour tax”": a name given to the levy, not words the levy said.
    /// The scan for quote marks gives the paragraphs too, split at each blank line: a third
    /// line feed starts the next paragraph, and a text that ends with a blank line ends with
    /// an empty one. Ranges worked out by hand on the bytes.
    @Test func theMarkScanSplitsParagraphsAtBlankLines() {
        let text = "A “q” b.\n\nC.\n\n\nD\n“e”\n\n"
        // A (0) space (1) “ (2-4) q (5) ” (6-8) space b . (9-11), \n\n (12-13), C . (14-15),
        // \n\n (16-17), \n D \n (18-20), “ e ” (21-27), \n\n (28-29), end (30).
        let (spans, paragraphs) = Array(text.utf8).withUnsafeBufferPointer { QuoteMarks.spansAndParagraphs(in: $0) }
        #expect(paragraphs == [0..<12, 14..<16, 18..<28, 30..<30])
        #expect(spans.map { $0.start..<$0.end } == [2..<9, 21..<28])
        #expect(spans.map(\.paragraph) == [0, 2])
        let none = Array("No marks.\n\nNone.".utf8).withUnsafeBufferPointer { QuoteMarks.spansAndParagraphs(in: $0) }
        #expect(none.spans.isEmpty && none.paragraphs.isEmpty)
    }

    @Test func aNameGivenIsNotSaidByWhatItNames() throws {
        let quote = try #require(one("Dana Cole opposed a levy called the “harbour tax” that would fall on ferries."))
        #expect(quote.speaker == "Dana Cole")
        #expect(quote.mention == "Dana Cole")
    }

    /// A quote that is its whole paragraph, signed on the next line.
    @Test func aQuoteSignedInTheNextParagraph() throws {
        let text = "“The wall will not survive another winter, and everyone here knows it.”\n\n- Dana Cole, harbour master.\n\nThe council meets on Friday."
        let quote = try #require(one(text), "\(quotes(text))")
        #expect(quote.speaker == "Dana Cole")
        #expect(quote.kind == .direct)
    }

    @Test func aSurnameAndAPronounGoToTheFullName() throws {
        let text = """
            Mayor Dana Cole opened the meeting at noon.

            “We have waited long enough,” Cole said. The room went quiet.

            “The money is there,” she said.
            """
        let found = quotes(text)
        #expect(found.map(\.speaker) == ["Dana Cole", "Dana Cole"])
        #expect(found.map(\.mention) == ["Cole", "she"])
    }

    /// A name with an initial, in a paragraph without quotes, is the full name a surname
    /// later maps to.
    @Test func aSurnameMapsToAFullNameWithAnInitial() throws {
        let quote = try #require(one("""
            Dana J. Cole spoke at the harbour on Monday.

            The wall was damaged in the storm.

            “We will rebuild it before winter,” Cole said.
            """))
        #expect(quote.speaker == "Dana J. Cole")
    }

    /// A person's given name and surname, after the article named her with a middle name or
    /// initial, is that name; another given name with the surname is someone else.
    @Test(arguments: [
        ("Dana Huckabee Cole spoke on Monday.\n\n“We will rebuild,” Dana Cole said.", "Dana Huckabee Cole"),
        ("Dana J. Cole spoke on Monday.\n\n“We will rebuild,” press secretary Dana Cole said.", "Dana J. Cole"),
        ("Dana Huckabee Cole spoke on Monday.\n\n“We will rebuild,” Jo Cole said.", "Jo Cole"),
        ("Dana Huckabee Cole spoke on Monday.\n\n“We will rebuild,” Dana Reid said.", "Dana Reid"),
    ])
    func aNameWithoutItsMiddleNameIsThePersonNamedWithIt(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// "the Utah Republican said": a party's member, perhaps after a state and words in lower
    /// case, is the person in focus whom the article names after a title (not the body named
    /// since, nor a person named without one); after an unnamed "one Iowa Republican", "the
    /// Republican" is that person; "the top Democrat" is an office; with "one" or "a" the
    /// description stays.
    @Test(arguments: [
        ("Rep. Dana Cole spoke at the Harbour Society on Monday.\n\n“We will rebuild,” the Utah Republican said.", "Dana Cole"),
        ("Rep. Dana Cole spoke on Monday, and so did Jo Reid.\n\n“We will rebuild,” the Utah Republican said.", "Dana Cole"),
        ("Sen. Dana Cole spoke on Monday.\n\nThe first-term Republican said the wall was “safe for now.”", "Dana Cole"),
        ("Sen. Dana Cole spoke on Monday.\n\n“We will rebuild,” the Democrat told reporters.", "Dana Cole"),
        ("Sen. Dana Cole spoke on Monday. One Iowa Republican disagreed.\n\n“We will not rebuild,” the Republican said.", "the Republican"),
        ("Sen. Dana Cole spoke on Monday.\n\n“We will rebuild,” the top Democrat on the committee said.", "the Democrat"),
        ("Sen. Dana Cole spoke on Monday.\n\nOne Nevada Republican called it “a fine wall.”", "one Nevada Republican"),
        ("Jo Reid spoke on Monday.\n\n“We will rebuild,” the Utah Republican said.", "the Utah Republican"),
    ])
    func aPartyMemberDescribedIsThePersonInFocusNamedWithATitle(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// People named together speak together, each by the fullest name the article gives them:
    /// after the quote, before it and inverted, with brackets, a party and state or "of" and a
    /// state after each name; "they" after them is them. A list without
    /// "and", two offices of one person and a body's name before a title are no such list.
    @Test(arguments: [
        ("“We will rebuild,” said Sens. John McCain (R-AZ) and Lindsey Graham (R-SC).", ["John McCain and Lindsey Graham"]),
        ("Sens. Tom Cotton (R-AR) and David Perdue (R-GA) said the wall was “safe for now.”", ["Tom Cotton and David Perdue"]),
        ("“We will rebuild,” wrote former White House counsel Gregory Craig and Cliff Sloan, who was special envoy.",
         ["Gregory Craig and Cliff Sloan"]),
        ("“We will rebuild,” Reps. Bob Goodlatte (R-VA), Trey Gowdy (R-SC) and Devin Nunes (R-CA) wrote.\n\n“The wall is safe,” they noted.",
         ["Bob Goodlatte, Trey Gowdy and Devin Nunes", "Bob Goodlatte, Trey Gowdy and Devin Nunes"]),
        ("House Speaker Nancy Pelosi and Senate leader Chuck Schumer met.\n\n“We will rebuild,” Pelosi and Schumer said.",
         ["Nancy Pelosi and Chuck Schumer"]),
        ("“We will rebuild,” said Rep. Gerry Connolly of Virginia, Paul Tonko of New York and Doris Matsui of California.",
         ["Gerry Connolly, Paul Tonko and Doris Matsui"]),
        ("“The wall is safe,” said Sen. Dana Cole, D-Maine, and Sen. Jo Reid, R-Ohio.", ["Dana Cole and Jo Reid"]),
        ("“Nobody will arrive with enough,” said Jo Reid, Cole’s campaign manager.", ["Jo Reid"]),
        ("“The wall is safe,” Harbour Bank Chairman and CEO Dana Cole said.", ["Dana Cole"]),
        ("“The wall is safe,” US Health and Human Services Secretary Dana Cole said.", ["Dana Cole"]),
    ])
    func peopleNamedTogetherSpeakTogether(text: String, speakers: [String]) {
        #expect(quotes(text).map(\.speaker) == speakers)
    }

    /// "he" after a list's quote is one person, the last named, never the list.
    @Test func heAfterAListIsOnePerson() {
        let found = quotes("Dana Cole and Jo Reid said: “We will rebuild the wall.”\n\n“The wall is safe,” he added.")
        #expect(found.map(\.speaker) == ["Dana Cole and Jo Reid", "Jo Reid"])
    }

    /// "“Q,” the statement said": the one the article said issued the statement in the
    /// quote's paragraph or the two before (released, said in, from, by, a possessive, a
    /// body's name before it, or right after the mention); not a noun that a verb of describing
    /// puts in the document; "it" after it is the issuer too.
    @Test(arguments: [
        ("The harbour union released a statement on Monday.\n\n“We will rebuild,” the statement said.", "the harbour union"),
        ("“We will rebuild,” the department said in a statement. “The wall is safe,” the statement said.", "the department"),
        ("In a statement, Sen. Dana Cole said the wall was safe. “We will rebuild,” the statement said.", "Dana Cole"),
        ("Dana Cole’s statement came late. “We will rebuild,” the statement said.", "Dana Cole"),
        ("A White House statement came late. “We will rebuild,” the statement said.", "White House"),
        ("The council got a letter from Mayor Jo Reid. “We will rebuild,” the letter said.", "Jo Reid"),
        ("“We will rebuild,” said the statement from spokesman Jo Reid.", "Jo Reid"),
        ("The Harbour Society, which issued a statement on Monday, met. “We will rebuild,” the statement said.", "Harbour Society"),
        ("The Saudi Embassy in Washington said in a statement that it would help. “We will rebuild,” the statement said.",
         "Saudi Embassy"),
        ("The harbour union released a statement. “We will rebuild,” the statement said. “The wall is safe,” it added.",
         "the harbour union"),
        ("The harbour campaign put out a statement on Monday. “We will rebuild,” the statement read.", "the harbour campaign"),
        ("The statement came late. “We will rebuild,” the statement said.", "the statement"),
        ("Dana Cole and Jo Reid met. The two said in a statement that the wall was safe. “We will rebuild,” the statement said.",
         "the statement"),
        ("The council discussed the behavior described in the memo. “We will rebuild,” the memo states.", "the memo"),
        ("The harbour union released a statement on Monday.\n\nThe storm came.\n\nThe wall fell.\n\nThe town met.\n\n“We will rebuild,” the statement said.",
         "the statement"),
    ])
    func aDocumentSpeaksForItsIssuer(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// A body's name keeps what follows its "of" ("Alabama Department of Corrections"); a
    /// person's loses it ("Lawrence White of New York University").
    /// An excerpt of a column signed by its writer and outlet, as roundups print them: on
    /// the quote's line or in the next paragraph, over a roundup's words before it ("Some
    /// argue that"), for every piece of a multi-paragraph excerpt; an editorial is its
    /// outlet's; two writers sign together.
    @Test(arguments: [
        ("Some argue that “the harbour wall will not survive another winter.” Dana Cole, Harbour Gazette", ["Dana Cole"]),
        ("“The harbour wall will not survive another winter…\n\n“Everyone who lives by the water knows it.”\n\nDana Cole, Harbour Gazette",
         ["Dana Cole", "Dana Cole"]),
        ("“The harbour wall will not survive another winter.”\n\nEditorial Board, Harbour Gazette", ["Harbour Gazette"]),
        ("“The harbour wall will not survive another winter.” The Editors, Harbour Gazette", ["Harbour Gazette"]),
        ("“The harbour wall will not survive another winter.” Dana Cole and Jo Reid, Harbour Gazette", ["Dana Cole and Jo Reid"]),
        ("“The harbour wall will not survive another winter.” Sen. Dana Cole, D-Maine.", ["Dana Cole"]),
    ])
    func anExcerptIsItsSignersWords(text: String, speakers: [String]) {
        let found = quotes(text)
        #expect(found.map(\.speaker) == speakers)
        #expect(found.allSatisfy { $0.kind != .unattributed })
    }

    /// A verb in the past after a quote is no cue without the comma or question that
    /// introduces a tag, nor in a passive; "According to" after a quote opens the next sentence;
    /// a participle after an article ("the hideously named") leaves no speaker.
    @Test func aVerbAfterAQuoteIsNotAlwaysACue() {
        #expect(quotes("The sign read “Harbour Closed.” According to the council, it stays up all winter.").map(\.speaker) == [nil])
        #expect(quotes("The council passed the “Harbour Omnibus,” the hideously named spending bill.").map(\.speaker) == [nil])
        #expect(quotes("The union hailed Jo Reid as “harbour” mayor of Fife, claimed the wall was safe and left.").map(\.speaker)
            != ["mayor of Fife"])
        #expect(quotes("The film “Harbour Wall Stories” alarmed Dana Cole.").map(\.speaker) == [nil])
        #expect(quotes("The council sent a memo. “Harbour Wall: Bring It On,” it was titled.").map(\.speaker) == [nil])
    }

    /// What is no signature: a heading in capitals, a line without a comma, and any line after
    /// a quote whose own sentence names its speaker. A signature ends its excerpt: the next
    /// paragraph's quote is not the signer's words going on.
    @Test func notEverySignatureSigns() {
        #expect(quotes("“The harbour wall will not survive another winter,” Jo Reid said.\n\nDana Cole, Harbour Gazette").map(\.speaker)
            == ["Jo Reid"])
        #expect(quotes("Jo Reid spoke first. “The harbour wall will not survive another winter.”\n\nHARBOUR NEWS, WEEKLY EDITION")
            .map(\.speaker) == ["Jo Reid"])
        #expect(quotes("“The harbour wall will not survive another winter.”\n\nAdvertisement").map(\.speaker) == [nil])
        #expect(quotes("“The harbour wall will not survive another winter.”\n\n").map(\.speaker) == [nil])   // an empty last paragraph
        #expect(quotes("“The harbour wall will not survive another winter.” Dana Cole, Harbour Gazette\n\n“The ferries will stop running by March.”")
            .map(\.speaker) == ["Dana Cole", nil])
    }

    @Test func aBodyKeepsItsOfAndAPersonLosesIt() {
        #expect(quotes("“We will rebuild,” the Alabama Department of Corrections said.").map(\.speaker) == ["Alabama Department of Corrections"])
        #expect(quotes("“We will rebuild,” Lawrence White of New York University said.").map(\.speaker) == ["Lawrence White"])
    }

    /// A family name written first ("Xi Jinping", "Kim Jong Un") is the first person the
    /// article names in full by it, with or without a title, by the fullest name given; a
    /// name that ends with the mention comes first ("Mike Lee"), and a family name that
    /// names no one in full stays as written.
    @Test(arguments: [
        ("Chinese President Xi Jinping spoke on Monday.\n\n“We will rebuild,” Xi said.", "Xi Jinping"),
        ("Leader Kim Jong Un and his sister Kim Yo Jong arrived. Kim Jong Un spoke.\n\n“We will rebuild,” Kim said.",
         "Kim Jong Un"),
        ("Kim Un and Kim Jong Un arrived.\n\n“We will rebuild,” Mr. Kim said.", "Kim Jong Un"),
        ("Sen. Mike Lee met Lee Hsien Loong on Monday.\n\n“We will rebuild,” Lee said.", "Mike Lee"),
        ("Lee Hsien Loong spoke on Monday.\n\n“We will rebuild,” Lee said.", "Lee Hsien Loong"),
        ("Dana Cole spoke on Monday.\n\n“We will rebuild,” Kim said.", "Kim"),
    ])
    func aFamilyNameWrittenFirstIsThePersonNamedWithIt(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// After a cue, a body, a role and a name are one mention, and the speaker is the person
    /// it names: with a role that is no title ("contributor", "historian", "confidant"), and
    /// with two bodies and roles joined by "and"; but "and" between two people ends the first.
    @Test(arguments: [
        ("“We will rebuild,” said Democratic strategist and CNN contributor Paul Begala.",
         "Democratic strategist and CNN contributor Paul Begala", "Paul Begala"),
        ("“We will rebuild,” says TV historian Tim Brooks.", "TV historian Tim Brooks", "Tim Brooks"),
        ("“We will rebuild,” said Trump confidant Newt Gingrich.", "Trump confidant Newt Gingrich", "Newt Gingrich"),
        ("“We will rebuild,” said Sen. Dana Cole and former Vice President Jo Reid.", "Sen. Dana Cole", "Dana Cole"),
    ])
    func aDescriptionBeforeANameAfterTheCueIsTheMention(text: String, mention: String, speaker: String) {
        let found = quotes(text)
        #expect(found.map(\.mention) == [mention])
        #expect(found.map(\.speaker) == [speaker])
    }

    /// A subject described before its name, with no verb of saying, is a source when the name
    /// is a person's: "Political scientist Dana Cole usefully distinguishes ...".
    @Test(arguments: [
        "Political scientist Dana Cole usefully distinguishes between “crises of fidelity” and others.",
        "In a paper, Vanderbilt University political scientist Dana Cole analyzed a scale of “cultural conservatism,” as measured.",
        "Days later, the former Texas congressman Dana Cole stopped to lament an economy that works for “the very few”.",
    ])
    func aDescribedPersonIsASource(text: String) {
        #expect(quotes(text).map(\.speaker) == ["Dana Cole"])
    }

    /// A plural source after capitals is the head of the mention, not a word after it:
    /// "Republican senators", not "Republican"; "Trump supporters", not Donald Trump.
    @Test(arguments: [
        ("But since payments are large, Republican senators slammed Lew as “dishonest” for the claim.", "Republican senators"),
        ("Trump supporters chanted “Lock her up” at the rally.", "Trump supporters"),
        ("“We will rebuild,” said Senate Republican leaders.", "Senate Republican leaders"),
    ])
    func aPluralSourceEndsTheMention(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// "Jr." and "III" end a name and stay with it: after a comma too, and after "King", a
    /// title elsewhere; never a speaker of their own.
    @Test(arguments: [
        ("In a memo, Gen. Joseph Dunford, Jr. declared no changes until “the direction has been received.”", "Joseph Dunford Jr."),
        ("Dana Cole and his son Dana Cole Jr. spoke on Monday.\n\nLater, Dana Cole, Jr. whispered that it was “unusual.”", "Dana Cole Jr."),
        ("“Freedom is experienced as deliberation.” —Martin Luther King Jr.", "Martin Luther King Jr."),
        ("“We will rebuild,” said Sen. Angus S. King Jr.", "Angus S. King Jr."),
        ("“We will rebuild,” said Martin Luther King III.", "Martin Luther King III"),
    ])
    func aNameSuffixStaysWithItsName(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// "USA Today writes": a capitalized "Today" after a name is the name's, not a time; and
    /// such a name is a body's, which no "he" goes back to.
    @Test func usaTodayIsOneName() {
        #expect(quotes("“We will rebuild,” USA Today writes.").map(\.speaker) == ["USA Today"])
        let he = quotes("Dana Cole spoke on Monday in an interview with Russia Today.\n\n“It is false,” he said.")
        #expect(he.map(\.speaker) == ["Dana Cole"])
    }

    /// A particle and the surname after it belong to the name ("Mayor Dana de Cole"), so the
    /// surname alone, with or without its particle, is that person.
    @Test(arguments: ["de Cole", "Cole", "Mr. de Cole"])
    func aSurnameWithAParticleIsThePersonNamedWithIt(mention: String) {
        let found = quotes("Mayor Dana de Cole spoke on Monday.\n\n“We will rebuild,” \(mention) said.")
        #expect(found.map(\.speaker) == ["Dana de Cole"])
    }

    /// "The council" opening a sentence and "the council" inside one, "They" and "they":
    /// one speaker each, so that `count by speaker` counts them together.
    @Test func aSpeakerIsTheSameWhateverItsCapital() throws {
        let found = quotes("""
            The council said the wall was “safe for now.” Later the council said it was “beyond repair.”

            They said the tide was “the worst in years.” Residents agreed, and they said it was “frightening.”
            """)
        #expect(found.map(\.speaker) == ["the council", "the council", "they", "they"])
        #expect(found.map(\.mention) == ["The council", "the council", "They", "they"])
    }

    /// A possessive is not part of the name a pronoun goes to, and a statement is not a she.
    @Test func aPronounGoesToAPersonWithoutThePossessive() throws {
        let named = quotes("Dana Cole’s office opened at noon.\n\n“We will rebuild,” she said.")
        #expect(named.map(\.speaker) == ["Dana Cole"])
        let unnamed = quotes("“The wall is sound,” the statement said.\n\n“We will rebuild,” she said.")
        #expect(unnamed.map(\.speaker) == ["the statement", "she"])
    }

    /// Page chrome, places and events are not people a pronoun could stand for.
    @Test(arguments: [("Dana Cole", true), ("Kim Jong Un", true), ("USA TODAY", false), ("JUST WATCHED Obama", false),
                      ("New York", false), ("Affordable Care Act", false), ("Black Lives Matter", false),
                      ("Grand Slam", false), ("Davis Cup", false), ("Boston Marathon", false),
                      ("Reproductive Freedom Project", false), ("Bill de Blasio", true), ("Abu Bakr al Baghdadi", true),
                      ("Abu Bakr al-Baghdadi", true), ("De Blasio", false), ("Al Gore", true), ("Van Jones", true),
                      ("Their Dana Cole", false), ("BIN Laden", false), ("Bin Laden", false)])
    func namesLookLikePeopleOrNot(name: String, isPerson: Bool) {
        #expect(SpeakerNames.looksLikePerson(name) == isPerson)
    }

    @Test func aPronounAfterAnEventGoesToThePersonBeforeIt() {
        let found = quotes("Their fly-half, Dana Cole, kicked 14 points to keep their Grand Slam hopes alive. He told the BBC: “It is special.”")
        #expect(found.map(\.speaker) == ["Dana Cole"])
    }

    /// "The president" is the person the article named in that office before: the vice
    /// president, a former president and the mayor are other offices.
    @Test func aRoleGoesToThePersonNamedInIt() {
        let president = quotes("""
            President Dana Cole met Vice President Jo Reid and Mayor Sam Hale on Monday.

            “The wall will hold,” the president said. “We will rebuild,” the vice president added.
            “The harbour is open,” said the mayor. “It is not,” the former president said.
            """)
        #expect(president.map(\.speaker) == ["Dana Cole", "Jo Reid", "Sam Hale", "the former president"])
        #expect(president.map(\.mention) == ["the president", "the vice president", "the mayor", "the former president"])
    }

    /// The same rule case by case: the text, and the speakers of its quotes.
    @Test(arguments: [
        // "former" on both sides, and another office
        ("Former President Ann Vale and Sen. Kim Bird spoke.\n\n“It was a mistake,” the former president said. “No, it was not,” the senator said.",
         ["Ann Vale", "Kim Bird"]),
        // a title in lower case before the name; an apposition is no title
        ("The harbour’s president, Lee Marsh, spoke to Russian president Ivo Dane.\n\n“The talks went well,” the president said.", ["Ivo Dane"]),
        // nobody named in the office
        ("The talks ended on Monday.\n\n“The talks went well,” the president said.", ["the president"]),
        // a place's name after a title is no person
        ("King County has a new harbour.\n\n“It will open in May,” the king said.", ["the king"]),
        // a surname another person of the article bears stays the surname
        ("First lady Ann Cole opened the school. President Cole was in Leith.\n\n“It is a good day,” the president said.", ["Cole"]),
        // names that go on past a particle
        ("Mayor Bill de Blasio met President Bashar al-Assad.\n\n“No,” said the president. “Yes, we will,” the mayor said.",
         ["Bashar al-Assad", "Bill de Blasio"]),
        // a place the name was not written with, and one it was
        ("Rep. Jo Reid spoke.\n\n“We will vote no,” the California congresswoman said. “We will not,” the congresswoman said.",
         ["the California congresswoman", "Jo Reid"]),
        ("Vermont Sen. Jo Reid met Sen. Kim Bird.\n\n“We will vote no,” the Vermont senator said. “We will not,” the senator said.",
         ["Jo Reid", "Kim Bird"]),
        // The Hill's box of links after the name
        ("The vote went to President Cole Dana Jo ColeHarbour wall repairs delayed MORE on Monday.\n\n“It is a good day,” the president said.", ["Cole"]),
        // the full name written in the same office
        ("President Dana Cole and first lady Ann Cole opened the school. President Cole spoke.\n\n“It is a good day,” the president said.",
         ["Dana Cole"]),
        // the office in capitals, and a surname that is a title's word
        ("President Dana Cole spoke.\n\n“It is a good day,” the President said.", ["Dana Cole"]),
        ("“It is a good day,” the President said.", ["the president"]),
        ("Rep. Jo King spoke.\n\n“It is a good day,” King said.", ["Jo King"]),
        // a title before the name of a body stays
        ("“The harbour is safe,” the Justice Department said. “It is a good day,” the State Department said.",
         ["Justice Department", "State Department"]),
    ])
    func aRoleGoesToThePersonNamedInItCaseByCase(text: String, speakers: [String]) {
        #expect(quotes(text).map(\.speaker) == speakers.map(Optional.some))
    }

    /// A surname goes to the first person the article names by it, not to the longest or
    /// most written name: "Melania Trump" is not "Trump" in an article on Donald Trump.
    @Test func aSurnameGoesToTheFirstPersonNamedByIt() {
        let found = quotes("""
            Dana Cole spoke first. Annabel Cole listened, and Annabel Cole left.

            “The wall will hold,” Cole said.
            """)
        #expect(found.map(\.speaker) == ["Dana Cole"])
        let other = quotes("Annabel Cole and Dana Cole spoke.\n\n“The wall will hold,” Cole said.")
        #expect(other.map(\.speaker) == ["Annabel Cole"])
    }

    /// A title's sex picks among people of one surname: "Mr. Cole" is none the article titles
    /// as a woman, "Mrs. Cole" one it does, and "he" not a woman either.
    @Test func aTitleOrPronounOfOneSexSkipsPeopleTitledAsTheOther() {
        let text = """
            First lady Annabel Cole opened the school with Mr. Dana Cole. Sen. Jo Marsh of Leith came too.

            “The school is open,” Mr. Cole said. “It is a good day,” Mrs. Cole said. “We came far,” Cole said.

            “It will grow,” he said.
            """
        #expect(quotes(text).map(\.speaker) == ["Dana Cole", "Annabel Cole", "Annabel Cole", "Dana Cole"])
        let twoWords = quotes("Representative Chris Van Hollen spoke.\n\n“It is a promising idea,” Mr. Van Hollen said.")
        #expect(twoWords.map(\.speaker) == ["Chris Van Hollen"])
    }

    /// A given name tells a sex as a title does: "she" skips Bill Cole, "he" skips Hillary
    /// Reid, and "Mrs. Cole" is Hillary Cole though the article names Bill Cole first. Neither
    /// list holds a name given to either sex: "she" may be Jo Marsh.
    @Test(arguments: [
        ("Hillary Reid and Bill Cole toured the dam.\n\n“The dam will hold,” she said.", "Hillary Reid"),
        ("Bill Cole and Hillary Reid toured the dam.\n\n“The dam will hold,” he said.", "Bill Cole"),
        ("Bill Cole and Hillary Cole toured the dam.\n\n“The dam will hold,” Mrs. Cole said.", "Hillary Cole"),
        ("Hillary Reid and Jo Marsh toured the dam.\n\n“The dam will hold,” she said.", "Jo Marsh"),
    ])
    func aGivenNameTellsASex(text: String, speaker: String) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// "he" and "she" go to the person last mentioned, by surname too, where the surname can
    /// be its sentence's subject: not in a quote, after "the", as a possessive or an object.
    @Test(arguments: [
        ("Senator Dana Cole met Jo Marsh and Bill Reid on Monday.\n\nLater, Cole toured the dam. “It will hold,” he said.",
         "Dana Cole"),
        ("Dana Cole and Bill Reid toured the dam.\n\nCole praised Reid. “It will hold,” he said.", "Dana Cole"),
        ("Dana Cole and Bill Reid toured the dam.\n\nReid spoke first. The Cole plan and Cole’s aides came up. “It will hold,” he said.",
         "Bill Reid"),
        ("Dana Cole and Bill Reid toured the dam. Reid spoke. Aides said: “Cole is wrong.”\n\n“It will hold,” he said.", "Bill Reid"),
        ("Dana Cole and Bill Reid toured the dam.\n\nBut Mr. Cole left early. “It will hold,” he said.", "Dana Cole"),
    ])
    func aPronounGoesToThePersonLastMentionedBySurname(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// The surnames written alone since a full name are read once and kept for the pronouns
    /// after it: each pronoun still goes to the surname last written before it, and a full
    /// name named since starts the reading again, from where a later pronoun asks.
    @Test func manyPronounsAfterOneFullNameEachFindTheirSurname() {
        let text = """
            Dana Cole and Bill Reid toured the dam.

            Reid spoke first. “It will hold,” he said.

            Cole spoke next. “It will not,” he said.

            Jo Marsh, the engineer, arrived late. “Both are wrong,” she said.

            Reid left. “We will see,” he said.
            """
        #expect(quotes(text).map(\.speaker) == ["Bill Reid", "Dana Cole", "Jo Marsh", "Bill Reid"])
    }

    /// BBC's page chrome before a caption is no sentence's subject: the caption is a sentence
    /// of its own, whose subject speaks, or nobody when it names no one.
    @Test(arguments: [
        ("Media playback is unsupported on your device Media caption Jo Cole on the dam: “It will hold.”\n\nMore rain fell.", "Jo Cole"),
        ("Image copyright Reuters Image caption Dana Cole hopes for a “quick repair”\n\nMore rain fell.", "Dana Cole"),
        ("Media playback is unsupported on your device Media caption “It will hold”\n\nMore rain fell.", nil),
    ])
    func aCaptionIsASentenceOfItsOwn(text: String, speaker: String?) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// A body's name is no person for a pronoun ("Homeland Security"), nor is a body that spoke
    /// last, named without "the"; but it is still a source when it is the subject of a quote
    /// without a verb of saying.
    @Test(arguments: [
        ("Jo Marsh wrote to Homeland Security.\n\n“We need more staff,” she said.", ["Jo Marsh"]),
        ("Border Patrol described the new wall as a “work in progress.”", ["Border Patrol"]),
        ("Dr. Ana Ruiz came too.\n\n“We need staff,” the Leith Harbour Board said. “It will grow,” she said.",
         ["Leith Harbour Board", "Ana Ruiz"]),
        ("“We need staff,” the Leith Harbour Board said. “It will grow,” she said.", ["Leith Harbour Board", "she"]),
    ])
    func aBodyIsNoPersonButASource(text: String, speakers: [String]) {
        #expect(quotes(text).map(\.speaker) == speakers)
    }

    /// A dateline glued to a name by a dash, an owner or a photo credit before it, is not part
    /// of the name a surname goes back to; nor of the speaker named.
    @Test func datelinesAndOwnersAreNotPartOfAName() {
        let dateline = quotes("LEITH—President Dana Cole arrived on Monday.\n\n“The wall is safe,” Mr. Cole said.")
        #expect(dateline.map(\.speaker) == ["Dana Cole"])
        let credit = quotes("Photographer Dana Cole was there.\n\n“It was a long day,” Cole said.")
        #expect(credit.map(\.speaker) == ["Dana Cole"])
        let owner = quotes("The Courier's Jo Reid was there.\n\n“The wall is safe,” Reid said. “It will hold,” said the Courier’s Dana Cole.")
        #expect(owner.map(\.speaker) == ["Jo Reid", "Dana Cole"])
    }

    /// A word written twice is no name (a box of links: "beat Cole Cole threatening to"), and
    /// a word that opens a question or a sentence is not part of one ("Did", "Even").
    @Test func aRepeatedWordOrAnOpeningWordIsNotPartOfAName() {
        let repeated = quotes("Rivals say they cannot beat Cole Cole threatening to quit. Dana Cole spoke.\n\n“We will win,” Cole said.")
        #expect(repeated.map(\.speaker) == ["Dana Cole"])
        let opening = quotes("Even Dana Cole said: “We will win.” Did Jo Reid agree? “We will not,” said Jo Reid.")
        #expect(opening.map(\.speaker) == ["Dana Cole", "Jo Reid"])
    }

    @Test func aSecondQuoteAfterTheAttributionKeepsTheSpeaker() throws {
        let found = quotes("“We are ready,” Cole said. “The sandbags are in place.”")
        #expect(found.map(\.speaker) == ["Cole", "Cole"])
        #expect(found.map(\.kind) == [.direct, .direct])
    }

    /// Web text puts no-break spaces between sentences ("said. \u{A0}“Q”"); they are spaces.
    @Test func noBreakSpacesAreSpaces() throws {
        let curly = quotes("“We are ready,” Cole said. \u{A0}“The sandbags are in place.”")
        #expect(curly.map(\.speaker) == ["Cole", "Cole"])
        let straight = try #require(one("Mayor Dana Cole said:\u{A0}\"We will rebuild the wall before winter.\""))
        #expect(straight.text == "We will rebuild the wall before winter.")
        #expect(straight.speaker == "Dana Cole")
    }

    /// A stray straight mark that never closes, or a year cut short ("in ‘08"), must not
    /// swallow the quotes after it.
    @Test func strayMarksAndShortYearsDoNotSwallowQuotes() throws {
        let stray = quotes("\"Cole took the stage late on Monday.\n“We are in a virtual tie,” Cole said.\nThen she left.")
        #expect(stray.map(\.text) == ["We are in a virtual tie,"])
        #expect(stray.map(\.speaker) == ["Cole"])
        let year = quotes("Cole said in ‘08 that voters changed. “I do sense a change,” she said.")
        #expect(year.map(\.text) == ["I do sense a change,"])
    }

    /// Markup left in scraped text (`<tweet author="@x">`) quotes nobody; a "<" in prose stays.
    @Test func markupAttributesAreNotQuotes() throws {
        let found = quotes("Cole wrote: <tweet id=\"74798\" author=\"@cole\">We are ready</tweet>. “It holds,” Cole said of 3 < 4 \"walls.\"")
        #expect(found.map(\.text) == ["It holds,", "walls."])
    }

    @Test func aQuoteThatGoesOnAddingASecond() throws {
        let found = quotes("“We are ready,” Cole said, adding that the town had “never been better prepared.”")
        #expect(found.map(\.speaker) == ["Cole", "Cole"])
        #expect(found.map(\.kind) == [.direct, .partial])
    }

    @Test func aQuoteOverTwoParagraphsIsOneSpeakersWordsInTwoPieces() throws {
        let text = """
            Harbourmaster Grace Pendry said: “The wall has held for ninety years, and it held again last night.

            “But it will not hold for ninety more,” she added.
            """
        let found = quotes(text)
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Grace Pendry", "Grace Pendry"])
        #expect(found[0].text == "The wall has held for ninety years, and it held again last night.")
    }

    /// No verb of saying, but the sentence's subject is a source: a person, a body named
    /// elsewhere in the article, or a noun phrase like "the report". "Instead" is not one.
    @Test func aSourceAsTheSubjectSpeaksWithoutACue() throws {
        let report = try #require(one("The report rated the sea wall as “beyond repair.”"))
        #expect(report.speaker == "the report")
        #expect(report.kind == .partial)
        let checked = quotes("The claim was checked by Factline. Factline rated it “mostly false,” in a note.")
        #expect(checked.map(\.speaker) == ["Factline"])
        let adverb = try #require(one("Instead, the sea wall stood “like a broken tooth” all winter."))
        #expect(adverb.speaker == nil)
        #expect(adverb.kind == .unattributed)
    }

    /// A person named after an outlet's possessive is a source too: the person, by a given
    /// name; a thing after a possessive is none, and "it’s" is no possessive.
    @Test func aPersonAfterAnOutletsPossessiveSpeaksWithoutACue() throws {
        let columnist = try #require(one("The Harbour Gazette’s Maria Cole sees the vote as “a quiet surrender” to the council."))
        #expect(columnist.mention == "The Harbour Gazette’s Maria Cole")
        #expect(columnist.speaker == "Maria Cole")
        #expect(columnist.kind == .partial)
        let plan = try #require(one("The Harbour Gazette’s Sea Wall Plan sees the vote as “a quiet surrender” to the council."))
        #expect(plan.speaker == nil)
        let contraction = try #require(one("But considering that it’s Maria Cole, there’s a good chance that “just found out” means little."))
        #expect(contraction.speaker == nil)
    }

    /// "Cole, who said ...": the relative pronoun is the mention as written, its antecedent
    /// the speaker.
    @Test func aRelativePronounSpeaksForItsAntecedent() throws {
        let quote = try #require(one("Dana Cole, who has in the past described the wall as “a disgrace,” now backs the plan."))
        #expect(quote.mention == "who")
        #expect(quote.speaker == "Dana Cole")
        #expect(quote.cue == "described")
    }

    /// "They" that opens a paragraph is the group of people the paragraph before ends with
    /// as its subject; a plural that is no people ("three hours") is none.
    @Test func theyOpeningAParagraphIsTheGroupBefore() {
        #expect(quotes("The harbour officials inspected the wall on Monday.\n\n“It will not survive another winter,” they wrote.")
            .map(\.speaker) == ["the harbour officials"])
        #expect(quotes("Three hours passed before the inspection ended.\n\n“It will not survive another winter,” they wrote.")
            .map(\.speaker) == ["they"])
    }

    /// The antecedent past a bracket, a party and state, an age, or an apposition that
    /// describes the person named before it.
    @Test(arguments: [
        "Sen. Dana Cole (R-Maine), who has described the wall as “a disgrace,” now backs the plan.",
        "Sen. Dana Cole, R-Maine, 57, who has described the wall as “a disgrace,” now backs the plan.",
        "Dana Cole, a harbour master of three decades, who has described the wall as “a disgrace,” now backs the plan.",
    ])
    func aRelativePronounsAntecedentIsThePersonNamed(text: String) throws {
        let quote = try #require(one(text))
        #expect(quote.mention == "who")
        #expect(quote.speaker == "Dana Cole")
    }

    /// "and said" shares the subject of its own clause, after a dash, not the sentence's.
    @Test func aSecondVerbSharesTheSubjectOfItsClause() throws {
        let found = quotes("For that Jo Reid drew her ire - Dana Cole called her “reckless” and said she had “no plan.”")
        #expect(found.map(\.speaker) == ["Dana Cole", "Dana Cole"])
        #expect(found.map(\.cue) == ["called", "said"])
    }

    /// Several quotes in a text, each with its speaker.
    @Test(arguments: [
        // With no full name in the article, "she" goes to the last speaker named by surname alone.
        ("“We are ready,” Cole said.\n\n“The sandbags are in place,” she added.", ["Cole", "Cole"]),
        // "“Q,” Trump said: “Q2”": a verb followed by a colon introduces the next quote, so the
        // first goes to the verb before it.
        ("After Jo Reid said the old stones could be saved at “almost no cost,” Dana Cole said: “We will rebuild the wall.”", ["Jo Reid", "Dana Cole"]),
        // A list of quotes, each signed with a dash and a name, the next quote right after it.
        ("“The harbour wall is safe for now.”― Ana Ruiz  “It will stand for a century.”― Jo Reid", ["Ana Ruiz", "Jo Reid"]),
    ])
    func eachQuoteGoesToItsSpeaker(text: String, speakers: [String]) {
        #expect(quotes(text).map(\.speaker) == speakers.map(Optional.some))
    }

    /// A sentence's opening word is not part of a speaker's name: "For Dana Cole", "After
    /// Jo Reid".
    /// A word that opens a sentence ("Though McConnell") is not part of a name, nor is an
    /// article ("The Trump administration"): a surname goes to the person's full name, or
    /// stays a surname, never "Though McConnell" or "The Trump".
    @Test func openingWordsAndArticlesAreNotPartOfNames() throws {
        let found = quotes("""
            Mitch McConnell spoke on Monday.

            Though McConnell declined to comment, aides were busy. The Trump administration changed course.

            “We will act,” McConnell said. “It is over,” Trump said.
            """)
        #expect(found.map(\.speaker) == ["Mitch McConnell", "Trump"])
    }

    /// Titles and roles go, so do a lawmaker's state and a photo credit glued to the name;
    /// a particle inside the name stays.
    @Test(arguments: [
        ("“We will act,” said Sen. Dana Cole of South Dakota.", "Dana Cole"),
        ("“We will act,” said Secretary of State Dana Cole.", "Dana Cole"),
        ("“We will act,” Chief of Staff Dana Cole said.", "Dana Cole"),
        ("“We will act,” said Mayor Bill de Blasio.", "Bill de Blasio"),
        ("“We will act,” Democrat Dana Cole said.", "Dana Cole"),
        ("“We will act,” Special Counsel Dana Cole said.", "Dana Cole"),
        ("Dana Cole spoke. AP Photo Cole said: “We will act.”", "Dana Cole"),
        ("Add Dana Cole as an interest. “We will act,” Cole said.", "Dana Cole"),
    ])
    func aSpeakersNameWithoutTitlesOrState(_ text: String, _ speaker: String) throws {
        #expect(try #require(one(text)).speaker == speaker)
    }

    /// What follows an article is a thing's name, never the person a pronoun goes back to.
    @Test func aNameAfterAnArticleIsNoPersonForPronouns() throws {
        let quote = try #require(one("""
            The Prayer Link opened a shelter in May.

            “We pray every night,” she said.
            """))
        #expect(quote.speaker == "she")
    }

    @Test func anOpeningWordIsNotPartOfTheName() throws {
        let quote = try #require(one("For Dana Cole the harbour wall remained “a source of pride.”"))
        #expect(quote.speaker == "Dana Cole")
    }

    /// "that Mr. Rubio had at last described": a verb inside is no noun phrase, so no speaker.
    @Test func aNounPhraseHoldsNoVerb() throws {
        let quote = try #require(one("He was amused that the mayor had at last described the wall as “safe for now.”"))
        #expect(!(quote.mention ?? "").contains("had"), "\(quote)")
    }

    /// "Adding, “Q”": a sentence that opens with a participle of saying goes on with the
    /// speaker of the sentence before.
    @Test func aSentenceOpeningWithAParticipleKeepsTheSpeaker() throws {
        let quote = try #require(one("Dana Cole said the harbour wall had held. Adding, “It will stand for a century.”"))
        #expect(quote.speaker == "Dana Cole")
        #expect(quote.cue == "adding")
    }

    /// A passive verb of saying reports nobody's words: the subject was told, not telling.
    @Test func aPassiveCueNamesNoSpeaker() throws {
        let quote = try #require(one("The engineer was told the wall was “perfectly sound” before the storm."))
        #expect(quote.speaker == nil)
    }

    /// A quote whose lower-case words a title would capitalize is a sentence ("This is all
    /// me."); one that leaves only "of", "the" and the like in lower case is a title.
    @Test(arguments: [("This is all me.", false), ("Neither do I.", false), ("They may not be.", false),
                      ("Tides of Change", true), ("Dump Trump.", true), ("The Tragedy of Lyndon Johnson,", true),
                      ("War on Drugs", true), ("Bridge Over Troubled Water", true)])
    func aTitleLeavesOnlyItsSmallWordsInLowerCase(text: String, isTitle: Bool) {
        var text = text
        let shape = text.withUTF8 { QuoteShape($0) }
        #expect(shape.isTitle == isTitle)
    }

    /// After “Q1,” S said. a short sentence in marks is S's too, even one that looks like a
    /// title or a name.
    @Test func aShortSentenceAfterAnAttributedQuoteKeepsTheSpeaker() throws {
        let found = quotes("“I have not spoken to any campaign,” Dana Cole said. “This is all me.”\n\n“We’ve got a common enemy,” Jo Reid told the delegates. “Kim Pell.”")
        #expect(found.map(\.speaker) == ["Dana Cole", "Dana Cole", "Jo Reid", "Jo Reid"])
        #expect(found.map(\.kind) == [.direct, .direct, .direct, .partial])
    }

    /// A name or title in marks is someone's words when a cue comes before it in its
    /// sentence, but not when it names a show, a book or a thing the sentence is about;
    /// after a possessive ("NBC’s “Meet the Press,” Sanders said") not even beside a cue.
    @Test func aTitleAfterACueIsQuotedUnlessItNamesAWork() throws {
        let said = try #require(one("Dana Cole said the fund was a “Rainy Day Reserve” for the town."))
        #expect(said.kind == .partial)
        #expect(said.speaker == "Dana Cole")
        for text in ["Dana Cole told Harbour TV's “Morning Tide” that the wall was sound.",
                     "Dana Cole said on “Meet the Town” that the wall was sound.",
                     "Dana Cole wrote in her memoir, “Tides of Change,” that the wall was sound.",
                     "The council announced the end of the self-proclaimed “Republic of Leith” on Monday.",
                     "Dana Cole said the “Harbour Days” author was wrong about the wall.",
                     "In an interview with Harbour News' “Tide Talk” on Monday, Dana Cole said the wall was sound.",
                     // after a possessive, even right beside a cue
                     "In an interview with Harbour TV’s “Morning Tide,” Dana Cole said the wall was sound.",
                     "Speaking on Leith Radio's “The Harbour Hour,” said Dana Cole, the wall was sound."] {
            let quote = try #require(one(text))
            #expect(quote.kind == .unattributed, "\(text)")
        }
    }

    /// A clause after a dash has its own subject, whichever dash sets it off: the em dash,
    /// the en dash, a hyphen or the horizontal bar ("― much like ... ― Trump cast the blame
    /// ... and emphasized “Q”").
    @Test(arguments: ["—", "–", "-", "―"])
    func aClauseAfterAnyDashHasItsOwnSubject(dash: String) throws {
        let quote = try #require(one("Blaming the storm \(dash) much like the engineers did \(dash) Dana Cole cast the blame on the council, and emphasized the “harbour risk” again."))
        #expect(quote.speaker == "Dana Cole", "\(dash)")
        #expect(quote.cue == "emphasized")
    }

    /// "said of Reid", "asked if Reid": whom the words are about follows the cue, not who
    /// said them.
    @Test func theOneSpokenOfIsNoSpeaker() throws {
        let quote = try #require(one("Dana Cole has worked for the port -- and said of Jo Reid: “She is the best we have.”"))
        #expect(quote.speaker == "Dana Cole")
    }

    /// Where an article names nobody in full, "he" and "she" go to a surname after a title
    /// of their sex; a title that tells no sex ("President") is taken for "he" only.
    @Test(arguments: [
        ("When Mr. Cole appeared before the council on Monday, he was his usual self, listing his “record” number of repairs.", "Cole"),
        ("When Ms. Reid appeared before the council on Monday, she was her usual self. “We will hold,” she said.", "Reid"),
        ("When President Cole appeared before the council on Monday, he said “we will hold.”", "Cole"),
        ("When President Cole appeared before the council on Monday, she said “we will hold.”", "she"),
    ])
    func aPronounGoesToATitledSurnameWhenNobodyIsNamed(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// A speaker is a name for "he" and "she" when its last word is capitalized, past a
    /// particle joined by a hyphen; a group in lower case is none.
    @Test(arguments: [("Bashar al-Assad", true), ("Bill de Blasio", true), ("Ban Ki-moon", true), ("Trump campaign", false),
                      ("union leaders", false), ("Sheikh al-thani", false)])
    func aNameEndsWithACapital(name: String, isName: Bool) {
        #expect(SpeakerNames.endsCapitalized(name) == isName)
    }

    /// "they" with no group speaking before it goes to the plural subject of the sentence
    /// before in its paragraph, not to a phrase that holds a verb.
    @Test(arguments: [
        ("Several hundred students signed a letter to the mayor. They called the wall a “disgrace.”", "several hundred students"),
        ("The harbour engineers met on Monday. They said the wall was “sound for now.”", "the harbour engineers"),
        ("The right calls on the mayor to act. They urge a “focus on repairs.”", "they"),
        ("Harbour Board officials insisted on it. They said the wall was “sound for now.”", "Harbour Board officials"),
        ("They’re people who love the harbour. They call the wall a “disgrace.”", "they"),
    ])
    func theyIsThePluralSubjectOfTheSentenceBefore(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// "It’s", "Here’s": a contraction is no possessive and opens no name.
    @Test func aContractionOpensNoSpeaker() throws {
        let worth = try #require(one("It’s worth noting, this plan (also called “harbour first”) has long been a goal of the council."))
        #expect(worth.speaker == nil)
        let statement = try #require(quotes("Dana Cole spoke on Monday. Here’s Cole’s statement in full: “The wall will hold.”").last)
        #expect(statement.mention == "Cole’s statement in full")
    }

    /// "He’s asserted" is "he has asserted": the pronoun, resolved; "It’s called “Q”" is "it
    /// is called", a name given, nobody's words; "He’s called the plan “Q”" has an object and
    /// speaks.
    @Test(arguments: [
        ("Dana Cole spoke on Monday. He’s asserted the plan is “liberating.”", "Dana Cole"),
        ("Dana Cole spoke on Monday. He’s called the plan “nutty fringe.”", "Dana Cole"),
        ("Dana Cole spoke on Monday. It’s called “Queen of the Hill,” and it airs weekly.", nil),
        ("The show is new. That's called “drama” by fans.", nil),
    ] as [(String, String?)])
    func aContractionOfHasSpeaksAndOfIsNames(text: String, speaker: String?) {
        #expect(quotes(text).map(\.speaker) == [speaker])
    }

    /// "rulings that critics called “Q”": before a plural, a name or a pronoun "that" opens
    /// a relative clause, and its subject speaks; "that aide said" is the aide.
    @Test(arguments: [
        ("The council passed rulings that critics called a “harbour grab” on Monday.", "critics"),
        ("It was a plan that she called a “huge mistake” last year.", "she"),
        ("It was a plan that Dana Cole called a “huge mistake” last year.", "Dana Cole"),
        ("That aide said the wall was a “sound idea” for the town.", "That aide"),
    ])
    func aRelativeThatIsNoPartOfItsSubject(text: String, mention: String) throws {
        let quote = try #require(one(text))
        #expect(quote.mention == mention)
    }

    /// A speaker that is no name ("Reid's marriage survived", read as a subject) is never
    /// whom "she" stands for; the person named is.
    @Test func aPronounPassesOverASpeakerThatIsNoName() {
        let found = quotes("""
            Dana Reid said she had been depicted by a “cherry-picked selection” of her notes.

            Reid's marriage survived, but she compared the effect to a storm and said it is worse “because it is not over.”

            “I never know when they will attack next,” she said.
            """)
        #expect(found.last?.speaker == "Dana Reid")
    }

    /// "Cole attacked Reid, whom she called “a coward”": the pronoun is the sentence's
    /// subject, and the subject, named, is the mention.
    @Test func aPronounInAWhomClauseIsTheSubjectNamed() throws {
        let quote = try #require(one("Dana Cole attacked Jo Reid, whom she called “a coward” on Monday."))
        #expect(quote.mention == "Dana Cole")
        #expect(quote.speaker == "Dana Cole")
    }

    /// "She said she recalls ... “Q”": the speaker's own pronoun after her verb of saying;
    /// the mention is the outer subject.
    @Test func aPronounAfterItsSpeakersVerbGivesTheOuterSubject() throws {
        let quote = try #require(one("Dana Cole said she recalls the engineer being “confused” by the plans."))
        #expect(quote.mention == "Dana Cole")
        #expect(quote.cue == "recalls")
    }

    /// "Instead, “Q”": a sentence that opens with an adverb before its quote goes on with
    /// the speaker of the quote before.
    @Test func anAdverbBeforeASecondQuoteKeepsTheSpeaker() throws {
        let found = quotes("“She is supposed to be the town's champion,” Dana Cole said. Instead, “she just acts like a tired woman.”")
        #expect(found.map(\.speaker) == ["Dana Cole", "Dana Cole"])
    }

    /// Words that are more often nouns ("claims", "calls", "comments") report nobody after
    /// a possessive or a party's adjective.
    @Test func aNounAfterAPossessiveOrAPartyIsNoCue() throws {
        for text in ["The fact-checker rated 32% of Republican claims as “false” last year.",
                     "Dana Cole’s comments were “deeply wounding” to the fishermen."] {
            let quote = try #require(one(text))
            #expect(quote.speaker == nil, "\(text)")
        }
    }

    /// "The DIA report assesses": a form without "s" is a verb only after a plural pronoun;
    /// an opening participle gives way to a verb nearer the quote.
    @Test func aNounFormAfterANameAndAnEarlierParticipleDoNotSpeak() throws {
        let report = try #require(one("The Harbour Authority report assesses the wall as “unsafe” for ferries."))
        #expect(report.cue != "report")
        let found = quotes("While condemning the storm, Dana Cole reportedly said the town needs “breathing room.” And she said the wall would hold.")
        #expect(found.first?.speaker == "Dana Cole")
        #expect(found.first?.cue == "said")
    }

    /// A demonstrative or "both" alone points at something and says nothing: no speaker.
    @Test(arguments: [
        "These are the exact words Dana Cole used: “We will rebuild the wall now.”",
        "That said, the council did remove the “blue slip” rule.",
        "Those who were polled were asked: “Would you say the wall is safe?”",
    ])
    func aDemonstrativeAloneIsNoSpeaker(text: String) throws {
        let quote = try #require(one(text))
        #expect(quote.speaker == nil)
    }

    /// "they" goes to a group that spoke last and "it" to a document or body that spoke
    /// last; otherwise each stays as written.
    @Test func theyAndItGoToTheGroupOrDocumentThatSpokeLast() throws {
        let found = quotes("""
            Senate Republicans said the levy was “dead on arrival.” They added that it was “far too costly.”             The harbour report said the wall was “unsafe.” It added that repairs were “long overdue.”             Dana Cole said the wall would “hold.” It was, they said, “a fine wall.”
            """)
        // A group's name keeps the title word before it: "Senate Republicans", not "Republicans".
        #expect(found.map(\.speaker) == ["Senate Republicans", "Senate Republicans", "the harbour report", "the harbour report",
                                         "Dana Cole", "they"])
    }

    /// "When asked about it, Cole “bristled”": a word that only opens sentences is no
    /// speaker; the sentence's subject is.
    @Test func anOpeningWordAloneIsNoSpeaker() throws {
        let quote = try #require(one("When asked about the levy, Dana Cole “bristled” and left."))
        #expect(quote.speaker == "Dana Cole")
    }

    /// "shared a plan called “Tidewall”, writing, “Q”": a verb of naming carries no later
    /// participle; the sentence's subject writes.
    @Test func aVerbOfNamingCarriesNoParticiple() throws {
        let found = quotes("Dana Cole shared a plan called “Tidewall” on her website, writing, “The wall will hold.”")
        #expect(found.map(\.speaker) == [nil, "Dana Cole"])
        #expect(found.last?.cue == "writing")
    }

    @Test func scareQuotesAndTitlesBelongToNobody() throws {
        let found = quotes("""
            The so-called “harbour tax” was debated again. The council published its report, “Tides of Change”, on Monday.
            """)
        #expect(found.map(\.kind) == [.unattributed, .unattributed])
        #expect(found.allSatisfy { $0.speaker == nil })
        // The quote is the noun after the cue: the article before it is no speaker "the".
        let noun = quotes("The deal will pass this week, according to the “lead negotiators.”")
        #expect(noun.map(\.kind) == [.unattributed])
        #expect(noun.allSatisfy { $0.mention == nil })
    }

    /// A sentence that opens with a stray comma before its verb of saying (it once trapped
    /// on AllSides, looking for a relative clause before the comma).
    @Test func aCommaOpeningTheSentenceBeforeTheCueIsSurvived() throws {
        let quote = try #require(one("The wall stood. , said Dana Cole: “It will stand.”"))
        #expect(quote.text == "It will stand.")
    }

    @Test func apostrophesAreNotQuoteMarks() throws {
        #expect(quotes("The mayor’s plan, the ’90s flood and the boats’ moorings were all discussed.").isEmpty)
        let single = quotes("Cole called the levy ‘a fair price’ for safety.")
        #expect(single.map(\.text) == ["a fair price"])
    }

    @Test func unbalancedMarksNeverStopExtraction() throws {
        let found = quotes("“The first quote never closes.\n\nThen “a second one,” Cole said. And a stray ” mark.")
        #expect(found.map(\.text).contains("a second one,"))
        #expect(found.first?.text == "The first quote never closes.")
    }

    @Test func offsetsCountUnicodeScalarsWithTheMarks() throws {
        let text = "Café “déjà vu,” Cole said."
        let quote = try #require(one(text))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[quote.scalarStart..<quote.scalarEnd])) == "“déjà vu,”")
        #expect(String(String.UnicodeScalarView(scalars[quote.mentionScalarStart!..<quote.mentionScalarEnd!])) == "Cole")
    }

    /// A mention before its quote, and one after the next quote, with letters beyond ASCII
    /// between them: every offset counts the scalars before it.
    @Test func offsetsOfMentionsBeforeAndAfterTheirQuotes() throws {
        let text = "Renée Côté said: “Ça va très bien.”\n\n“Voilà, c’est fini,” Côté said."
        let found = quotes(text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int?, _ end: Int?) -> String {
            String(String.UnicodeScalarView(scalars[start!..<end!]))
        }
        #expect(found.map { slice($0.scalarStart, $0.scalarEnd) } == ["“Ça va très bien.”", "“Voilà, c’est fini,”"])
        #expect(found.map { slice($0.mentionScalarStart, $0.mentionScalarEnd) } == ["Renée Côté", "Côté"])
    }
    /// "it" with no document or body speaking before it goes to the subject of the sentence
    /// before in its paragraph when that is one; a person is no "it".
    @Test(arguments: [
        ("The harbour report was published on Monday. It said the wall was “sound for now.”", "the harbour report"),
        ("Dana Cole visited the harbour on Monday. It said the wall was “sound for now.”", "it"),
    ])
    func itIsTheThingThatIsTheSubjectOfTheSentenceBefore(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// Page chrome that labels a paragraph ("SEE ALSO:", "WATCH:", "ANALYSIS/OPINION:") is no
    /// speaker; the headline after it has its own subject.
    @Test(arguments: [
        ("SEE ALSO: Dana Cole: Harbour wall ‘will not hold another winter’", "Dana Cole" as String?),
        ("WATCH: “The wall will not hold another winter.”", nil),
        ("ANALYSIS/OPINION:\n\n“It’s all about the harbour.”", nil),
    ])
    func aLabelOfPageChromeIsNoSpeaker(text: String, speaker: String?) throws {
        let quote = try #require(quotes(text).last)
        #expect(quote.speaker == speaker)
    }

    /// A pronoun's contraction with a verb is the pronoun: "I’m told", "They're saying".
    @Test(arguments: [
        ("“The wall will not hold,” I’m told by the engineers.", "I"),
        ("“The wall will not hold,” They're saying in the harbour.", "they"),
    ])
    func aContractedPronounIsThePronoun(text: String, speaker: String) throws {
        let quote = try #require(one(text))
        #expect(quote.speaker == speaker)
    }

    /// A place's, a body's or an event's name is no "he": "San Diego", "Border Protection",
    /// "Super Bowl" named after the person leave "he" to the person.
    @Test(arguments: ["flew to San Diego", "spoke about Border Protection", "watched the Super Bowl"])
    func aPlaceOrBodyNamedSinceIsNoHe(doing: String) {
        let found = quotes("Dana Cole \(doing) on Monday. “The wall will hold,” he said.")
        #expect(found.last?.speaker == "Dana Cole", "\(doing)")
    }

    /// A dash after a quote signs it only with a name, perhaps after a determiner or
    /// lower-case roles; a phrase of the sentence set off by dashes, or a note of where the
    /// words were said, signs nothing.
    @Test(arguments: [
        ("“The wall will not hold another winter.” — Dana Cole", "Dana Cole" as String?),
        ("“The wall will not hold another winter.” — harbour engineer Dana Cole", "harbour engineer Dana Cole"),
        ("“The wall will not hold another winter.” — The Courier", "The Courier"),
        ("The council fears the “harbour cliff” — the mix of tax rises.", nil),
        ("Dana Cole: “The wall will not hold another winter.” — remarks Monday.", "Dana Cole"),
    ])
    func aDashSignsAQuoteOnlyWithAName(text: String, mention: String?) throws {
        let quote = try #require(one(text))
        #expect(quote.mention == mention)
    }

    /// A region's or a number's word before "states" makes it a noun, not a verb of saying:
    /// "Southern states", "Most states"; "The Constitution states" still reports.
    @Test(arguments: [
        ("Southern states passed “stand your ground” laws last year.", nil as String?),
        ("Most states require “a valid photo ID” to vote.", nil),
        ("GOP-led states passed “harbour first” bills last year.", nil),
        ("The Constitution states that “no person shall be held.”", "the Constitution"),
    ])
    func statesAfterARegionIsANoun(text: String, speaker: String?) throws {
        let quote = try #require(one(text))
        #expect(quote.speaker == speaker)
    }

    /// Speaker labels in capitals, as transcripts and fact checks write them, are the people
    /// the article names in ordinary case; an acronym stays as it is.
    @Test func aLabelInCapitalsIsThePersonNamed() {
        let found = quotes("""
            Mayor Dana McAllister spoke on Monday.

            MCALLISTER: “The wall will not hold another winter.”

            SENATOR MARIA REID: “It was built to last a century.”

            BBC: “The harbour is closed until further notice.”

            I’m Fiona Marr, and this is the harbour hour.

            FIONA MARR: “Welcome back to the harbour hour, everyone.”
            """)
        #expect(found.map { $0.speaker ?? "-" } == ["Dana McAllister", "Maria Reid", "BBC", "Fiona Marr"])
    }

    /// Words in lower case before a name say who the person is, and the speaker is the person
    /// they name: after a title or role ("press secretary", "longtime harbour strategist"), a
    /// noun of a person's work ("historian") or a title inside the name ("former Port Mayor").
    /// What names nobody ("one Harbour Republican") stays as written.
    @Test(arguments: [
        ("“The wall will hold,” said former Port Mayor Dana Cole.", "Dana Cole"),
        ("“The wall will hold,” said press secretary Dana Cole.", "Dana Cole"),
        ("“The wall will hold,” said longtime harbour strategist Dana Cole.", "Dana Cole"),
        ("“The wall will hold,” said harbour historian Dana Cole.", "Dana Cole"),
        ("“The wall will hold,” said one Harbour Republican.", "one Harbour Republican"),
    ])
    func wordsBeforeANameDescribeThePerson(text: String, speaker: String) throws {
        let quote = try #require(one(text))
        #expect(quote.speaker == speaker)
    }

    /// A pronoun is in no one's name, so a pronoun goes back past a newsletter box ("Sign Up
    /// You will receive") or a sentence's end run into the next's start ("the U.S. He said");
    /// but "He" after a given name is a surname.
    @Test(arguments: [
        ("Dana Cole spoke on Monday.\n\nYou must select a newsletter to subscribe to. Sign Up You will receive emails from the Courier.\n\n“The wall will hold,” he said.", "Dana Cole"),
        ("Dana Cole spoke on Monday. Asked about the U.S. He said: “The wall will hold.”", "Dana Cole"),
        ("The envoy Liu He arrived in Washington on Monday. “The talks went well,” he said.", "Liu He"),
    ])
    func aPronounIsNoPartOfAName(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// A word that opens a sentence is no one: the subject is past it and its comma ("Just
    /// then, an audience member"), or past it alone ("In most of those cases Judge Dana
    /// Cole"), and else there is no speaker rather than "Here", "Claim" or "Advertisement";
    /// nor is a phrase that ends with "of" ("some version of claiming").
    @Test(arguments: [
        ("Dana Cole was cut off. Just then, an audience member interrupted, yelling: “You!”", "an audience member" as String?),
        ("In most of those cases Judge Dana Cole replied with some version of claiming it would be “improper” to comment.", "Dana Cole"),
        ("Dana Cole is a builder. Here is the key part of her speech: “The wall will hold another winter.”", nil),
        ("Dana Cole spoke at the harbour on Monday.\n\nClaim: “The wall will hold another winter.”", nil),
        ("Dana Cole told the council why, in an interview:\n\nAdvertisement:\n\n“The wall will hold another winter.”", nil),
        // Such a word right before a verb of saying is a surname; a phrase with a verb of its
        // own is no opening phrase.
        ("Harry First spoke on Monday. First said: “The wall will hold another winter.”", "Harry First"),
        ("Dana Cole spoke on Monday. Because Cole is the one who has said, among other things, that “the wall will hold,” she was asked back.",
         "Dana Cole"),
    ])
    func anOpeningWordOrALabelIsNoSpeaker(text: String, speaker: String?) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// A given name alone is the one person the article names in full by it; with two such
    /// people it stays as written.
    @Test(arguments: [
        ("Hillary Clinton spoke in Iowa on Monday. Later, Bill Reid joined her.\n\n“We will win,” Hillary said.", "Hillary Clinton"),
        ("Bill Clinton and Bill Reid spoke in Iowa on Monday.\n\n“We will win,” Bill said.", "Bill"),
    ])
    func aGivenNameAloneIsThePersonNamedInFullByIt(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// A source capitalized only because it opens a sentence is the same speaker as in lower
    /// case ("Officials", "Administration officials"); the parties' names stay, and so does a
    /// body the article names in full ("Police" after "the Harbour Police").
    @Test(arguments: [
        ("“The wall will hold,” officials said on Monday. Officials called the levy “a fair price.”", "officials"),
        ("Administration officials called the levy “a fair price.”", "administration officials"),
        ("Democrats called the levy “a fair price.”", "Democrats"),
        ("The Harbour Police arrived on Monday. Police called the wall “safe for now.”", "Harbour Police"),
    ])
    func aSourceOpeningASentenceIsInLowerCase(text: String, speaker: String) {
        #expect(quotes(text).last?.speaker == speaker)
    }

    /// Politico's "Story Continued Below" between two paragraphs is no paragraph: the quote
    /// after it opens the paragraph after the speaker's, and is theirs.
    @Test func storyContinuedBelowIsNoParagraph() {
        let found = quotes("Dana Cole told the crowd that “the harbour needs new leadership.”\n\nStory Continued Below\n\n"
            + "“The wall will not hold another winter. We need a new one.”")
        #expect(found.map { $0.speaker ?? "-" } == ["Dana Cole", "Dana Cole"])
    }
}

/// The seed article gives exactly what the quotes issue asks of it.
@Suite(.enabled(if: Corpora.available, "../shared/corpora is not beside this checkout; skipped"))
struct SeedQuoteTests {
    @Test func seedQuotesAreKindedAndAttributed() throws {
        let archive = try ArchiveLoader.load(paths: [Corpora.root + "/../seed"])
        let quotes = archive.quotes.quotes
        let summary = quotes.map { "\($0.kind.rawValue)|\($0.speaker ?? "-")|\($0.cue ?? "-")|\($0.text.prefix(20))" }
        #expect(summary == [
            "partial|Ilham Aliyev|noting|main task",
            "direct|Ilham Aliyev|said|But our people demon",
            "direct|Ilham Aliyev|stated|We put an end to a c",
            "partial|Ilham Aliyev|said|say goodbye",
            "unattributed|-|-|troika",
            "unattributed|-|-|defense forces",
            "unattributed|-|-|Republic of Nagorno-",
        ])
    }
}
