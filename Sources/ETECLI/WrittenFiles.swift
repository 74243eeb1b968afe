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
    for note in written.notes { print("Let op: \(note)") }
}

/// The files of a factsheet run, as `factsheet` and `build` list them, then the notes.
func printWrittenFactsheets(_ written: WriteFactsheets.Written) {
    let files = written.files + written.pdfs
    if files.count <= 3 {
        files.forEach(printWritten)
    } else if let first = files.first {
        print(
            "Geschreven: \(written.files.count / 2) factsheets (HTML en Word\(written.pdfs.isEmpty ? "" : ", PDF")) in \(displayPath(first.deletingLastPathComponent()))"
        )
    }
    for note in written.notes { print("Let op: \(note)") }
}
