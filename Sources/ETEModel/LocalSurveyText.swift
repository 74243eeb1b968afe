/// What staff write for a municipality's local factsheet that cannot come from the answers: the
/// day of the local meeting the factsheet is made for, why the survey was held and the summary.
public struct LocalSurveyText: Sendable, Equatable {
    public let municipality: MunicipalityCode
    public let year: Int
    /// The local meeting where the results are discussed, when one is planned.
    public let meetingDate: Day?
    /// Paragraphs for "Aanleiding", before the response figures.
    public let introduction: [String]
    /// Paragraphs of the summary at the end.
    public let summary: [String]
    /// An invented example text: the factsheet then carries the fictitious-data notice.
    public let fictitious: Bool

    public init(
        municipality: MunicipalityCode, year: Int, meetingDate: Day?, introduction: [String], summary: [String], fictitious: Bool
    ) {
        self.municipality = municipality
        self.year = year
        self.meetingDate = meetingDate
        self.introduction = introduction
        self.summary = summary
        self.fictitious = fictitious
    }
}
