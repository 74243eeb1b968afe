import CXlsxWriter

/// A libxlsxwriter error code, with the operation that produced it.
public struct XlsxError: Error, CustomStringConvertible, Equatable {
    /// The raw `lxw_error` value.
    public let code: UInt32
    public let operation: String

    init(_ error: lxw_error, operation: String) {
        code = error.rawValue
        self.operation = operation
    }

    /// libxlsxwriter's own description of the code, e.g. "Worksheet name is already in use."
    public var reason: String { String(cString: lxw_strerror(lxw_error(rawValue: code))) }

    public var description: String { "\(operation): \(reason)" }

    /// The common failures in Dutch, the rest with libxlsxwriter's own words in brackets.
    public var dutchReason: String {
        switch lxw_error(rawValue: code) {
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: "een tekst is langer dan de 32.767 tekens die Excel in een cel toestaat"
        case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE:
            "het bestand kon niet worden aangemaakt; controleer map, rechten en vrije ruimte"
        case LXW_ERROR_MEMORY_MALLOC_FAILED: "onvoldoende geheugen"
        default: "fout in libxlsxwriter bij \(operation): \(reason)"
        }
    }

    /// Throws when `error` is not LXW_NO_ERROR.
    static func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws {
        if error != LXW_NO_ERROR { throw XlsxError(error, operation: operation()) }
    }
}
