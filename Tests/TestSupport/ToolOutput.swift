import Foundation

/// Runs a command-line tool (pdftotext, a validator, swift) and returns what it printed, so tests
/// can read an independent tool's verdict. Its error output is discarded.
public enum ToolOutput {
    public static func standardOutput(of program: URL, _ arguments: [String], in folder: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a tool that fills the pipe would otherwise never end.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
