import Foundation

/// Helper programs (LibreOffice, Chromium) never outlive ete.
enum ProcessLifetime {
    /// Runs `program` in a process group of its own with a watcher that ends the whole group (the
    /// program's own helper processes too) as soon as ete is gone, also after `kill -9`, when no
    /// clean-up of ete's can run. Without `setsid` (util-linux) the program runs as it is. The
    /// watcher lets go of descriptors 3 and 4, so that a pipe there ends when the program ends.
    static func tiedToThisProcess(_ program: URL, _ arguments: [String]) -> (URL, [String]) {
        let setsid = URL(fileURLWithPath: "/usr/bin/setsid")
        guard FileManager.default.isExecutableFile(atPath: setsid.path) else { return (program, arguments) }
        let watcher = """
            parent=$1; shift
            ( exec 3>&- 4>&-; while kill -0 "$parent" 2>/dev/null; do sleep 0.2; done; kill -KILL 0 ) &
            watcher=$!
            "$@"
            status=$?
            kill "$watcher" 2>/dev/null
            exit $status
            """
        let parent = String(ProcessInfo.processInfo.processIdentifier)
        return (setsid, ["--wait", "/bin/sh", "-c", watcher, "sh", parent, program.path] + arguments)
    }
}
