#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace closeloop::cli {

// Documented exit codes (see the man page and README).
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

struct Context {
    QTextStream &out;
    QTextStream &err;
    QString dbPath; // --db, or the default location
    QString program;
    // --pg: a shared server instead of a file (libpq conninfo or URI).
    QString pgConninfo = {};

    // Opens the database named by --db or --pg; prints the reason and returns null
    // when it cannot be used.
    std::unique_ptr<Database> open(bool create) const;
    // The same for a command that only reads (export, search, report): it
    // skips the check of every page on opening (3.2 s for a 750 MB file), as
    // any damaged page it reads is reported as damage and it writes
    // nothing. `closeloop-cli check` checks the whole file.
    std::unique_ptr<Database> openToRead() const;

private:
    std::unique_ptr<Database> open(OpenOptions options) const;
};

class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `args` are the command's own arguments, without its name.
    virtual int run(const QStringList &args, Context &ctx) = 0;
};

// Parses a command's own arguments. Returns the exit code to stop with
// (a usage error was printed, or --help was answered), or nothing to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args, Context &ctx);

QList<Command *> allCommands();

} // namespace closeloop::cli
