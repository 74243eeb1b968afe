import ETEAnalysis
import ETEFactsheets
import ETEModel
import ETEOutput
import ETEStore
import Foundation

/// Writes a municipality's local factsheet (Stappenplan) of a year as HTML and Word, with a PDF
/// through LibreOffice when asked and present; used by `ete factsheet-lokaal`.
public struct WriteLocalFactsheet {
    public struct Written: Sendable {
        public var files: [URL]
        public var pdfs: [URL]
        public var isFictitious: Bool
        /// Things a user should know (no staff text yet, no residents' survey, no PDF).
        public var notes: [String]
    }

    public let year: Int
    public let store: Store
    public let templates: URL
    public let outputFolder: URL

    public init(year: Int, store: Store, templates: URL, outputFolder: URL) {
        self.year = year
        self.store = store
        self.templates = templates
        self.outputFolder = outputFolder
    }

    public func write(municipality name: String, pdf: Bool = true, madeOn: Day = .today) throws -> Written {
        let input = try gather(municipality: name, madeOn: madeOn)
        let files = try FactsheetFiles(outputFolder: outputFolder, year: year, folderName: FactsheetFiles.localFolder).write(input)
        var notes: [String] = []
        let municipality = input.municipality.name
        if input.text == nil {
            notes.append(
                "Nog geen tekst van medewerkers (bijeenkomst, aanleiding, samenvatting): lees die in met 'ete import stappenplan-tekst BESTAND --municipality \(municipality) --year \(year)'"
            )
        }
        if input.residents == nil {
            notes.append(
                "Geen inwonersenquête over \(year): de factsheet toont alleen de RIVM-schatting ('ete import eenzaamheidsschaal' leest er een in)"
            )
        }
        let pdfs = try FactsheetPDFs.convert(files.filter { $0.pathExtension == "html" }, wanted: pdf, notes: &notes)
        return Written(files: files, pdfs: pdfs, isFictitious: input.isFictitious, notes: notes)
    }

    /// Reads everything the factsheet needs in one read of the store.
    func gather(municipality name: String, madeOn: Day) throws -> LocalFactsheetInput {
        let (municipality, survey, text, responses, prevalence, isDemo, mergers) = try store.read { reader in
            let register = try reader.municipalityRegister()
            guard
                let municipality = try MunicipalityNames(register.municipalities(in: year), register: register, year: year)
                    .resolve([name]).first
            else {
                throw WorkbenchError.invalidData("--municipality is leeg; geef een gemeente (CBS-code of naam)")
            }
            return (
                municipality, try reader.localSurvey(municipality: municipality.code, year: year),
                try reader.localSurveyText(municipality: municipality.code, year: year),
                try reader.lonelinessSurvey(municipality: municipality.code, year: year), try reader.lonelinessPrevalence(),
                try reader.isDemoData(), register.mergers
            )
        }
        guard let survey else {
            throw WorkbenchError.invalidData(
                "er is geen Stappenplan-enquête van \(municipality.name) over \(year); lees die in met 'ete import stappenplan BESTAND --municipality \(municipality.code.rawValue) --year \(year)'"
            )
        }
        let questionnaire = try LocalSurveyQuestionnaireFile.load(templates: templates, named: survey.questionnaire)
        return LocalFactsheetInput(
            municipality: municipality, survey: LocalSurveyResult(survey: survey, questionnaire: questionnaire), text: text,
            residents: LonelinessSurveyResult(responses),
            prevalence: LocalPrevalence(municipality: municipality, all: prevalence, mergers: mergers),
            isDemo: isDemo, madeOn: madeOn)
    }
}
