import ETEModel
import Foundation

/// A letter as a tree of parts, independent of the output format. Templates produce letter
/// markup (see `LetterMarkup`); the renderers turn this model into .docx, HTML and Markdown.
public struct LetterDocument: Sendable, Equatable {
    /// Shown at the top (and in the page header) of a letter built on fictitious demo data.
    public var notice: String?
    /// The sender's postal address on one line, in small type above the addressee ("Retouradres …").
    public var returnAddress: String?
    /// Lines of the addressee block.
    public var address: [String]
    /// Letterhead facts in order: Datum, Betreft …
    public var fields: [Field]
    /// The colofon in the right-hand column of the first page: sender, addresses, Kenmerk, Bijlage(n);
    /// an empty line separates groups, bold text is a label.
    public var colophon: [[Inline]]
    /// The Kenmerk, repeated beside every page.
    public var reference: String?
    /// The sender's logo for the top of the first page, when the ministry supplied one.
    public var logo: LetterLogo?
    public var body: [Block]
    /// The letter's date, for the document properties.
    public var date: Day?
    /// Lines of the closing and signature ("Hoogachtend,", office, name); an empty line leaves room to sign.
    public var signature: [String]

    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    public init(
        notice: String? = nil, returnAddress: String? = nil, address: [String] = [], fields: [Field] = [], colophon: [[Inline]] = [],
        body: [Block] = [], signature: [String] = []
    ) {
        self.notice = notice
        self.returnAddress = returnAddress
        self.address = address
        self.fields = fields
        self.colophon = colophon
        self.body = body
        self.signature = signature
    }

    public func field(_ label: String) -> String? { fields.first { $0.label == label }?.value }

    /// Every footnote in reading order; the renderers number them 1, 2, 3 … in this order.
    public var footnotes: [Footnote] {
        body.flatMap(\.inlines).compactMap { if case .footnote(let note) = $0 { note } else { nil } }
    }
}

/// A block of the letter body.
public enum Block: Sendable, Equatable {
    /// Level 1: a section ("Actielijn 1: …"); level 2: a subsection ("Vooruitblik 2025").
    case heading(level: Int, text: [Inline])
    case paragraph([Inline])
    case bullets([[Inline]])
    case table(header: [[Inline]], rows: [[[Inline]]])

    /// All inline content of the block, in reading order.
    var inlines: [Inline] {
        switch self {
        case .heading(_, let text): text
        case .paragraph(let text): text
        case .bullets(let items): items.flatMap { $0 }
        case .table(let header, let rows): header.flatMap { $0 } + rows.flatMap { $0.flatMap { $0 } }
        }
    }
}

/// Running text with emphasis and footnotes.
public enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis(String)
    case strong(String)
    case footnote(Footnote)
}

/// A footnote: its text and, when it points to a source on the web, the address.
public struct Footnote: Sendable, Equatable {
    public var text: String
    public var url: String?

    public init(text: String, url: String? = nil) {
        self.text = text
        self.url = url
    }

    /// The site a linked footnote points to, as readers know it: the host without "www."
    /// ("eentegeneenzaamheid.nl"); nil without a usable address.
    public var site: String? {
        guard let url, let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The footnote as the ministry's letters print it: "Titel (site.nl)", the link behind the
    /// whole text. A title that already names the site in brackets keeps its own wording.
    public var displayText: String {
        guard let site, !text.lowercased().contains("(\(site))") else { return text }
        return "\(text) (\(site))"
    }
}

extension [Inline] {
    /// The text without markup, for titles and tests.
    public var plainText: String {
        map {
            switch $0 {
            case .text(let text), .emphasis(let text), .strong(let text): text
            case .footnote: ""
            }
        }.joined()
    }
}
