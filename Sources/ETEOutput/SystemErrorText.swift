import Foundation

/// File-system errors (Foundation's NSCocoaErrorDomain, POSIX errno) in Dutch, so that no raw
/// system text reaches the user.
public enum SystemErrorText {
    public static func dutch(_ error: Error) -> String {
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: error.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "bestand of map bestaat niet"
            case .fileReadNoPermission, .fileWriteNoPermission: return "geen toestemming (controleer de rechten)"
            case .fileWriteOutOfSpace: return "de schijf is vol"
            case .fileWriteVolumeReadOnly: return "de schijf is alleen-lezen"
            case .fileWriteFileExists: return "er staat al een bestand met die naam"
            case .fileReadCorruptFile, .fileReadUnknownStringEncoding, .fileReadInapplicableStringEncoding:
                return "het bestand is onleesbaar of heeft een onbekende tekenset"
            case .fileReadTooLarge: return "het bestand is te groot"
            case .fileWriteInvalidFileName: return "ongeldige bestandsnaam"
            default: break
            }
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return dutch(underlying) }
            return "bestandsfout (code \(error.code))"
        }
        if error.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(error.code)) {
            return posix(code)
        }
        return unknown
    }

    public static let unknown = "onbekende systeemfout"

    /// Whether the file system holding `folder` has (almost) no room left.
    public static func isFull(_ folder: URL) -> Bool {
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }

    public static func posix(_ code: POSIXErrorCode) -> String {
        switch code {
        case .ENOENT: "bestand of map bestaat niet"
        case .EACCES, .EPERM: "geen toestemming (controleer de rechten)"
        case .ENOSPC: "de schijf is vol"
        case .EROFS: "de schijf is alleen-lezen"
        case .EISDIR: "dit is een map, geen bestand"
        case .ENOTDIR: "een deel van het pad is geen map"
        case .EEXIST: "er staat al een bestand met die naam"
        case .ENAMETOOLONG: "de bestandsnaam is te lang"
        case .EXDEV: "tijdelijk bestand en doel staan op verschillende schijven"
        default: "systeemfout \(code.rawValue)"
        }
    }
}
