/// The verbs and phrases that report speech, in all their forms.
enum ReportingVerbs {
    /// Each verb's forms. A list, not a dictionary: a repeated verb must not be able to trap
    /// at start-up (a dictionary literal with a duplicate key does).
    private static let forms: [[String]] = [
        ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"], ["add", "adds", "added", "adding"],
        ["state", "states", "stated", "stating"], ["note", "notes", "noted", "noting"],
        ["ask", "asks", "asked", "asking"], ["warn", "warns", "warned", "warning"],
        ["explain", "explains", "explained", "explaining"], ["argue", "argues", "argued", "arguing"],
        ["insist", "insists", "insisted", "insisting"], ["write", "writes", "wrote", "writing", "written"],
        ["declare", "declares", "declared", "declaring"], ["claim", "claims", "claimed", "claiming"],
        ["reply", "replies", "replied", "replying"], ["respond", "responds", "responded", "responding"],
        ["continues", "continued"], ["recall", "recalls", "recalled", "recalling"],
        ["acknowledge", "acknowledges", "acknowledged"], ["admit", "admits", "admitted", "admitting"],
        ["announce", "announces", "announced", "announcing"], ["comment", "comments", "commented"],
        ["conclude", "concludes", "concluded"], ["concede", "concedes", "conceded"],
        ["contend", "contends", "contended"],
        ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"],
        ["observe", "observes", "observed"], ["remark", "remarks", "remarked"], ["report", "reports", "reported"],
        ["suggest", "suggests", "suggested"], ["tweet", "tweets", "tweeted", "tweeting"], ["posted"],
        ["urge", "urges", "urged", "urging"], ["predict", "predicts", "predicted"],
        ["promise", "promises", "promised"], ["vow", "vows", "vowed"], ["joke", "jokes", "joked"],
        ["quip", "quips", "quipped"], ["shout", "shouts", "shouted", "shouting"], ["yell", "yells", "yelled", "yelling"], ["beamed"], ["barked"], ["snarled"],
        ["testify", "testifies", "testified"], ["agree", "agrees", "agreed"], ["boast", "boasts", "boasted"],
        ["complain", "complains", "complained"], ["confirm", "confirms", "confirmed"],
        ["caution", "cautions", "cautioned"], ["counter", "counters", "countered"],
        ["demand", "demands", "demanded"], ["maintain", "maintains", "maintained"], ["mused"], ["opined"],
        ["plead", "pleads", "pleaded"], ["pledge", "pledges", "pledged"], ["reiterate", "reiterates", "reiterated"],
        ["repeated"], ["remind", "reminds", "reminded"], ["stress", "stresses", "stressed"], ["thundered"],
        ["wonder", "wonders", "wondered"], ["called", "calls"], ["charged"],
        ["alleged", "alleges"], ["asserted", "asserts"], ["proclaimed"], ["scoffed"], ["snapped"],
        ["whispered"], ["cried"], ["exclaimed"], ["lamented"], ["pointed"], ["quoted"], ["reads", "read"],
        ["echoed", "echoes", "echoing"], ["interjected"], ["confessed", "confesses"], ["revealed", "reveals"],
        ["spoke"], ["questioned"], ["informed"], ["chimed"], ["weighed"], ["bragged"], ["railed"], ["retorted"],
        ["challenged"], ["pressed"], ["answered", "answers"], ["chanted"], ["sang"], ["mentioned"],
        ["summarized", "summed"], ["offered"], ["accused", "accuses", "accusing"], ["attacked", "attacking"],
        ["labeled", "labelled", "labeling"], ["branded", "branding"], ["praised", "praising"], ["touted", "touting"],
        ["mocked", "mocking"], ["derided"], ["hailed"], ["dismissed"], ["blamed"], ["lauded"], ["decried"],
        ["denounced", "denouncing"], ["condemned", "condemning"], ["characterized", "characterizing"], ["calling"],
        ["dubbed"], ["named"], ["assured", "assures"], ["remembered", "remembers"], ["clarified"],
        ["referred"], ["recounted", "recounts"], ["advised"], ["concurred"], ["objected"], ["protested"],
        ["criticized", "criticised"], ["slammed"],
        ["blasted"], ["groused", "grouses"], ["griped", "gripes"], ["grumbled"], ["fumed"], ["muttered"], ["ranted"],
        ["vented"], ["sighed"], ["teased"], ["speculated", "speculates"], ["reasoned"], ["surmised"],
        ["theorized", "theorised"], ["bemoaned", "bemoans"], ["implored"], ["begged"], ["marveled", "marvelled"],
        ["emailed"], ["texted"], ["recited"], ["threatened"], ["screamed"], ["roared"],
        ["describe", "describes", "described", "describing"], ["portray", "portrays", "portrayed", "portraying"],
        ["liken", "likens", "likened", "likening"], ["promising"], ["gushed", "gushes"], ["raved"], ["exhorted"],
        ["chanting"], ["sing", "sings", "singing"],
    ]

    /// Forms that are more often nouns in news ("the United States", "a report", "his
    /// remarks") and so are not taken as cues.
    static let nouns: Set<String> = [
        "state", "states", "report", "reports", "remark", "remarks", "comment", "comments", "claim", "tweet", "tweets",
        "read", "calls", "call", "warning", "post", "note", "reply", "counter", "demand", "demands", "pledge", "promise",
        "stress", "quote", "question", "echo", "vow", "vows", "joke", "jokes", "quip", "shout", "plead", "caution",
        "concede", "boast", "blast", "slam", "challenge", "rail", "muse", "cry", "snap",
    ]

    static let words: Set<String> = Set(forms.joined()).subtracting(nouns)

    /// The forms that are more often nouns, which are verbs right after a pronoun or a name
    /// ("it states", "which Baick calls").
    static let verbsAfterASubject: Set<String> = Set(forms.joined()).intersection(nouns)

    /// Verbs that report speech only with a word after them: "pointed out", "went on".
    static let particles: [String: String] = ["pointed": "out", "went": "on", "shot": "back", "fired": "back",
                                              "puts": "it", "put": "it"]

    /// `word` is a cue; it must be in lower case already (a token's `lower`).
    static func isCue(_ word: String) -> Bool { words.contains(word) }
}
