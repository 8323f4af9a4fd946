#include "fuzz_driver.h"

// Weak, so that the same program links without libFuzzer and then replays inputs instead.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) __attribute__((weak));

int morgue_fuzz_run(int *argc, char ***argv, morgue_fuzz_callback callback) {
    if (!LLVMFuzzerRunDriver) return -1;
    return LLVMFuzzerRunDriver(argc, argv, callback);
}
