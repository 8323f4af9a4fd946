/// The verbs and phrases that report speech, in all their forms.
enum ReportingVerbs {
    private static let stems: [String: [String]] = [
        "say": ["say", "says", "said", "saying"], "tell": ["tell", "tells", "told", "telling"],
        "add": ["add", "adds", "added", "adding"], "state": ["state", "states", "stated", "stating"],
        "note": ["note", "notes", "noted", "noting"], "ask": ["ask", "asks", "asked", "asking"],
        "warn": ["warn", "warns", "warned", "warning"], "explain": ["explain", "explains", "explained", "explaining"],
        "argue": ["argue", "argues", "argued", "arguing"], "insist": ["insist", "insists", "insisted", "insisting"],
        "write": ["write", "writes", "wrote", "writing", "written"], "declare": ["declare", "declares", "declared", "declaring"],
        "claim": ["claim", "claims", "claimed", "claiming"], "reply": ["reply", "replies", "replied", "replying"],
        "respond": ["respond", "responds", "responded", "responding"], "continue": ["continues", "continued"],
        "recall": ["recall", "recalls", "recalled", "recalling"], "acknowledge": ["acknowledge", "acknowledges", "acknowledged"],
        "admit": ["admit", "admits", "admitted", "admitting"], "announce": ["announce", "announces", "announced", "announcing"],
        "comment": ["comment", "comments", "commented"], "conclude": ["conclude", "concludes", "concluded"],
        "concede": ["concede", "concedes", "conceded"], "contend": ["contend", "contends", "contended"],
        "emphasize": ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"],
        "observe": ["observe", "observes", "observed"], "remark": ["remark", "remarks", "remarked"],
        "report": ["report", "reports", "reported"], "suggest": ["suggest", "suggests", "suggested"],
        "tweet": ["tweet", "tweets", "tweeted", "tweeting"], "post": ["posted"], "urge": ["urge", "urges", "urged", "urging"],
        "predict": ["predict", "predicts", "predicted"], "promise": ["promise", "promises", "promised"],
        "vow": ["vow", "vows", "vowed"], "joke": ["joke", "jokes", "joked"], "quip": ["quip", "quips", "quipped"],
        "shout": ["shout", "shouts", "shouted"], "yell": ["yelled"], "testify": ["testify", "testifies", "testified"],
        "agree": ["agree", "agrees", "agreed"], "boast": ["boast", "boasts", "boasted"],
        "complain": ["complain", "complains", "complained"], "confirm": ["confirm", "confirms", "confirmed"],
        "caution": ["caution", "cautions", "cautioned"], "counter": ["counter", "counters", "countered"],
        "demand": ["demand", "demands", "demanded"], "maintain": ["maintain", "maintains", "maintained"],
        "muse": ["mused"], "opine": ["opined"], "plead": ["plead", "pleads", "pleaded"], "pledge": ["pledge", "pledges", "pledged"],
        "reiterate": ["reiterate", "reiterates", "reiterated"], "repeat": ["repeated"], "remind": ["remind", "reminds", "reminded"],
        "stress": ["stress", "stresses", "stressed"], "thunder": ["thundered"], "wonder": ["wonder", "wonders", "wondered"],
        "write in": ["wrote"], "describe": ["described", "describes"], "call": ["called", "calls"],
        "charge": ["charged"], "allege": ["alleged", "alleges"], "assert": ["asserted", "asserts"],
        "announce on": ["announced"], "proclaim": ["proclaimed"], "scoff": ["scoffed"], "snap": ["snapped"],
        "whisper": ["whispered"], "cry": ["cried"], "exclaim": ["exclaimed"], "lament": ["lamented"],
        "point": ["pointed"], "go": [],
        "quote": ["quoted"], "read": ["reads", "read"], "echo": ["echoed", "echoes", "echoing"], "interject": ["interjected"],
        "confess": ["confessed", "confesses"], "reveal": ["revealed", "reveals"], "speak": ["spoke"],
        "question": ["questioned"], "inform": ["informed"], "chime": ["chimed"], "weigh": ["weighed"],
        "brag": ["bragged"], "rail": ["railed"], "retort": ["retorted"], "challenge": ["challenged"],
        "press": ["pressed"], "answer": ["answered", "answers"], "chant": ["chanted"], "sing": ["sang"],
        "mention": ["mentioned"], "summarize": ["summarized", "summed"], "put": [], "offer": ["offered"],
        "accuse": ["accused", "accuses", "accusing"], "attack": ["attacked", "attacking"], "label": ["labeled", "labelled", "labeling"],
        "brand": ["branded", "branding"], "praise": ["praised", "praising"], "tout": ["touted", "touting"],
        "mock": ["mocked", "mocking"], "deride": ["derided"], "hail": ["hailed"], "dismiss": ["dismissed"],
        "blame": ["blamed"], "laud": ["lauded"], "decry": ["decried"], "denounce": ["denounced", "denouncing"],
        "condemn": ["condemned", "condemning"], "characterize": ["characterized", "characterizing"],
        "calling": ["calling"], "describing": ["describing"], "dub": ["dubbed"], "name": ["named"],
        "tell of": ["telling"], "criticize": ["criticized", "criticised"], "slam": ["slammed"], "blast": ["blasted"],
    ]

    /// Forms that are more often nouns in news ("the United States", "a report", "his
    /// remarks") and so are not taken as cues.
    static let nouns: Set<String> = [
        "state", "states", "report", "reports", "remark", "remarks", "comment", "comments", "claim", "tweet", "tweets",
        "read", "calls", "call", "warning", "post", "note", "reply", "counter", "demand", "demands", "pledge", "promise",
        "stress", "quote", "question", "echo", "vow", "vows", "joke", "jokes", "quip", "shout", "plead", "caution",
        "concede", "boast", "blast", "slam", "challenge", "rail", "muse", "cry", "snap", "post",
    ]

    static let words: Set<String> = Set(stems.values.flatMap { $0 }).subtracting(nouns)

    /// Verbs that report speech only with a word after them: "pointed out", "went on".
    static let particles: [String: String] = ["pointed": "out", "went": "on", "spoke": "of", "shot": "back", "fired": "back"]

    static func isCue(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
