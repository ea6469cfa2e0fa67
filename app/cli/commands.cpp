#include "command.h"

namespace closeloop::cli {

Command *makeInitCommand();
Command *makeCheckCommand();
Command *makeSeedDemoCommand();
Command *makeCopyToCommand();
Command *makePeopleCommand();
Command *makeCoeCommand();
Command *makeLintCommand();
Command *makeActionsCommand();
Command *makeCalcCommand();
Command *makeOrrCommand();
Command *makeSpinCommand();
Command *makeReportCommand();
Command *makeSettingsCommand();
Command *makeExportCommand();
Command *makeImportCommand();
Command *makeSearchCommand();
Command *makeBackupCommand();
Command *makeRestoreCommand();
Command *makeBatchCommand();

QList<Command *> allCommands()
{
    return { makeInitCommand(), makeCheckCommand(), makeSeedDemoCommand(), makeCoeCommand(), makeActionsCommand(), makeCalcCommand(), makeOrrCommand(), makeLintCommand(), makeSettingsCommand(), makeSpinCommand(), makeReportCommand(), makeExportCommand(), makeImportCommand(), makeSearchCommand(), makeCopyToCommand(), makePeopleCommand(), makeBackupCommand(), makeRestoreCommand(), makeBatchCommand() };
}

} // namespace closeloop::cli
