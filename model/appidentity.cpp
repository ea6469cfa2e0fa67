#include "appidentity.h"

#include <QCoreApplication>

namespace closeloop {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("closeloop"));
    QCoreApplication::setOrganizationName(QStringLiteral("closeloop"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("closeloop.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOSELOOP_VERSION));
}

} // namespace closeloop
