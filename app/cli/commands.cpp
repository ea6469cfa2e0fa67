#include "command.h"

namespace closeloop::cli {

Command *makeInitCommand();
Command *makeCheckCommand();
Command *makeSeedDemoCommand();
Command *makeCoeCommand();
Command *makeLintCommand();
Command *makeActionsCommand();
Command *makeCalcCommand();
Command *makeOrrCommand();
Command *makeSpinCommand();
Command *makeReportCommand();
Command *makeSettingsCommand();

QList<Command *> allCommands()
{
    return { makeInitCommand(), makeCheckCommand(), makeSeedDemoCommand(), makeCoeCommand(), makeActionsCommand(), makeCalcCommand(), makeOrrCommand(), makeLintCommand(), makeSettingsCommand(), makeSpinCommand(), makeReportCommand() };
}

} // namespace closeloop::cli
