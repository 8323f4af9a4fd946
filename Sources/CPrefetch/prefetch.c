// The prefetch hint is an inline function in include/prefetch.h; this file only makes the
// target a C library for the package manager.
#include "prefetch.h"
