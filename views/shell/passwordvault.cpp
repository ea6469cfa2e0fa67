#include "passwordvault.h"
#include "domain/translate.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace closeloop {

namespace {

const QString kService = QStringLiteral("Closeloop team server");

QString tr(const char *text)
{
    return translateIn("closeloop::KeychainVault", text);
}

// QtKeychain's jobs answer through a signal; a password is small and the
// keychain local, so waiting for the answer here keeps callers simple.
template <typename Job>
bool runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    // Never fall back to storing the password in a plain file.
    job.setInsecureFallback(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job.error() == QKeychain::NoError;
}

class KeychainVault final : public PasswordVault {
public:
    Result<QString> read(const QString &account) override
    {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(account);
        if (runJob(job))
            return job.textData();
        if (job.error() == QKeychain::EntryNotFound)
            return QString();
        return Error { tr("The system keychain could not be read (%1); enter the password.").arg(job.errorString()) };
    }

    Status write(const QString &account, const QString &password) override
    {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(account);
        job.setTextData(password);
        if (runJob(job))
            return {};
        return Error { tr("The password could not be stored in the system keychain (%1), so it will be asked for "
                          "next time. It was not written anywhere else.").arg(job.errorString()) };
    }

    Status forget(const QString &account) override
    {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(account);
        if (runJob(job) || job.error() == QKeychain::EntryNotFound)
            return {};
        return Error { tr("The password could not be removed from the system keychain: %1").arg(job.errorString()) };
    }
};

PasswordVault *g_testVault = nullptr;

} // namespace

PasswordVault &PasswordVault::current()
{
    static KeychainVault keychain;
    return g_testVault ? *g_testVault : keychain;
}

void PasswordVault::replaceForTests(PasswordVault *vault)
{
    g_testVault = vault;
}

} // namespace closeloop
