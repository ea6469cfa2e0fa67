#include "identitybox.h"
#include "settings/preferences.h"

#include "databasesession.h"
#include "storage/personrepository.h"

#include <QSettings>

namespace closeloop {

namespace {

QString settingsKey(const Database &db)
{
    return prefkeys::identityGroup + QLatin1Char('/') + QString::fromLatin1(db.path().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

IdentityBox::IdentityBox(DatabaseSession *session, QWidget *parent) : QComboBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("identity"));
    setAccessibleName(tr("Working as"));
    setMinimumContentsLength(18);
    // Sized to 18 characters, not to the longest of what may be a thousand
    // names: measuring them all held up every start.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, [this] { remember(); });
}

OptionalId IdentityBox::person() const
{
    const QVariant v = currentData();
    return v.isValid() ? OptionalId(v.toLongLong()) : std::nullopt;
}

void IdentityBox::reload()
{
    clear();
    addItem(tr("(choose who you are)"), QVariant());
    Database *db = m_session->database();
    if (!db) {
        Q_EMIT personChanged(std::nullopt);
        return;
    }
    auto people = PersonRepository(*db).names();
    if (people)
        for (const PersonName &p : people.value())
            addItem(p.name, QVariant::fromValue(p.id));
    else
        Q_EMIT problem(tr("The list of people could not be read, so you cannot choose who you are: %1").arg(people.errorMessage()));
    // On a shared server you are who you signed in as, when an
    // administrator linked your sign-in to a person.
    std::optional<Person> signedIn;
    if (const auto connection = db->sharedConnection())
        if (auto found = PersonRepository(*db).findByLogin(connection->user); found)
            signedIn = found.value();
    setEnabled(!signedIn);
    setToolTip(signedIn ? tr("Signed in to the team database as %1").arg(signedIn->login)
                        : tr("Who you are: your edits, sign-offs and closed action items are recorded under this name."));
    QSettings settings;
    const QVariant saved = signedIn ? QVariant::fromValue(signedIn->id) : settings.value(settingsKey(*db));
    int index = saved.isValid() ? findData(QVariant::fromValue(saved.toLongLong())) : -1;
    // Not chosen here yet: you are the person with the name in Settings.
    if (index < 0 && !saved.isValid()) {
        const QString you = Preferences::load(settings).name;
        if (!you.isEmpty())
            index = findText(you, Qt::MatchFixedString);
    }
    setCurrentIndex(index < 0 ? 0 : index);
    if (person())
        db->setActor(currentText());
    Q_EMIT personChanged(person());
}

void IdentityBox::choose(Id personId)
{
    const int index = findData(QVariant::fromValue(personId));
    if (index < 0)
        return;
    setCurrentIndex(index);
    remember();
}

void IdentityBox::remember()
{
    Database *db = m_session->database();
    if (!db)
        return;
    QSettings().setValue(settingsKey(*db), currentData());
    if (person())
        db->setActor(currentText());
    Q_EMIT personChanged(person());
}

} // namespace closeloop
