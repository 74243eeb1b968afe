import ETEWorkbench
import Foundation

/// A file a run wrote, as soon as it exists.
func printWritten(_ file: URL) {
    print("Geschreven: \(displayPath(file))")
}

/// The files of a workbook run, as `benchmark` and `build` list them.
func printWrittenFiles(_ written: WriteWorkbooks.Written) {
    print("Geschreven: \(displayPath(written.national))")
    print("Geschreven: \(displayPath(written.internalList)) (intern: niet publiceren)")
    if written.municipalities.count == 1 {
        print("Geschreven: \(displayPath(written.municipalities[0]))")
    } else if !written.municipalities.isEmpty {
        print(
            "Geschreven: \(written.municipalities.count) gemeentewerkmappen in \(displayPath(written.municipalities[0].deletingLastPathComponent()))"
        )
    }
}
