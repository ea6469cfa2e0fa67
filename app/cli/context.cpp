#include "command.h"


namespace closeloop::cli {

std::unique_ptr<Database> Context::open(bool create) const
{
    OpenOptions options;
    options.path = dbPath;
    options.create = create;
    auto db = Database::openSqlite(options);
    if (!db) {
        err << program << ": " << db.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace closeloop::cli
