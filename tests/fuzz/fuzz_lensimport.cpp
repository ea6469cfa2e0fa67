// libFuzzer target: reading a Well-Architected custom lens (JSON) as an
// axiom library.
#include "orr/wellarchitectedlens.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto library = closeloop::axiomLibraryFromLens(json, QStringLiteral("fuzz.json"));
    (void)library;
    return 0;
}
