import Foundation

/// File names for per-municipality outputs that every system and mail program accepts:
/// "GM0893-Bergen-L.xlsx" (accents folded, anything but letters and digits a single dash).
public enum OutputFileName {
    public static func forMunicipality(code: String, name: String, extension fileExtension: String) -> String {
        "\(code)-\(safe(name)).\(fileExtension)"
    }

    public static func safe(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive], locale: nil)
        var result = ""
        for character in folded {
            if character.isLetter || character.isNumber { result.append(character) } else if result.last != "-" { result.append("-") }
        }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
