import Foundation

/// File names for per-municipality outputs that every system and mail program accepts:
/// "GM0893-Bergen-L.xlsx" (accents folded, anything but letters and digits a single dash). The
/// name part is shortened to `maximumNameBytes`, so a long official name never makes a file name
/// the file system refuses; the CBS code in front keeps every name unique.
public enum OutputFileName {
    /// Room for the code, the extension and the temporary prefix of `AtomicFile` within 255 bytes.
    public static let maximumNameBytes = 80

    public static func forMunicipality(code: String, name: String, extension fileExtension: String) -> String {
        "\(code)-\(safe(name)).\(fileExtension)"
    }

    public static func safe(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive], locale: nil)
        var result = ""
        for character in folded {
            if character.isLetter || character.isNumber { result.append(character) } else if result.last != "-" { result.append("-") }
        }
        result = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        while result.utf8.count > maximumNameBytes { result.removeLast() }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
