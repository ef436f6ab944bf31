// The libFuzzer entry point of one fuzz_<name> executable; TOASOAN_FUZZ_TARGET names its function.
#include "tests/fuzz/FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Inputs past 64 KiB find nothing the smaller ones do not, and slow every run down.
    if (size > 64 * 1024) {
        return -1;
    }
    TOASOAN_FUZZ_TARGET(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
