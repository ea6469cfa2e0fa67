// libFuzzer target: the Five Whys blame linter, on any answer.
#include "lint/blamelinter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const closeloop::BlameLinter linter;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const closeloop::LintResult r = linter.lint(text);
    (void)r;
    return 0;
}
