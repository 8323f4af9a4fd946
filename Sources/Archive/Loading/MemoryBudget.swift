#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a load fits in memory, asked before any file is read: an archive too large for
/// the machine fails with a message that names the sizes, instead of being killed by the
/// kernel halfway through.
struct MemoryBudget {
    /// Memory a load takes at its peak per byte of source text: AllSides' 243 MB of JSON
    /// Lines peak at 0.95 GB (3.9 times; docs/performance.md), Reuters-21578's 25 MB at
    /// 117 MB (4.7 times: the program's own memory counts for more in a small archive), so
    /// 6 leaves some room.
    static let bytesPerSourceByte = 6
    /// What the program takes before any archive.
    static let baseline = 64 << 20

    /// The bytes the files hold once decompressed.
    let sourceBytes: Int
    /// The memory free for the load, and where that figure comes from.
    let available: (bytes: Int, source: String)?

    var needed: Int { Self.baseline + sourceBytes * Self.bytesPerSourceByte }

    /// Returns to the system the memory a load freed: the parsed records and the per-core
    /// token chunks. The C library keeps freed memory for later allocations, so without this
    /// a session held a quarter gigabyte of it for AllSides (docs/performance.md).
    static func giveBackFreedMemory() {
        #if canImport(Glibc)
        // glibc's malloc_trim, which the Glibc module does not declare; found at run time,
        // so another C library simply goes without.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let program = dlopen(nil, RTLD_NOW), let trim = dlsym(program, "malloc_trim") else { return }
        _ = unsafeBitCast(trim, to: Trim.self)(0)
        #endif
    }

    /// `limit`: the bytes the user allows (`MORGUE_MEMORY_LIMIT`), else the system is asked.
    init(files: [String], limit: Int?) {
        sourceBytes = files.reduce(0) { $0 + Self.decompressedSize($1) }
        available = limit.map { ($0, "MORGUE_MEMORY_LIMIT") } ?? Self.systemAvailable()
    }

    /// Nil when the load fits (or nothing says how much memory there is), else the message.
    var refusal: String? {
        guard let available, needed > available.bytes else { return nil }
        return "the archive holds \(Self.format(sourceBytes)) of text; loading it takes about \(Self.format(needed)) "
            + "of memory, and \(Self.format(available.bytes)) is available (\(available.source)). Load a part of it, "
            + "or set MORGUE_MEMORY_LIMIT to the bytes it may use"
    }

    /// The size of a file's content: a `.gz` file's own record of it, else the file's size.
    /// Only `.gz` files are opened, so that a folder of many small files costs one `stat`
    /// each (a gzip file by another name is counted at its compressed size).
    /// The record is the size modulo 4 GiB; when it is below the compressed size, 4 GiB are
    /// added until it is not (a content of many times 4 GiB is still underestimated).
    static func decompressedSize(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        let size = Int(info.st_size)
        guard size >= 18, path.hasSuffix(".gz"), let file = fopen(path, "rb") else { return size }
        defer { fclose(file) }
        var magic = [UInt8](repeating: 0, count: 2), trailer = [UInt8](repeating: 0, count: 4)
        guard fread(&magic, 1, 2, file) == 2, magic == [0x1F, 0x8B], fseek(file, -4, SEEK_END) == 0,
              fread(&trailer, 1, 4, file) == 4 else { return size }
        let recorded = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
        return recorded >= size ? recorded : recorded + (((size >> 32) + 1) << 32)
    }

    /// The least of the kernel's MemAvailable and what this control group may still take.
    static func systemAvailable() -> (bytes: Int, source: String)? {
        var found: [(bytes: Int, source: String)] = []
        if let meminfo = readSmallFile("/proc/meminfo"),
           let line = meminfo.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
           let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
            found.append((kilobytes * 1024, "MemAvailable in /proc/meminfo"))
        }
        if let limit = readSmallFile("/sys/fs/cgroup/memory.max").flatMap({ Int($0.filter { !$0.isWhitespace }) }),
           let used = readSmallFile("/sys/fs/cgroup/memory.current").flatMap({ Int($0.filter { !$0.isWhitespace }) }) {
            found.append((max(limit - used, 0), "the control group's memory.max"))
        }
        return found.min { $0.bytes < $1.bytes }
    }

    private static func readSmallFile(_ path: String) -> String? {
        guard case .success(let bytes) = FileReader.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func format(_ bytes: Int) -> String {
        let gigabytes = Double(bytes) / Double(1 << 30)
        if gigabytes >= 1 { return "\((gigabytes * 10).rounded() / 10) GB" }
        if bytes >= 1 << 20 { return "\(Int((Double(bytes) / Double(1 << 20)).rounded())) MB" }
        return "\(max(Int((Double(bytes) / 1024).rounded()), 1)) KB"
    }
}
