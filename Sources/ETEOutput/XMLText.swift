import ETEModel

/// Escaping for XML and HTML text and attribute values; characters XML 1.0 forbids are left out.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text where character.unicodeScalars.allSatisfy(DutchText.isAllowedInXML) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
