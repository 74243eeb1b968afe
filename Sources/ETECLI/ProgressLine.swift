import Foundation

/// A one-line progress display ("123/342 werkmappen, nog ca. 2 s") on a terminal.
/// Silent when standard error is not a terminal, so logs and pipes stay clean.
/// `update` is called serially (see `BenchmarkWorkbooks.writeMunicipalities`), hence the unchecked Sendable.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastDrawn = Date.distantPast

    init(label: String) { self.label = label }

    func update(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let elapsed = now.timeIntervalSince(started)
        let remaining = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let eta = done == total ? "klaar" : "nog ca. \(Int(remaining.rounded(.up))) s"
        FileHandle.standardError.write(Data("\r\u{1B}[K  \(done)/\(total) \(label), \(eta)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
