#include "identitybox.h"
#include "settings/preferences.h"

#include "databasesession.h"
#include "storage/personrepository.h"

#include <QAbstractListModel>
#include <QSettings>

namespace closeloop {

namespace {

// The people to choose from, after a first row that chooses no one. Held
// as read: a thousand names added one by one as combo-box items cost more
// than a millisecond of every start, a reset of this model almost nothing.
class PeopleModel final : public QAbstractListModel {
public:
    using QAbstractListModel::QAbstractListModel;

    void reset(const QString &noOne, QList<PersonName> people)
    {
        beginResetModel();
        m_noOne = noOne;
        m_people = std::move(people);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_people.size()) + 1; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() > m_people.size())
            return {};
        const int row = index.row();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return row == 0 ? m_noOne : m_people.at(row - 1).name;
        case Qt::UserRole:
            return row == 0 ? QVariant() : QVariant::fromValue(m_people.at(row - 1).id);
        default:
            return {};
        }
    }

private:
    QString m_noOne;
    QList<PersonName> m_people;
};

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
    m_people = new PeopleModel(this);
    setModel(m_people);
    connect(this, &QComboBox::activated, this, [this] { remember(); });
}

OptionalId IdentityBox::person() const
{
    const QVariant v = currentData();
    return v.isValid() ? OptionalId(v.toLongLong()) : std::nullopt;
}

void IdentityBox::reload()
{
    const QString noOne = tr("(choose who you are)");
    Database *db = m_session->database();
    if (!db) {
        static_cast<PeopleModel *>(m_people)->reset(noOne, {});
        setCurrentIndex(0);
        Q_EMIT personChanged(std::nullopt);
        return;
    }
    auto people = PersonRepository(*db).names();
    static_cast<PeopleModel *>(m_people)->reset(noOne, people ? std::move(people).value() : QList<PersonName>());
    if (!people)
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
