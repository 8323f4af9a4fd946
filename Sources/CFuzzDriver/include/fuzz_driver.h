#ifndef MORGUE_FUZZ_DRIVER_H
#define MORGUE_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

typedef int (*morgue_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver on `callback` when libFuzzer is linked in (a build with
/// `-sanitize=fuzzer`, see scripts/fuzz); returns -1 at once when it is not.
int morgue_fuzz_run(int *argc, char ***argv, morgue_fuzz_callback callback);

#endif
