#include "settingsdialog.h"

#include "actions/duepolicy.h"
#include "coe/coewindow.h"
#include "filedialogs.h"
#include "look/tones.h"
#include "report/reporttemplates.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace closeloop {

namespace {

// A path field with a Browse button beside it.
QWidget *withBrowse(QLineEdit *field, const QString &buttonText, std::function<QString()> browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    auto *button = new QPushButton(buttonText, row);
    button->setAccessibleName(buttonText + QLatin1Char(' ') + field->accessibleName());
    QObject::connect(button, &QPushButton::clicked, field, [field, browse = std::move(browse)] {
        const QString chosen = browse();
        if (!chosen.isEmpty())
            field->setText(QDir::toNativeSeparators(chosen));
    });
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_templates(new QLineEdit(this))
    , m_blameless(new QCheckBox(tr("Replace names with roles in reports by default"), this))
    , m_autosave(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    QSettings settings;
    const Preferences current = Preferences::load(settings);

    m_name->setObjectName(QStringLiteral("yourName"));
    m_name->setText(current.name);
    m_name->setToolTip(tr("Preselected as \"Working as\" in a database where a person has this name"));
    m_role->setObjectName(QStringLiteral("yourRole"));
    m_role->setText(current.role);
    m_role->setPlaceholderText(tr("e.g. on-call engineer, Payments"));
    m_role->setToolTip(tr("Offered as your role when Closeloop adds you to a database"));

    m_database->setObjectName(QStringLiteral("defaultDatabase"));
    m_database->setAccessibleName(tr("Default database"));
    m_database->setText(QDir::toNativeSeparators(current.defaultDatabase));
    m_database->setPlaceholderText(QDir::toNativeSeparators(defaultDatabasePath()));
    m_database->setToolTip(tr("The file Closeloop opens when started without --db; empty for the standard place"));
    m_templates->setObjectName(QStringLiteral("templateFolder"));
    m_templates->setAccessibleName(tr("Template folder"));
    m_templates->setText(QDir::toNativeSeparators(current.templateFolder));
    m_templates->setPlaceholderText(QDir::toNativeSeparators(ReportTemplates::userFolder()));
    m_templates->setToolTip(tr("Report templates here replace the shipped ones of the same name; empty for the standard place"));
    m_blameless->setObjectName(QStringLiteral("blamelessByDefault"));
    m_blameless->setChecked(current.blamelessByDefault);
    m_blameless->setToolTip(tr("The first choice offered when exporting a COE: a blameless report for readers outside the team"));
    m_autosave->setObjectName(QStringLiteral("autosaveSeconds"));
    m_autosave->setRange(Preferences::kMinAutosave, Preferences::kMaxAutosave);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(current.autosaveSeconds);
    m_autosave->setToolTip(tr("How soon after you stop typing a recovery draft of an open COE is kept"));

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_name);
    youForm->addRow(tr("&Role:"), m_role);

    auto *files = new QGroupBox(tr("Files and reports"), this);
    auto *filesForm = new QFormLayout(files);
    auto *databaseLabel = new QLabel(tr("Default &database:"), files);
    databaseLabel->setBuddy(m_database);
    filesForm->addRow(databaseLabel, withBrowse(m_database, tr("Browse..."), [this] { return FileDialogs::openDatabase(this); }, files));
    auto *templatesLabel = new QLabel(tr("&Template folder:"), files);
    templatesLabel->setBuddy(m_templates);
    filesForm->addRow(templatesLabel,
                      withBrowse(m_templates, tr("Browse..."), [this] { return FileDialogs::openFolder(this, tr("Template Folder")); }, files));
    filesForm->addRow(QString(), m_blameless);
    filesForm->addRow(tr("&Autosave drafts after:"), m_autosave);

    auto *team = new QGroupBox(tr("Team: due dates of new action items (stored in this database)"), this);
    team->setObjectName(QStringLiteral("teamSettings"));
    auto *teamForm = new QFormLayout(team);
    auto policy = db ? DueDatePolicy::load(*db) : Result<DueDatePolicy>(DueDatePolicy {});
    for (int p = 0; p < 4; ++p) {
        auto *days = new QSpinBox(team);
        days->setObjectName(QStringLiteral("dueDaysP%1").arg(p));
        days->setRange(1, 3650);
        days->setSuffix(tr(" days"));
        days->setValue(policy ? policy->days[p] : DueDatePolicy {}.days[p]);
        days->setToolTip(tr("A new P%1 action item is due this many days after it is created").arg(p));
        teamForm->addRow(tr("P&%1:").arg(p), days);
        m_dueDays[p] = days;
    }
    team->setEnabled(db != nullptr);
    m_team = team;
    if (!db)
        team->setTitle(tr("Team: due dates of new action items (open a database to change them)"));

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(noticeStyleSheet());
    m_problem->hide();
    if (!policy)
        showProblem(policy.errorMessage());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(files);
    layout->addWidget(team);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

Preferences SettingsDialog::fromFields() const
{
    Preferences p;
    p.name = m_name->text().trimmed();
    p.role = m_role->text().trimmed();
    p.defaultDatabase = QDir::fromNativeSeparators(m_database->text().trimmed());
    p.templateFolder = QDir::fromNativeSeparators(m_templates->text().trimmed());
    p.blamelessByDefault = m_blameless->isChecked();
    p.autosaveSeconds = m_autosave->value();
    return p;
}

void SettingsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void SettingsDialog::accept()
{
    const Preferences wanted = fromFields();
    // Everything is checked before anything is written.
    if (auto s = wanted.check(); !s) {
        showProblem(s.errorMessage());
        return;
    }
    DueDatePolicy policy;
    for (int p = 0; p < 4; ++p)
        policy.days[p] = m_dueDays[p]->value();
    // The database first: of the two writes it is the one that can be
    // refused (a role without rights, a lost connection), and then the
    // personal settings stay as they were too.
    if (m_db && m_team->isEnabled()) {
        auto stored = DueDatePolicy::load(*m_db);
        if (!stored) {
            showProblem(tr("The team's due dates could not be read, so nothing was saved. %1").arg(stored.errorMessage()));
            return;
        }
        if (stored->days != policy.days)
            if (auto s = policy.saveAll(*m_db); !s) {
                showProblem(tr("The team's due dates were not saved, nor were your settings. %1").arg(s.errorMessage()));
                return;
            }
    }
    QSettings settings;
    if (auto s = wanted.save(settings); !s) {
        showProblem(s.errorMessage());
        return;
    }
    Q_EMIT saved(wanted);
    QDialog::accept();
}

void applyPreferences(const Preferences &preferences)
{
    ReportTemplates::setUserFolder(preferences.templateFolder.isEmpty() ? QString() : preferences.templateFolder);
    CoeWindow::setAutosaveDelay(preferences.autosaveSeconds * 1000);
}

} // namespace closeloop
