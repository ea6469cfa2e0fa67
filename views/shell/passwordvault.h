#pragma once

#include "domain/result.h"

#include <QString>

namespace closeloop {

// Where team-server passwords are kept: the system keychain (Secret
// Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain, never a settings file. Tests put a vault of their own in.
class PasswordVault {
public:
    virtual ~PasswordVault() = default;
    // The stored password, or empty when none is stored for `account`.
    virtual Result<QString> read(const QString &account) = 0;
    virtual Status write(const QString &account, const QString &password) = 0;
    virtual Status forget(const QString &account) = 0;

    static PasswordVault &current();
    // For tests: use `vault` (not owned) instead of the system keychain;
    // nullptr goes back to the keychain.
    static void replaceForTests(PasswordVault *vault);
};

} // namespace closeloop
