// The scans are inline functions in include/byte_scan.h; this file only makes the target a C
// library for the package manager.
#include "byte_scan.h"
