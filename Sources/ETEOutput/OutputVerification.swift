import Foundation

/// Checks a finished output under its temporary name before it gets its final one: its data
/// reached the disk (a full disk often shows only when the file is synced, after every write
/// "succeeded"), and it is whole for its kind: a ZIP package (xlsx, docx) ends in its central
/// directory, a PDF in its end marker. So a library that reports success for a cut-off file can
/// never leave that file under a final name.
enum OutputVerification {
    /// Throws `OutputError.writeFailed` naming `destination` (never the temporary name).
    static func verify(_ temporary: URL, as destination: URL) throws {
        let descriptor = open(temporary.path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(destination, errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw failure(destination, errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(destination, errno) }
        let size = Int(status.st_size)
        guard size > 0 else { throw OutputError.writeFailed(destination.path, reason: "het bestand is leeg gebleven") }
        let tailLength = min(size, 66_000)
        guard lseek(descriptor, off_t(size - tailLength), SEEK_SET) >= 0 else { throw failure(destination, errno) }
        var tail = [UInt8](repeating: 0, count: tailLength)
        guard read(descriptor, &tail, tailLength) == tailLength else { throw failure(destination, errno) }
        let whole: Bool
        switch destination.pathExtension.lowercased() {
        case "xlsx", "docx", "zip": whole = zipIsWhole(tail: tail, size: size)
        case "pdf": whole = tail.suffix(1024).containsSequence(Array("%%EOF".utf8))
        default: whole = true
        }
        guard whole else {
            throw OutputError.writeFailed(
                destination.path, reason: "het bestand is onvolledig weggeschreven (is de schijf vol?); er is niets onder deze naam gezet")
        }
    }

    /// The end-of-central-directory record is there, and the directory it points to lies inside the file.
    static func zipIsWhole(tail: [UInt8], size: Int) -> Bool {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard tail.count >= 22 else { return false }
        for start in stride(from: tail.count - 22, through: 0, by: -1) where Array(tail[start..<(start + 4)]) == signature {
            func number(_ offset: Int, _ bytes: Int) -> Int {
                (0..<bytes).reduce(0) { $0 | Int(tail[start + offset + $1]) << (8 * $1) }
            }
            let entries = number(10, 2)
            let directorySize = number(12, 4)
            let directoryOffset = number(16, 4)
            let recordPosition = size - tail.count + start
            return entries > 0 && directoryOffset + directorySize == recordPosition
        }
        return false
    }

    private static func failure(_ destination: URL, _ code: Int32) -> OutputError {
        .writeFailed(destination.path, reason: SystemErrorText.posix(POSIXErrorCode(rawValue: code) ?? .EIO))
    }
}

extension Collection where Element == UInt8 {
    fileprivate func containsSequence(_ needle: [UInt8]) -> Bool {
        let haystack = Array(self)
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
