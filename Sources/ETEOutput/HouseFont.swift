import Foundation

/// The Rijkshuisstijl font of the letter, and whether this computer has it. LibreOffice (the
/// letter's PDF) and Chromium find fonts through fontconfig; without Verdana they silently set the
/// text in another font, so the PDF is not in house style and its page breaks move.
public enum HouseFont {
    public static let name = "Verdana"

    /// The font fontconfig gives for Verdana when that is another font; nil when Verdana is
    /// installed, or when fontconfig's `fc-match` is absent (then nothing can be said).
    public static var substitute: String? {
        let program = URL(fileURLWithPath: "/usr/bin/fc-match")
        guard FileManager.default.isExecutableFile(atPath: program.path) else { return nil }
        let process = Process()
        process.executableURL = program
        process.arguments = ["--format=%{family[0]}", name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let family = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        guard process.terminationStatus == 0, !family.isEmpty else { return nil }
        return family.caseInsensitiveCompare(name) == .orderedSame ? nil : family
    }

    /// What a front end says after writing a PDF when Verdana is missing.
    public static var missingNote: String? {
        substitute.map { family in
            "Let op: het lettertype \(name) ontbreekt op deze computer, dus is de PDF gezet in \(family): niet in Rijkshuisstijl, "
                + "en de pagina-einden wijken af. Installeer \(name) (bijvoorbeeld met: sudo apt-get install ttf-mscorefonts-installer, "
                + "uit Debian contrib) en maak de PDF opnieuw."
        }
    }
}
