import Foundation

/// Writes a file under a temporary name in the target folder, verifies it (synced to disk, whole
/// for its kind: `OutputVerification`) and renames it into place, so neither an interrupted run
/// nor a full disk ever leaves a broken file under its final name.
public enum AtomicFile {
    /// Calls `write` with a temporary path and moves the result to `destination`.
    /// On any error the temporary file is removed and the destination is left as it was.
    public static func write(to destination: URL, _ write: (URL) throws -> Void) throws {
        let folder = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Temporary files of an earlier run that was interrupted (its process is gone) go first.
        TemporaryFiles.removeStale(besides: destination)
        let temporary = TemporaryFiles.temporaryURL(for: destination)
        do {
            try write(temporary)
            try OutputVerification.verify(temporary, as: destination)
            if rename(temporary.path, destination.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    public static func write(_ data: Data, to destination: URL) throws {
        try write(to: destination) { try data.write(to: $0) }
    }
}
