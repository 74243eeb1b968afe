import Foundation
import Glibc

/// libxlsxwriter prints its own English "[ERROR] …" lines, with the temporary file's name, to
/// standard error before it returns an error code; the code is what the program reports (in Dutch,
/// naming the final file). `quieted` keeps those lines off the terminal while workbooks are
/// written and passes everything else on standard error through unchanged, as it arrives.
public enum LibraryDiagnostics {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var depth = 0
    nonisolated(unsafe) private static var filter: Filter?

    public static func quieted<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock {
            depth += 1
            if depth == 1 { filter = Filter() }
        }
        defer {
            lock.withLock {
                depth -= 1
                if depth == 0 {
                    filter?.finish()
                    filter = nil
                }
            }
        }
        return try body()
    }

    /// Standard error redirected into a pipe, read by a thread that drops the library's lines.
    private final class Filter: @unchecked Sendable {
        private let original: Int32
        private let readEnd: Int32
        private let done = DispatchSemaphore(value: 0)

        init?() {
            fflush(nil)
            var ends: [Int32] = [0, 0]
            let saved = dup(STDERR_FILENO)
            guard saved >= 0, pipe(&ends) == 0 else { return nil }
            original = saved
            readEnd = ends[0]
            dup2(ends[1], STDERR_FILENO)
            close(ends[1])
            let thread = Thread { [self] in forward() }
            thread.start()
        }

        /// Restores standard error; the pipe then ends, and the thread has passed on all that was written.
        func finish() {
            fflush(nil)
            dup2(original, STDERR_FILENO)
            done.wait()
            close(readEnd)
            close(original)
        }

        /// Passes text on as it comes; a line that starts with "[ERROR]" is held until it is whole and dropped.
        private func forward() {
            var pending: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            let marker = Array("[ERROR]".utf8)
            while true {
                let count = read(readEnd, &buffer, buffer.count)
                if count <= 0 { break }
                pending += buffer[0..<count]
                while !pending.isEmpty {
                    let prefix = Array(pending.prefix(marker.count))
                    let mayBeLibraryLine = prefix == Array(marker.prefix(prefix.count))
                    if let newline = pending.firstIndex(of: 0x0A) {
                        if !(mayBeLibraryLine && prefix.count == marker.count) { write(Array(pending[...newline])) }
                        pending.removeFirst(newline + 1)
                    } else if mayBeLibraryLine {
                        break  // wait for the rest of the line
                    } else {
                        write(pending)
                        pending.removeAll()
                    }
                }
            }
            if !pending.isEmpty, pending.starts(with: marker) == false { write(pending) }
            done.signal()
        }

        private func write(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(original, raw.baseAddress! + offset, raw.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }
}
