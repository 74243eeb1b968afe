import Foundation

/// Writes one file per item on every core. A file that fails does not stop the others: all are
/// tried, then every failure is reported together (`OutputError.someFailed`), so a run is never
/// half done without saying so.
public enum ParallelWrites {
    /// `progress` hears (done, total) after each item, serially (it may keep simple state);
    /// `target` names an item's file in a failure that is not already an `OutputError`.
    public static func run<Item: Sendable>(
        _ items: [Item], target: @Sendable (Item) -> URL, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
        write: @Sendable (Item) throws -> Void
    ) throws {
        let state = Locked((done: 0, failures: [Int: OutputError]()))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            var failure: OutputError?
            do { try write(items[index]) } catch {
                failure = (error as? OutputError) ?? .writeFailed(target(items[index]), cause: error)
            }
            state.withValue { state in
                state.done += 1
                if let failure { state.failures[index] = failure }
                progress?(state.done, items.count)
            }
        }
        let failures = state.withValue { $0.failures }
        guard failures.isEmpty else {
            throw OutputError.someFailed(
                written: items.count - failures.count, failures: failures.sorted { $0.key < $1.key }.map(\.value.description))
        }
    }
}
