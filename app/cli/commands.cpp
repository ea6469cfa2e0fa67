#include "command.h"

namespace closeloop::cli {

Command *makeInitCommand();
Command *makeCheckCommand();
Command *makeSeedDemoCommand();
Command *makeCoeCommand();

QList<Command *> allCommands()
{
    return { makeInitCommand(), makeCheckCommand(), makeSeedDemoCommand(), makeCoeCommand() };
}

} // namespace closeloop::cli
