/// Names written family name first, as Chinese, Korean and Vietnamese names are in English
/// news ("Xi Jinping", "Kim Jong Un", "Moon Jae-in"): a story's "Xi said" is the person it
/// named in full by that first word (docs/quotes.md, "How speakers are found").
extension SpeakerNames {
    /// Family names that such names put first. Only a mention that ends no name of its
    /// article is looked up here, so a surname that is also an English one ("Lee", "Park")
    /// still goes to "Mike Lee" first.
    static let familyNamesWrittenFirst: Set<String> = [
        // Chinese
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu",
        "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
        "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding",
        "Ren", "Shen", "Yao", "Fu", "Zhong", "Wen", "Bo", "Qin", "Geng", "Hua", "Mao", "Kong", "Bai", "Cui", "Qian",
        "Qiao", "Shi", "Xiang", "Yan", "Yin", "Zhai",
        // Korean, in both Koreas' spellings
        "Kim", "Lee", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang",
        "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Moon", "Mun", "Roh", "Ban", "Chun", "Ko",
        "Noh", "Baek", "Hyun",
        // Vietnamese and Cambodian
        "Nguyen", "Tran", "Pham", "Hoang", "Vu", "Bui", "Ngo", "Dang", "Hun",
    ]

    /// The first person the article names in full with `family` as the first word, by the
    /// fullest name it gives them. As with surnames, a story names its subject first: "Kim"
    /// is Kim Jong Un, though it names his sister Kim Yo Jong after him. Nil when it names
    /// nobody so.
    mutating func person(withFamilyName family: String) -> String? {
        people(withFirstWord: family).first?.name
    }
}
