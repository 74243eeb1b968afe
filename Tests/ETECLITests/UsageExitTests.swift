import Foundation
import Testing

/// Wrong use of a command ends with 64, an unusable file or folder with 2, as the README says;
/// options a kind does not use and repeated single-value options are refused, not ignored.
@Suite("Exit codes of wrong use")
struct UsageExitTests {
    static let folder: URL = {
        let folder = try! temporaryFolder()
        _ = try? ETERun(["init", "--demo"], in: folder)
        try? FileManager.default.createDirectory(at: folder.appendingPathComponent("een-map"), withIntermediateDirectories: true)
        try? Data("naam;sector;toegetreden\nA;zorg;2024-01-01\n".utf8).write(to: folder.appendingPathComponent("partners.csv"))
        return folder
    }()

    @Test(arguments: [
        (["factsheet", "--municipality", "Atlantis", "--year", "2024", "--geen-pdf"], Int32(64), "onbekende gemeente"),
        (["benchmark", "--municipality", "Atlantis", "--year", "2024"], Int32(64), "onbekende gemeente"),
        (["import", "partners", "partners.csv", "--municipality", "Utrecht"], Int32(64), "--municipality hoort niet bij partners"),
        (["import", "partners", "partners.csv", "--uitgenodigd", "5"], Int32(64), "--uitgenodigd hoort alleen bij stappenplan"),
        (["import", "partners", "partners.csv", "--peildatum", "2027-01-01"], Int32(64), "--peildatum hoort alleen bij gemeenten"),
        (["stats", "--year", "2024", "--year", "2023"], Int32(64), "--year staat twee keer in de opdracht"),
        (["import", "gemeenten", "een-map"], Int32(2), "is een map; verwacht een bestand"),
        (["import", "letter-text", "partners.csv", "--year", "2024"], Int32(2), "is een bestand; verwacht een map"),
    ])
    func wrongUseEndsWithItsCode(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let run = try ETERun(arguments, in: Self.folder)
        #expect(run.status == status, "\(arguments): \(run.errors)")
        #expect(run.errors.contains(message), "\(arguments): \(run.errors)")
    }

    @Test func aListOptionMayRepeat() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        let run = try ETERun(["benchmark", "--year", "2024", "--municipality", "Utrecht", "--municipality", "Zwolle"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
    }
}
