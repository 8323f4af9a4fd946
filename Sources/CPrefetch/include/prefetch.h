#ifndef MORGUE_PREFETCH_H
#define MORGUE_PREFETCH_H

/// Asks the processor to bring the cache line at `address` in for writing, so that a
/// hash-table insert a few steps later does not wait for memory. Swift has no intrinsic
/// for it; the n-gram tables use it (Sources/Engine/Statistics/NGramTable.swift).
static inline void morgue_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/// The same for a line that will be read: the vocabulary's probes while tokenizing
/// (Sources/Archive/Model/ArchiveBuilder.swift).
static inline void morgue_prefetch_for_read(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
