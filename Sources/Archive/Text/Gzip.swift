import CZlib

/// Gzip decompression through zlib, for `.gz` files (several members are read in turn).
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
        var output = [UInt8]()
        output.reserveCapacity(compressed.count * 3)
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return Inflated(bytes: [], problem: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var problem: String?
        compressed.withUnsafeBufferPointer { input in
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
                        problem = "the gzip data is truncated"
                        return
                    }
                case Z_STREAM_END:
                    // Another gzip member may follow (as `cat a.gz b.gz` makes).
                    guard stream.avail_in > 0, inflateReset(&stream) == Z_OK else { return }
                case Z_BUF_ERROR:
                    problem = "the gzip data is truncated"
                    return
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    problem = "the gzip data is corrupt (\(message))"
                    return
                }
            }
        }
        return Inflated(bytes: output, problem: problem)
    }
}
