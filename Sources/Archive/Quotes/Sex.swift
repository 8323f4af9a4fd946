/// What a title, a given name or a pronoun tells of a person's sex, where it tells it: "Mr.
/// Trump" and "he" are not the Trump the article calls "first lady Melania Trump", and "she"
/// is not Bill Clinton.
enum Sex {
    case man, woman

    static let manTitles: Set<String> = [
        "mr", "mr.", "sir", "lord", "king", "prince", "brother", "father", "congressman", "councilman", "chairman",
        "spokesman", "committeeman",
    ]
    static let womanTitles: Set<String> = [
        "mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman",
        "chairwoman", "spokeswoman", "committeewoman",
    ]

    /// Given names that nearly always tell a man, as English-language news writes them: the
    /// common ones, and those of the leaders news quotes most. Names given to either sex
    /// (Chris, Kim, Pat, Dana, Jordan, Lindsey) are in neither list, nor names that are
    /// also a place or a common capitalized word (Austin, Will, Art, Virginia, April).
    static let manNames: Set<String> = [
        "aaron", "abdullah", "abraham", "adam", "ahmed", "al", "alan", "albert", "alberto", "alejandro", "alexander",
        "alexei", "alfred", "allen", "alvin", "andre", "andrew", "andy", "angus", "anthony", "antonin", "antonio",
        "arnold", "arthur", "ashton", "barack", "barney", "barron", "barry", "bashar", "beau", "ben", "benjamin",
        "bernard", "bernie", "beto", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan",
        "brent", "bret", "brett", "brian", "bruce", "bryan", "calvin", "carl", "carlos", "cecil", "chad", "charles",
        "charlie", "chuck", "clarence", "claude", "clifford", "clint", "clyde", "cody", "colin", "corey", "cory",
        "craig", "curt", "curtis", "dale", "dan", "daniel", "danny", "darrell", "darren", "dave", "david", "dean",
        "dennis", "derek", "devin", "dick", "dmitry", "dominic", "don", "donald", "doug", "douglas", "duncan",
        "dwight", "ed", "eddie", "edgar", "eduardo", "edward", "edwin", "elijah", "eliot", "elliot", "elliott",
        "elon", "emmanuel", "enrique", "eric", "erick", "erik", "ernest", "eugene", "evan", "felix", "fernando",
        "francis", "francisco", "frank", "franklin", "fred", "freddie", "frederick", "gabriel", "gary", "gavin",
        "gene", "geoffrey", "george", "gerald", "gerard", "gilbert", "glenn", "gordon", "graham", "greg", "gregory",
        "hamid", "harold", "harry", "harvey", "hassan", "hector", "henry", "herbert", "herman", "hosni", "howard",
        "hugh", "hugo", "hunter", "ian", "igor", "isaac", "ivan", "jack", "jacob", "jair", "jake", "jamal", "james",
        "jared", "jason", "javier", "jay", "jeb", "jeff", "jeffrey", "jeh", "jens", "jeremy", "jerome", "jerrold",
        "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph",
        "josh", "joshua", "juan", "julian", "justin", "kanye", "karl", "keith", "ken", "kenneth", "kevin", "khalid",
        "kirk", "kurt", "kyle", "lamar", "lance", "lanny", "larry", "lawrence", "leon", "leonard", "lester", "lloyd",
        "louis", "luis", "luke", "lyndon", "marc", "marco", "marcus", "mario", "mark", "martin", "marvin", "matt",
        "matteo", "matthew", "maurice", "max", "merrick", "michael", "mick", "mike", "miguel", "mikhail", "mitch",
        "mitchell", "mitt", "mohamed", "mohammad", "mohammed", "muhammad", "narendra", "nathan", "neil", "newt",
        "nicholas", "nick", "nicolas", "nigel", "norman", "olaf", "oliver", "omar", "orrin", "oscar", "owen",
        "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "phillip", "pierre", "rafael", "rahm", "ralph",
        "rand", "randy", "raul", "ray", "raymond", "recep", "reince", "rex", "richard", "rick", "ricky", "rob",
        "robert", "roberto", "rod", "rodney", "roger", "roland", "ron", "ronald", "ross", "roy", "rudy", "rush",
        "russell", "ryan", "salman", "samuel", "saul", "saxby", "scott", "sean", "sebastian", "sergei", "sergey",
        "seth", "shane", "shaun", "sherrod", "shinzo", "silvio", "simon", "stanley", "steny", "stephen", "steve",
        "steven", "stuart", "ted", "terrence", "theodore", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony",
        "travis", "trey", "tucker", "tyler", "vernon", "victor", "viktor", "vince", "vincent", "vladimir",
        "volodymyr", "wade", "walter", "warren", "wayne", "wesley", "william", "willie", "wolf", "xavier", "yuri",
        "zach", "zachary",
    ]

    /// Given names that nearly always tell a woman, chosen as `manNames` are.
    static let womanNames: Set<String> = [
        "abigail", "adrienne", "aisha", "alexandria", "alice", "alicia", "alison", "allison", "amanda", "amy", "ana",
        "angela", "angelina", "anita", "ann", "anna", "anne", "annie", "audrey", "ayanna", "barbara", "betsy", "betty",
        "beverly", "brenda", "bridget", "brittany", "candace", "carla", "carly", "carmen", "carol", "carolyn",
        "catherine", "cathy", "chelsea", "cheryl", "christina", "christine", "cindy", "claire", "claudia",
        "condoleezza", "connie", "courtney", "cynthia", "danielle", "debbie", "deborah", "debra", "denise", "diana",
        "diane", "dianne", "dolores", "donna", "doris", "dorothy", "edith", "eileen", "elaine", "elena", "elise",
        "elizabeth", "ellen", "emily", "emma", "erica", "erin", "eva", "evelyn", "fiona", "frances", "gabrielle",
        "gail", "gina", "ginni", "gloria", "grace", "gretchen", "gwen", "hannah", "harriet", "heather", "heidi",
        "helen", "hillary", "hope", "huma", "ilhan", "ivanka", "jacinda", "jane", "janet", "janice", "jeanine",
        "jeanne", "jen", "jennifer", "jenny", "jessica", "jill", "joan", "joanna", "joanne", "josephine", "joy",
        "joyce", "judith", "judy", "julia", "julie", "juliet", "kamala", "kari", "karen", "karine", "kate",
        "katherine", "kathleen", "kathryn", "kathy", "katie", "kayleigh", "kellyanne", "kirsten", "kirstjen",
        "kristen", "kristi", "kristin", "kyrsten", "lara", "laura", "lauren", "linda", "lisa", "liz", "loretta",
        "lori", "louise", "lucy", "madeleine", "maggie", "marcia", "margaret", "maria", "marie", "marilyn",
        "marjorie", "marsha", "martha", "mary", "maxine", "mazie", "megan", "megyn", "melania", "melissa", "mia",
        "michele", "michelle", "mika", "miriam", "molly", "monica", "nancy", "naomi", "natalie", "neera", "nicola",
        "nicole", "nikki", "nina", "nora", "olivia", "omarosa", "pam", "pamela", "patricia", "patty", "paula",
        "phyllis", "priscilla", "rachel", "rashida", "rebecca", "regina", "rhonda", "rita", "rosa", "rose", "ruth",
        "sally", "samantha", "sandra", "sara", "sarah", "savannah", "sharon", "sheila", "shirley", "sonia", "sophie",
        "stacey", "stephanie", "sue", "susan", "suzanne", "sylvia", "tammy", "tanya", "tara", "teresa", "theresa",
        "tiffany", "tina", "tulsi", "ursula", "valerie", "vanessa", "veronica", "victoria", "vivian", "wendy",
        "whitney", "yvonne", "zoe",
    ]

    init?(title classes: WordClasses) {
        if classes.contains(.manTitle) { self = .man } else if classes.contains(.womanTitle) { self = .woman } else { return nil }
    }

    /// The sex the first word of `name` tells as a given name, if it tells one.
    init?(givenNameOf name: String) {
        let classes = WordClassTable.classes(ofFirstWordOf: name)
        if classes.contains(.manName) { self = .man } else if classes.contains(.womanName) { self = .woman } else { return nil }
    }

    var other: Sex { self == .man ? .woman : .man }
}
