// Measures `ete benchmark --year 2024 --all` and `ete build --year 2024` on the demo store, as a
// user runs them: wall time, CPU time (user + system, to compare with a C replay on a noisy
// machine), workbooks per second and peak memory (maximum resident set size) of the process;
// then states what the disclosure rule costs: the figures it withholds per table.
// Run through `make bench`, which builds both programs in release mode first.
import ETEAnalysis
import ETEModel
import ETEStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct Measurement {
    var seconds: Double
    var cpuSeconds: Double
    var peakMegabytes: Double
    var status: Int32
}

/// Starts a program and waits for it, reading its own resource usage (not that of earlier children).
/// `quiet`: the program's error output is discarded too (a run that is meant to fail).
func measure(_ program: String, _ arguments: [String], environment: [String: String], quiet: Bool = false) -> Measurement {
    var pid: pid_t = 0
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for string in argv + envp { free(string) } }
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
    if quiet { posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0) }
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    guard posix_spawn(&pid, program, &fileActions, nil, argv, envp) == 0 else {
        return Measurement(seconds: 0, cpuSeconds: 0, peakMegabytes: 0, status: 127)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    let cpu = [usage.ru_utime, usage.ru_stime].reduce(0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
    // Linux reports ru_maxrss in kilobytes.
    return Measurement(seconds: seconds, cpuSeconds: cpu, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
}

/// What the disclosure rule withholds in the demo year: per table and per group with respondents,
/// of all figures; and how long deciding it takes (the audit runs when the workbooks load).
func printDisclosureCost(database: String, year: Int) throws {
    let store = try Store.openForReading(at: database)
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    // With the policy-profile rules, as every output decides, so the profile family counts too.
    let templates = ProcessInfo.processInfo.environment["ETE_TEMPLATES"].map { URL(fileURLWithPath: $0) }
    let profiles = try templates.map {
        try PolicyProfileFile.load(templates: $0, questionnaires: try store.read { try $0.questionnaires() })
    }
    guard let overview = try BenchmarkOverview.load(year: year, from: store, profiles: profiles), let plan = overview.plans[year] else {
        return
    }
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    let cells = plan.cellsPerGroup
    print("")
    print("Onthullingsregel \(year): niet getoonde cijfers (van \(cells) per groep; groepen zonder deelnemers tellen niet mee)")
    print("  landelijk: \(plan.national.count)")
    let partitions = [
        ("grootteklasse", overview.sizeClasses.values.map { $0 }), ("provincie", Array(overview.provinces.values)),
        ("groep vergelijkbare gemeenten", Array(overview.peerGroups.values)),
    ]
    for (partition, groups) in partitions {
        let present = groups.filter { $0.respondents > 0 }.sorted { $0.name < $1.name }
        let total = present.reduce(0) { $0 + $1.withheld.count }
        print(
            "  per \(partition): \(total) van \(cells * present.count) (\(format(100 * Double(total) / Double(cells * present.count), 0))%)"
        )
        for group in present { print("    \(group.name) (\(group.respondents) deelnemers): \(group.withheld.count)") }
    }
    print(
        "  waardoor (groepscijfers, zonder pijlerscores): de regel zelf · aanvulling binnen de indeling · extra door de kruiscontrole · familie (beleidsprofielen)"
    )
    for (partition, cost) in plan.cost.sorted(by: { $0.key < $1.key }) {
        let beyond = cost.withinPartition + cost.audit + cost.family
        print("    \(partition): \(cost.primary) · \(cost.withinPartition) · \(cost.audit) · \(cost.family) (boven de regel: \(beyond))")
    }
    print("  inlezen en besluiten (alle jaren t/m \(year)): \(format(seconds)) s")
    // What a municipality's factsheet and workbook can show beside its own scores.
    let headings: [MunicipalityBenchmark.Comparison.Kind: String] = [
        .national: "Landelijk", .sizeClass: "Grootteklasse", .province: "Provincie", .peers: "Vergelijkbaar",
    ]
    let shares = ComparisonCoverage.withheldShare(overview).map { "\(headings[$0.kind] ?? "") \(format(100 * $0.share, 0))%" }
    print(
        "  niet getoonde pijlerscores per vergelijkingskolom, over alle \(overview.municipalities.count) gemeenten: "
            + shares.joined(separator: ", "))
    print("  (doel: kolom Vergelijkbaar minstens 80% getoond; \(PeerClusters.respondentsPerGroup) deelnemers per groep)")
}

/// Imports stay linear in the file: 20,000 signalling rows with as many new networks, and 20,000
/// rows naming unknown municipalities (refused; only the first 25 get a "bedoelde u").
@MainActor func printImportScaling() throws {
    let rows = 20_000
    let good = (0..<rows).map { "Netwerk \($0);Amsterdam;2020-01-01;2024;\($0 % 50)" }
    let bad = (0..<rows).map { "Netwerk \($0);Onbekendstad \($0);2020-01-01;;" }
    print("")
    for (name, lines, expected) in [("signalering-goed.csv", good, 0), ("signalering-fout.csv", bad, 1)] {
        let file = work.appendingPathComponent(name)
        try (["netwerk;gemeente;sinds;jaar;meldingen"] + lines).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let copy = work.appendingPathComponent("import-\(name).sqlite").path
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: database, toPath: copy)
        var env = environment
        env["ETE_DB"] = copy
        let result = measure(ete, ["import", "signalering", file.path], environment: env, quiet: true)
        let outcome =
            result.status == expected ? (expected == 0 ? "ingelezen" : "geweigerd, zoals verwacht") : "ONVERWACHT (status \(result.status))"
        print("ete import signalering, \(rows) regels (\(name)): \(format(result.seconds)) s, \(outcome)")
    }
}

/// What the disclosure rule withholds in the demo's Stappenplan survey (Zutphen 2024): the
/// statements' shares of the whole survey, and the share agreeing per kind of organisation.
@MainActor func printLocalSurveyCost() throws {
    let store = try Store.openForReading(at: database)
    guard let templates = ProcessInfo.processInfo.environment["ETE_TEMPLATES"].map({ URL(fileURLWithPath: $0) }),
        let code = MunicipalityCode("GM0301"),
        let survey = try store.read({ try $0.localSurvey(municipality: code, year: 2024) })
    else { return }
    let questionnaire = try LocalSurveyQuestionnaireFile.load(templates: templates, named: survey.questionnaire)
    let result = LocalSurveyResult(survey: survey, questionnaire: questionnaire)
    let statements = questionnaire.questions.filter { $0.type == .statement }
    typealias Scale = LocalSurveyResult.StatementAnswers
    let whole = statements.flatMap { question in
        [Scale.agree, Scale.noOpinion, Scale.disagree].map { result.share(question.id, answering: $0) }
    }
    let grouping = LocalSurveyGroups(result)
    let perGroup = statements.flatMap { grouping.shares(result, $0.id, answering: Scale.agree) }
    print(
        "Stappenplan-enquête Zutphen 2024 (demo, \(result.respondents) deelnemers): niet getoond \(whole.filter { $0?.percentage == nil }.count) van \(whole.count) cijfers van de hele enquête, \(perGroup.filter { $0 == nil }.count) van \(perGroup.count) per soort organisatie (\(grouping.groups.count) groepen)"
    )
}

/// Dutch decimal comma, as in the rest of the program.
func format(_ value: Double, _ decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value).replacingOccurrences(of: ".", with: ",")
}

let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let ete = CommandLine.arguments.dropFirst().first ?? here.appendingPathComponent("ete").path
let runs = 3
let wallGoal = 5.0
let memoryGoal = 200.0

let work = FileManager.default.temporaryDirectory.appendingPathComponent("ete-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
let database = work.appendingPathComponent("demo.sqlite").path
var environment = ProcessInfo.processInfo.environment
environment["ETE_DB"] = database

print("ETE Workbench — benchmark van de werkmappen (\(ProcessInfo.processInfo.activeProcessorCount) kernen)")
let setup = measure(ete, ["init", "--demo"], environment: environment)
guard setup.status == 0 else {
    print("fout: 'ete init --demo' mislukte (status \(setup.status)); is \(ete) gebouwd?")
    exit(2)
}
print("Demodatabase aangemaakt in \(format(setup.seconds)) s.")

var results: [Measurement] = []
for run in 1...runs {
    let output = work.appendingPathComponent("reports-\(run)")
    let result = measure(ete, ["benchmark", "--year", "2024", "--all", "--out", output.path], environment: environment)
    let folder = output.appendingPathComponent("2024/benchmark")
    let files = ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".xlsx") }.count
    // 342 municipality workbooks, the national annex and the internal list of respondents.
    guard result.status == 0, files == 344 else {
        print("fout: run \(run) gaf status \(result.status) en \(files) werkmappen (verwacht 344)")
        exit(1)
    }
    print(
        "run \(run): \(files) werkmappen in \(format(result.seconds)) s (cpu \(format(result.cpuSeconds)) s) — \(format(Double(files) / result.seconds, 0)) werkmappen/s, piekgeheugen \(format(result.peakMegabytes, 1)) MB"
    )
    results.append(result)
}

let slowest = results.map(\.seconds).max()!
let median = results.map(\.seconds).sorted()[runs / 2]
let medianCPU = results.map(\.cpuSeconds).sorted()[runs / 2]
let peak = results.map(\.peakMegabytes).max()!
print("")
print(
    "mediaan \(format(median)) s, cpu \(format(medianCPU)) s (\(format(344 / median, 0)) werkmappen/s), traagste \(format(slowest)) s, piekgeheugen \(format(peak, 1)) MB"
)
print(
    "doel: onder \(format(wallGoal, 0)) s en onder \(format(memoryGoal, 0)) MB — \(slowest < wallGoal && peak < memoryGoal ? "gehaald" : "NIET gehaald")"
)

// The factsheets of every municipality (HTML and Word; the PDFs depend on LibreOffice and are left out).
var factsheets: [Measurement] = []
for run in 1...runs {
    let output = work.appendingPathComponent("factsheets-\(run)")
    let result = measure(ete, ["factsheet", "--year", "2024", "--all", "--geen-pdf", "--out", output.path], environment: environment)
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("2024/factsheets").path)) ?? [])
        .filter { $0.hasSuffix(".html") }.count
    guard result.status == 0, files == 342 else {
        print("fout: factsheets run \(run) gaf status \(result.status) en \(files) factsheets (verwacht 342)")
        exit(1)
    }
    factsheets.append(result)
}
let factsheetMedian = factsheets.sorted { $0.seconds < $1.seconds }[runs / 2]
print(
    "ete factsheet --year 2024 --all (342 × HTML en Word): mediaan \(format(factsheetMedian.seconds)) s, cpu \(format(factsheetMedian.cpuSeconds)) s, piekgeheugen \(format(factsheets.map(\.peakMegabytes).max()!, 1)) MB"
)

// The factsheet PDFs (one run: each takes tens of seconds): ete prints them with Chromium from
// the HTML, one browser per core; beside it, one LibreOffice batch over the same factsheets' Word
// files, the route ete took before.
if let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: FileManager.default.isExecutableFile(atPath:)),
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains(where: FileManager.default.isExecutableFile(atPath:))
{
    let output = work.appendingPathComponent("factsheet-pdf")
    let printed = measure(ete, ["factsheet", "--year", "2024", "--all", "--out", output.path], environment: environment)
    let folder = output.appendingPathComponent("2024/factsheets")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let documents = names.filter { $0.hasSuffix(".docx") }.map { folder.appendingPathComponent($0).path }
    let converted = work.appendingPathComponent("factsheet-pdf-libreoffice")
    let profile = work.appendingPathComponent("lo-profiel")
    // One batch of at most 200 files, as ete's converter did; the time is scaled to all 342.
    let batch = Array(documents.prefix(200))
    let office = measure(
        soffice,
        ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", converted.path]
            + batch, environment: environment)
    let officeAll = office.seconds * Double(documents.count) / Double(max(batch.count, 1))
    print(
        "factsheet-PDF's (\(names.filter { $0.hasSuffix(".pdf") }.count) × één A4, Chromium uit de HTML): \(format(printed.seconds)) s, cpu \(format(printed.cpuSeconds)) s; "
            + "LibreOffice uit Word, één batch: \(format(officeAll)) s voor \(documents.count) (gemeten \(format(office.seconds)) s voor \(batch.count)); "
            + "verhouding \(format(printed.seconds / officeAll, 2))"
    )
} else {
    print("factsheet-PDF's: niet gemeten (Chromium of LibreOffice ontbreekt; make test installeert ze)")
}

// The whole yearly job: the letter in every format, all workbooks and all factsheets.
var builds: [Measurement] = []
for run in 1...runs {
    let build = measure(
        // As a concept: a recorded release would make every later decision a forced one, and the runs unequal.
        ete, ["build", "--year", "2024", "--concept", "--out", work.appendingPathComponent("build-\(run)").path],
        environment: environment)
    guard build.status == 0 else {
        print("fout: 'ete build --year 2024' gaf status \(build.status)")
        exit(1)
    }
    builds.append(build)
}
let buildMedian = builds.sorted { $0.seconds < $1.seconds }[runs / 2]
print(
    "ete build --year 2024 (brief, alle werkmappen en factsheets): mediaan \(format(buildMedian.seconds)) s, cpu \(format(buildMedian.cpuSeconds)) s, piekgeheugen \(format(builds.map(\.peakMegabytes).max()!, 1)) MB"
)
try printDisclosureCost(database: database, year: 2024)
try printImportScaling()
try printLocalSurveyCost()
exit(slowest < wallGoal && peak < memoryGoal ? 0 : 1)
