#if canImport(Glibc)
    import Glibc
#endif

/// Allocator settings for runs that write many files in a row.
enum MemoryTuning {
    /// glibc hands freed memory back to the kernel after every workbook, and the next workbook
    /// faults it in again (about 10,000 `madvise` calls for the 343 demo workbooks). A higher trim
    /// threshold keeps up to 64 MB for reuse; peak memory stays about the same, since the next
    /// workbook needs it anyway. `mallopt` is looked up at run time: Swift's Glibc module does not
    /// include malloc.h, and on another C library the call is simply skipped.
    static func keepFreedMemoryBetweenFiles() {
        #if canImport(Glibc)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in glibc's malloc.h
            _ = unsafeBitCast(symbol, to: MallOpt.self)(trimThreshold, 64 << 20)
        #endif
    }
}
