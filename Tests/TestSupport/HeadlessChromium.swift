import Foundation

/// scripts/check-html.py: headless Chromium (Debian's chromium and chromium-driver) runs the axe-core
/// accessibility rules on an HTML file and prints it to PDF as a reader's browser would.
public enum HeadlessChromium {
    public static let script = RepositoryPaths.root.appendingPathComponent("scripts/check-html.py")
    static let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")

    /// Chromium, its driver and the test environment `make test` creates are all there.
    public static var available: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromedriver", python.path].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public struct Report: Decodable {
        public struct Violation: Decodable, CustomStringConvertible {
            public var id: String
            public var impact: String?
            public var help: String
            public var nodes: [[String]]
            public var description: String { "\(id) (\(impact ?? "?")): \(help) — \(nodes)" }
        }
        public var violations: [Violation]
        /// The axe-core version that checked the page.
        public var axe: String
        /// How wide the page is, and the screen it was shown on, in CSS pixels.
        public var pageWidth: Int
        public var screenWidth: Int
    }

    /// Checks `html`, writing Chromium's print of it to `pdf` and a screenshot to `screenshot` when given.
    /// With `width`, the page is shown on a screen that wide (a phone: 390).
    public static func check(_ html: URL, pdf: URL? = nil, screenshot: URL? = nil, width: Int? = nil) throws -> Report {
        var arguments = [script.path, html.path]
        if let width { arguments += ["--width", String(width)] }
        if let pdf { arguments += ["--pdf", pdf.path] }
        if let screenshot { arguments += ["--screenshot", screenshot.path] }
        let output = try ToolOutput.standardOutput(of: python, arguments)
        return try JSONDecoder().decode(Report.self, from: Data(output.utf8))
    }
}
