// libFuzzer target: the Markdown postmortem importer, on any bytes.
#include "import/postmortem.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const closeloop::ImportedPostmortem pm = closeloop::parsePostmortem(text, QStringLiteral("fuzz.md"));
    (void)pm;
    return 0;
}
