#include "command.h"

namespace closeloop::cli {

Command *makeInitCommand();
Command *makeCheckCommand();
Command *makeSeedDemoCommand();

QList<Command *> allCommands()
{
    return { makeInitCommand(), makeCheckCommand(), makeSeedDemoCommand() };
}

} // namespace closeloop::cli
