import ETEDemo
import ETEModel
import Foundation

/// Where the data of an output comes from, stated once for every front end.
public enum Provenance {
    /// Printed after a run on the fictitious demo data.
    public static var demoNotice: String { DemoDataset.notice }
}

extension Day {
    /// Today in the local time zone (the day a publication is recorded).
    public static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
