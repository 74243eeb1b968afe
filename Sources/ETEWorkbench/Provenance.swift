import ETEDemo

/// Where the data of an output comes from, stated once for every front end.
public enum Provenance {
    /// Printed after a run on the fictitious demo data.
    public static var demoNotice: String { DemoDataset.notice }
}
