#ifndef MORGUE_BYTE_SCAN_H
#define MORGUE_BYTE_SCAN_H

// Scans over UTF-8 text sixteen bytes at a step with SSE2, which every x86-64 processor has:
// a JSON string's plain run, the next byte that may begin a quote mark, a line end, a byte
// beyond ASCII, a capital, a count of Unicode scalars. Swift's SIMD types did not become
// these instructions; its eight-byte scans (Sources/Archive/Text/ByteScan.swift) do the
// scans within a word, which measured faster so, and all of them on other processors. Static
// and inline, so Swift inlines them at their calls. Each returns `end` when nothing matches.

#include <stddef.h>
#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/// The offset of the first byte in `start..<end` that is a quote mark, a backslash or a
/// control character (below U+0020): what ends a run of plain bytes in a JSON string.
static inline long morgue_next_string_special(const uint8_t *text, long start, long end) {
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    // Below 0x20 as signed bytes: 0x00-0x1F are less than 0x20, and bytes from 0x80 are
    // negative, so they are taken out again by their high bit.
    const __m128i space = _mm_set1_epi8(0x20);
    long i = start;
    for (; i + 16 <= end; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + i));
        __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash));
        int control = _mm_movemask_epi8(_mm_cmplt_epi8(bytes, space)) & ~_mm_movemask_epi8(bytes);
        int mask = _mm_movemask_epi8(special) | control;
        if (mask != 0) return i + __builtin_ctz((unsigned)mask);
    }
    for (; i < end; i++) {
        uint8_t byte = text[i];
        if (byte == '"' || byte == '\\' || byte < 0x20) return i;
    }
    return end;
}

/// The offset of the first byte in `start..<end` that may begin a quote mark, a markup tag
/// or a paragraph break: `"`, `<`, a line feed or any byte beyond ASCII.
static inline long morgue_next_mark_candidate(const uint8_t *text, long start, long end) {
    const __m128i quote = _mm_set1_epi8('"'), tag = _mm_set1_epi8('<'), lineFeed = _mm_set1_epi8('\n');
    long i = start;
    for (; i + 16 <= end; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + i));
        __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, tag)),
                                     _mm_cmpeq_epi8(bytes, lineFeed));
        int mask = _mm_movemask_epi8(marks) | _mm_movemask_epi8(bytes);   // the high bit: beyond ASCII
        if (mask != 0) return i + __builtin_ctz((unsigned)mask);
    }
    for (; i < end; i++) {
        uint8_t byte = text[i];
        if (byte == '"' || byte == '<' || byte == '\n' || byte >= 0x80) return i;
    }
    return end;
}

/// The offset of the first line feed or carriage return in `start..<end`.
static inline long morgue_next_line_end(const uint8_t *text, long start, long end) {
    const __m128i lineFeed = _mm_set1_epi8('\n'), carriageReturn = _mm_set1_epi8('\r');
    long i = start;
    for (; i + 16 <= end; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + i));
        int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, lineFeed), _mm_cmpeq_epi8(bytes, carriageReturn)));
        if (mask != 0) return i + __builtin_ctz((unsigned)mask);
    }
    for (; i < end; i++) {
        if (text[i] == '\n' || text[i] == '\r') return i;
    }
    return end;
}

/// The offset of the first byte beyond ASCII in `start..<end`.
static inline long morgue_next_non_ascii(const uint8_t *text, long start, long end) {
    long i = start;
    for (; i + 16 <= end; i += 16) {
        int mask = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(text + i)));
        if (mask != 0) return i + __builtin_ctz((unsigned)mask);
    }
    for (; i < end; i++) {
        if (text[i] >= 0x80) return i;
    }
    return end;
}

/// The lanes of `bytes` from `low` to `high` (ASCII), as all ones: shifted so the range
/// starts at the lowest signed byte, one signed comparison tells it (SSE2 has no unsigned one).
static inline __m128i morgue_lanes_in_range(__m128i bytes, char low, char high) {
    __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8((char)(0x80 - low)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(-128 + (high - low + 1))));
}

/// One bit for each of the sixteen bytes at `block` that is an ASCII capital.
static inline unsigned morgue_capital_mask(const uint8_t *block) {
    return (unsigned)_mm_movemask_epi8(morgue_lanes_in_range(_mm_loadu_si128((const __m128i *)block), 'A', 'Z'));
}

/// The offset of the first ASCII capital in `start..<end`, sixteen bytes at a step: the
/// names in a paragraph, the surnames since a full name. Fewer than sixteen left are read as
/// the last sixteen bytes before `end`, the lanes before `start` shifted out, rather than a
/// byte at a time.
static inline long morgue_next_capital(const uint8_t *text, long start, long end) {
    long i = start;
    for (; i + 16 <= end; i += 16) {
        unsigned mask = morgue_capital_mask(text + i);
        if (mask != 0) return i + __builtin_ctz(mask);
    }
    if (i >= end) return end;
    unsigned mask;
    if (end >= 16) {
        long block = end - 16;
        mask = morgue_capital_mask(text + block) >> (i - block);
    } else {
        uint8_t last[16] = {0};
        for (long k = i; k < end; k++) last[k - i] = text[k];
        mask = morgue_capital_mask(last);
    }
    return mask != 0 ? i + __builtin_ctz(mask) : end;
}

/// How many Unicode scalars start in `start..<end`: the bytes that are not continuation
/// bytes (10xxxxxx).
static inline long morgue_scalar_count(const uint8_t *text, long start, long end) {
    // A continuation byte is below -64 (0xC0) as a signed byte.
    const __m128i leadMinimum = _mm_set1_epi8((char)0xC0);
    long continuation = 0;
    long i = start;
    for (; i + 16 <= end; i += 16) {
        __m128i bytes = _mm_loadu_si128((const __m128i *)(text + i));
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(bytes, leadMinimum));
        if (mask != 0) continuation += __builtin_popcount(mask);   // most runs are ASCII
    }
    for (; i < end; i++) continuation += (text[i] & 0xC0) == 0x80;
    return (end - start) - continuation;
}

#endif

#endif
