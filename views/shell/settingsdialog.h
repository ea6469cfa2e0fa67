#pragma once

#include "settings/preferences.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace closeloop {

class Database;

// File > Settings (Ctrl+,): your own settings on this machine, and the
// team's due-date defaults stored in the open database. OK checks
// everything first and writes nothing when any value is wrong; the
// message names the field.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    // `db` may be null (no database open): the team part is then disabled.
    SettingsDialog(Database *db, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    // After OK stored new settings: apply them.
    void saved(const closeloop::Preferences &preferences);

private:
    Preferences fromFields() const;
    void showProblem(const QString &text);

    Database *m_db;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_database;
    QLineEdit *m_templates;
    QCheckBox *m_blameless;
    QSpinBox *m_autosave;
    std::array<QSpinBox *, 4> m_dueDays {};
    QWidget *m_team = nullptr; // disabled when no database is open
    QLabel *m_problem;
};

// Puts preferences into effect: the template folder reports are rendered
// through and the COE editor's autosave interval.
void applyPreferences(const Preferences &preferences);

} // namespace closeloop
