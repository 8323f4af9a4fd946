import CDeflate
import CZlib

/// Gzip decompression, for `.gz` files. The first member is inflated in one call by
/// libdeflate, into a buffer of the size the gzip trailer states (twice as fast as zlib:
/// 0.5 s against 1.1 s for AllSides). zlib reads what libdeflate cannot: the members after
/// the first (as `cat a.gz b.gz` makes), a member larger than the trailer says, and damaged
/// data, where it keeps what came before the damage and says why it stopped.
enum Gzip {
    struct Inflated {
        var bytes: [UInt8]
        /// Why decompression stopped early, when it did; `bytes` then holds what came before.
        var problem: String?
    }

    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    static func inflate(_ compressed: [UInt8]) -> Inflated {
        compressed.withUnsafeBufferPointer { input in
            guard let first = inflateFirstMember(input) else { return inflateStream(input, after: []) }
            if first.consumed == input.count { return Inflated(bytes: first.bytes) }
            return inflateStream(UnsafeBufferPointer(rebasing: input[first.consumed...]), after: first.bytes)
        }
    }

    /// DEFLATE's largest ratio is about 1032 to 1; a trailer that claims more is not this
    /// member's size.
    private static let largestRatio = 1032

    /// The first member, and how many bytes of `input` it took; nil when it is not whole
    /// and valid within the size the last four bytes state (the size of the last member,
    /// modulo 4 GB).
    private static func inflateFirstMember(_ input: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], consumed: Int)? {
        guard input.count >= 18, let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        let n = input.count
        let stated = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
        guard stated > 0, stated <= n * largestRatio else { return nil }
        var consumed = 0
        var ok = false
        let bytes = [UInt8](unsafeUninitializedCapacity: stated) { output, count in
            var written = 0
            let result = libdeflate_gzip_decompress_ex(decompressor, input.baseAddress, n, output.baseAddress, stated,
                                                       &consumed, &written)
            ok = result == LIBDEFLATE_SUCCESS
            count = ok ? written : 0
        }
        return ok ? (bytes, consumed) : nil
    }

    /// The gzip members of `input` through zlib's stream, after `output`.
    private static func inflateStream(_ input: UnsafeBufferPointer<UInt8>, after output: [UInt8]) -> Inflated {
        var output = output
        output.reserveCapacity(output.count + input.count * 3)
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return Inflated(bytes: output, problem: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        while true {
            let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
            switch status {
            case Z_OK:
                if stream.avail_in == 0 && stream.avail_out != 0 {
                    return Inflated(bytes: output, problem: "the gzip data is truncated")
                }
            case Z_STREAM_END:
                // Another gzip member may follow.
                guard stream.avail_in > 0, inflateReset(&stream) == Z_OK else { return Inflated(bytes: output) }
            case Z_BUF_ERROR:
                return Inflated(bytes: output, problem: "the gzip data is truncated")
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                return Inflated(bytes: output, problem: "the gzip data is corrupt (\(message))")
            }
        }
    }
}
