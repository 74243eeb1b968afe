import ETEModel
import Foundation

extension Day {
    /// Today in the local time zone (the day a publication is recorded).
    public static var today: Day {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
