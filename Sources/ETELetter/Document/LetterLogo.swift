import Foundation

/// The sender's logo for the top of the first page, supplied by the ministry as
/// templates/kamerbrief/huisstijl/logo.png (or .jpg). The repository ships none: without it the
/// letter keeps the logo's space empty.
public struct LetterLogo: Sendable, Equatable {
    public enum Format: String, Sendable { case png, jpeg }

    public var data: Data
    public var format: Format
    /// Size in pixels, for the aspect ratio.
    public var width: Int
    public var height: Int

    /// The folder inside templates/kamerbrief with the logo, and the names looked for in order.
    static let folder = "huisstijl"
    static let names = ["logo.png", "logo.jpg", "logo.jpeg"]

    /// The logo in the templates folder, nil when there is none; a file that is not a PNG or JPEG
    /// image is refused by name.
    static func find(in templates: URL) throws -> LetterLogo? {
        for name in names {
            let url = templates.appendingPathComponent(folder).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let data = try Data(contentsOf: url)
            guard let logo = LetterLogo(data: data) else {
                throw LetterError.template(
                    file: "templates/kamerbrief/\(folder)/\(name)", line: nil,
                    message: "geen leesbare PNG- of JPEG-afbeelding; lever het logo aan als PNG of JPEG")
            }
            return logo
        }
        return nil
    }

    /// Reads the pixel size from the PNG header (IHDR) or the first JPEG frame header (SOFn).
    public init?(data: Data) {
        let bytes = [UInt8](data)
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            (format, width, height) = (.png, bigEndian(16, 4), bigEndian(20, 4))
        } else if bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            var offset = 2
            var size: (Int, Int)?
            while offset + 9 < bytes.count, bytes[offset] == 0xFF {
                let marker = bytes[offset + 1]
                let length = bigEndian(offset + 2, 2)
                // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    size = (bigEndian(offset + 7, 2), bigEndian(offset + 5, 2))
                    break
                }
                offset += 2 + length
            }
            guard let size else { return nil }
            (format, width, height) = (.jpeg, size.0, size.1)
        } else {
            return nil
        }
        guard width > 0, height > 0 else { return nil }
        self.data = data
    }
}
