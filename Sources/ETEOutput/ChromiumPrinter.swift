import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Headless Chromium, driven over its DevTools pipe (file descriptors 3 and 4): one browser prints
/// many HTML pages as tagged PDFs, whose structure (headings, lists, table headers, a figure's
/// text alternative, the language) comes from the HTML itself. Starting Chromium costs about a
/// second; a page printed by a running browser costs a fraction of that.
public final class ChromiumPrinter {
    /// Chromium's program, when installed. `ETE_CHROMIUM` names it when it is elsewhere (a path
    /// that does not exist counts as absent, so the absent case can be tried).
    public static var program: URL? {
        if let chosen = ProcessInfo.processInfo.environment["ETE_CHROMIUM"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? URL(fileURLWithPath: chosen) : nil
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/local/bin"]).lazy
            .flatMap { folder in
                ["chromium", "chromium-browser", "google-chrome"].map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
            }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static var isAvailable: Bool { program != nil }

    /// How to get Chromium, for messages.
    public static let installHint = "installeer Chromium, bijvoorbeeld met: sudo apt-get install chromium"

    /// How long one step (start, load, print) may take before the browser counts as stuck.
    static let stepTimeout: TimeInterval = 60

    private let process: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: URL
    private var received = Data()
    private var lastID = 0
    private var session = ""
    private var closed = false

    /// Starts a browser with a profile of its own in `workFolder` (removed on close).
    public init(workFolder: URL) throws {
        guard let program = Self.program else { throw OutputError.missingTool("Chromium ontbreekt; \(Self.installHint)") }
        // A browser that dies mid-write must give an error here, not end ete by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        profile = workFolder.appendingPathComponent(".chromium-profiel-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0]
        var replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else {
            throw OutputError.missingTool("Chromium kon niet starten: \(String(cString: strerror(errno)))")
        }
        // Other programs ete starts must not inherit these ends (a pipe ends only when every copy is closed).
        for descriptor in commands + replies { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "about:blank",
        ]
        let (executable, wrapped) = ProcessLifetime.tiedToThisProcess(program, arguments)
        do {
            process = try Self.spawn(executable, wrapped, commands: commands[0], replies: replies[1])
        } catch {
            for descriptor in commands + replies { Glibc.close(descriptor) }
            throw error
        }
        Glibc.close(commands[0])
        Glibc.close(replies[1])
        toBrowser = commands[1]
        fromBrowser = replies[0]
        do {
            let target = try call("Target.createTarget", ["url": "about:blank"])
            guard let targetID = target["targetId"] as? String else { throw failure("geen tabblad") }
            let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
            guard let session = attached["sessionId"] as? String else { throw failure("geen sessie") }
            self.session = session
            _ = try call("Page.enable", [:], inSession: true)
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// The PDF of a local HTML page, as A4 unless the page's own CSS says otherwise. With
    /// `pages`, a page that runs over is printed again a little smaller (down to 80%), as a
    /// print dialog's "fit to page" would, so that a long name or list never adds a page. The
    /// page's `<meta name="classification">` (who may read it) becomes the PDF's subject.
    public func pdf(of page: URL, pages: Int? = nil) throws -> Data {
        try load(page)
        let evaluated = try call(
            "Runtime.evaluate",
            ["expression": "document.querySelector('meta[name=classification]')?.content ?? ''", "returnByValue": true],
            inSession: true)
        let classification = (evaluated["result"] as? [String: Any])?["value"] as? String ?? ""
        var scale = 1.0
        while true {
            let data = try render(page, scale: scale)
            guard let pages, Self.pageCount(data) > pages, scale > 0.8 else {
                var properties = ["Creator": "ETE Workbench"]
                if !classification.isEmpty { properties["Subject"] = classification }
                return PDFDocumentInfo.setting(properties, in: data) ?? data
            }
            scale -= 0.05
        }
    }

    /// The number of pages of a PDF Chromium wrote (its page objects).
    static func pageCount(_ pdf: Data) -> Int {
        let marker = Array("/Type /Page".utf8)
        var count = 0
        var index = pdf.startIndex
        while let found = pdf[index...].firstRange(of: marker) {
            if found.upperBound == pdf.endIndex || pdf[found.upperBound] != UInt8(ascii: "s") { count += 1 }
            index = found.upperBound
        }
        return count
    }

    private func load(_ page: URL) throws {
        let navigation = try send("Page.navigate", ["url": page.absoluteString], inSession: true)
        var navigated = false
        var loaded = false
        while !(navigated && loaded) {
            let message = try nextMessage()
            if message["id"] as? Int == navigation {
                if let problem = (message["result"] as? [String: Any])?["errorText"] as? String {
                    throw failure("\(page.lastPathComponent) laadt niet (\(problem))")
                }
                try check(message)
                navigated = true
            } else if message["method"] as? String == "Page.loadEventFired", message["sessionId"] as? String == session {
                loaded = true
            }
        }
    }

    private func render(_ page: URL, scale: Double) throws -> Data {
        let printed = try call(
            "Page.printToPDF",
            [
                "printBackground": true, "preferCSSPageSize": true, "paperWidth": 8.27, "paperHeight": 11.69, "scale": scale,
                "generateTaggedPDF": true, "generateDocumentOutline": true, "displayHeaderFooter": false,
            ], inSession: true)
        guard let encoded = printed["data"] as? String, let data = Data(base64Encoded: encoded) else {
            throw failure("geen PDF voor \(page.lastPathComponent)")
        }
        return data
    }

    /// Ends the browser (politely, then for sure) and removes its profile.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? send("Browser.close", [:], inSession: false)
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(5)
        while waitpid(process, &status, WNOHANG) == 0 {
            if Date() > deadline {
                // The whole group: Chromium's own helpers too (a group of its own under setsid).
                if kill(-process, SIGKILL) != 0 { kill(process, SIGKILL) }
                waitpid(process, &status, 0)
                break
            }
            usleep(20_000)
        }
        try? FileManager.default.removeItem(at: profile)
    }

    // MARK: The DevTools protocol: JSON messages, each ended by a NUL byte

    private func call(_ method: String, _ parameters: [String: Any], inSession: Bool = false) throws -> [String: Any] {
        let id = try send(method, parameters, inSession: inSession)
        while true {
            let message = try nextMessage()
            guard message["id"] as? Int == id else { continue }
            try check(message)
            return message["result"] as? [String: Any] ?? [:]
        }
    }

    private func send(_ method: String, _ parameters: [String: Any], inSession: Bool) throws -> Int {
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if inSession { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(toBrowser, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw failure("Chromium is gestopt") }
            offset += written
        }
        return lastID
    }

    private func nextMessage() throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(Self.stepTimeout)
        while true {
            if let end = received.firstIndex(of: 0) {
                let body = received[received.startIndex..<end]
                received.removeSubrange(received.startIndex...end)
                guard let message = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                    throw failure("onleesbaar antwoord van Chromium")
                }
                return message
            }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 1000)
            if ready < 0, errno == EINTR { continue }
            if ready == 0 {
                guard Date() < deadline else { throw failure("Chromium antwoordt niet binnen \(Int(Self.stepTimeout)) seconden") }
                continue
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fromBrowser, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure("Chromium is onverwacht gestopt") }
            received.append(contentsOf: chunk[0..<count])
        }
    }

    private func check(_ message: [String: Any]) throws {
        if let error = message["error"] as? [String: Any] {
            throw failure("Chromium weigert: \(error["message"] as? String ?? "onbekende fout")")
        }
    }

    private func failure(_ reason: String) -> OutputError {
        .writeFailed(profile.deletingLastPathComponent().path, reason: "PDF maken met Chromium mislukt: \(reason)")
    }

    /// Starts `executable` with the command pipe as its descriptor 3 and the reply pipe as 4, and
    /// with no terminal output (Chromium's own log lines are English noise for a user).
    private static func spawn(_ executable: URL, _ arguments: [String], commands: Int32, replies: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Copies above 9 first, so that neither end already is 3 or 4 (a dup2 onto itself would keep close-on-exec).
        let high = [commands, replies].map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
        defer { for descriptor in high { Glibc.close(descriptor) } }
        posix_spawn_file_actions_adddup2(&actions, high[0], 3)
        posix_spawn_file_actions_adddup2(&actions, high[1], 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard result == 0 else {
            throw OutputError.missingTool("Chromium kon niet starten: \(String(cString: strerror(result)))")
        }
        return pid
    }
}
