// libFuzzer target: importing a Closeloop JSON file into a database. Each
// input is imported into the same scratch database inside a transaction
// that is rolled back, so every input meets the same empty database.
#include "storage/database.h"
#include "storage/recordexchange.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

closeloop::Database &scratch()
{
    static QTemporaryDir dir;
    static std::unique_ptr<closeloop::Database> db = [] {
        closeloop::OpenOptions options;
        options.path = dir.filePath(QStringLiteral("fuzz.db"));
        options.create = true;
        auto opened = closeloop::Database::openSqlite(options);
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_jsonimport";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    closeloop::Database &db = scratch();
    db.beginTransaction();
    const auto outcome = closeloop::importRecords(db, doc.object(), QStringLiteral("fuzz.json"));
    (void)outcome;
    db.rollbackTransaction();
    return 0;
}
