#include "command.h"

namespace closeloop::cli {

Command *makeInitCommand();
Command *makeCheckCommand();
Command *makeSeedDemoCommand();
Command *makeCoeCommand();
Command *makeLintCommand();

QList<Command *> allCommands()
{
    return { makeInitCommand(), makeCheckCommand(), makeSeedDemoCommand(), makeCoeCommand(), makeLintCommand() };
}

} // namespace closeloop::cli
