import Foundation

/// Names for files written under a temporary name and renamed into place (outputs, a new store),
/// and the clean-up of such files left behind by a run that was interrupted: they carry the
/// process id, and a file whose process no longer runs is stale.
public enum TemporaryFiles {
    static let marker = ".ete-tmp-"

    /// ".<name>.ete-tmp-<pid>-<random>" in the same folder as `destination` (a rename stays on one disk).
    public static func temporaryURL(for destination: URL) -> URL {
        destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent)\(marker)\(getpid())-\(UUID().uuidString)")
    }

    /// Removes temporary files of this naming in `destination`'s folder whose process has ended.
    /// Files of running processes (a concurrent run) are left alone.
    public static func removeStale(besides destination: URL) {
        removeStale(in: destination.deletingLastPathComponent())
    }

    public static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") {
            guard let range = name.range(of: marker) else { continue }
            let pidText = name[range.upperBound...].prefix { $0.isNumber }
            guard let pid = Int32(pidText), !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
