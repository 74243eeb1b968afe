/// What a year's progress letter says that cannot come from data: its letterhead facts and
/// the narrative passages staff write (visits, stories, intentions), keyed by section.
public struct LetterText: Sendable, Equatable {
    public var year: Int
    public var metadata: LetterMetadata
    /// Markdown passages by key (the file name in the text folder, e.g. "opening" for opening.md).
    public var passages: [String: String]

    public init(year: Int, metadata: LetterMetadata, passages: [String: String]) {
        self.year = year
        self.metadata = metadata
        self.passages = passages
    }

    /// A passage key: lower-case letters, digits and hyphens, as in "actielijn-1-vooruitblik".
    public static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.allSatisfy { ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
    }
}

/// The letterhead and signature facts of one letter.
public struct LetterMetadata: Sendable, Equatable, Codable {
    public var date: Day
    /// Kenmerk, shown in the letterhead and in the header of every page.
    public var reference: String
    /// Betreft.
    public var subject: String
    public var signatory: String
    /// The signatory's office as it stands above the name, e.g. "de staatssecretaris Langdurige en Maatschappelijke Zorg,".
    public var signatoryTitle: String
    public var attachments: [String]
    /// Who sends the letter, for the colofon and the return address; nil in texts stored before it existed.
    public var sender: LetterSender?
    /// "Uw brief": the reference of the letter this one answers, when it answers one.
    public var yourReference: String?
    /// The text is an invented example (`fictief: ja` in brief.yaml): the letter then carries the
    /// fictitious-data notice, whatever the figures are.
    public var fictitious: Bool

    public init(
        date: Day, reference: String, subject: String, signatory: String, signatoryTitle: String,
        attachments: [String] = [], sender: LetterSender? = nil, yourReference: String? = nil, fictitious: Bool = false
    ) {
        self.date = date
        self.reference = reference
        self.subject = subject
        self.signatory = signatory
        self.signatoryTitle = signatoryTitle
        self.attachments = attachments
        self.sender = sender
        self.yourReference = yourReference
        self.fictitious = fictitious
    }

    private enum CodingKeys: String, CodingKey {
        case date, reference, subject, signatory, signatoryTitle, attachments, sender, yourReference, fictitious
    }

    /// Metadata stored before `fictitious` existed reads as not fictitious.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            date: try container.decode(Day.self, forKey: .date), reference: try container.decode(String.self, forKey: .reference),
            subject: try container.decode(String.self, forKey: .subject), signatory: try container.decode(String.self, forKey: .signatory),
            signatoryTitle: try container.decode(String.self, forKey: .signatoryTitle),
            attachments: try container.decode([String].self, forKey: .attachments),
            sender: try container.decodeIfPresent(LetterSender.self, forKey: .sender),
            yourReference: try container.decodeIfPresent(String.self, forKey: .yourReference),
            fictitious: try container.decodeIfPresent(Bool.self, forKey: .fictitious) ?? false)
    }
}

/// The sending organisation as the colofon of a central-government letter shows it.
public struct LetterSender: Sendable, Equatable, Codable {
    /// The keys of the `afzender` block in brief.yaml: the required ones first. The return address
    /// is not a key: the letter derives it from the postal address.
    public static let requiredKeys = ["organisatie", "postadres"]
    public static let optionalKeys = ["directie", "bezoekadres", "website", "contact"]
    /// "organisatie en postadres (verplicht) en eventueel directie, bezoekadres, website en contact".
    public static var keysInWords: String {
        "\(DutchPhrase.list(requiredKeys)) (verplicht) en eventueel \(DutchPhrase.list(optionalKeys))"
    }

    /// "Ministerie van Volksgezondheid, Welzijn en Sport".
    public var organisation: String
    /// The directorate or department, e.g. "Directie Maatschappelijke Ondersteuning".
    public var directorate: String?
    public var visitingAddress: [String]
    /// The postal address; the return address above the addressee is made from it.
    public var postalAddress: [String]
    public var website: String?
    /// Contact lines: a name, a telephone number, an e-mail address.
    public var contact: [String]

    public init(
        organisation: String, directorate: String? = nil, visitingAddress: [String] = [], postalAddress: [String],
        website: String? = nil, contact: [String] = []
    ) {
        self.organisation = organisation
        self.directorate = directorate
        self.visitingAddress = visitingAddress
        self.postalAddress = postalAddress
        self.website = website
        self.contact = contact
    }

    /// "Retouradres Postbus 20350 2500 EJ Den Haag": the postal address on one line.
    public var returnAddress: String {
        "Retouradres "
            + postalAddress.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .joined(separator: " ")
    }
}
