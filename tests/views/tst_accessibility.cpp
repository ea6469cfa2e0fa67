// Every input in every form has a name a screen reader can say: its own
// accessible name, or the text of the label it is the buddy of; and a
// tooltip that says what goes in it. The test walks the main window, a COE
// window, an ORR review and the dialogs, and lists every input that lacks
// either.
#include "coe/coewindow.h"
#include "coe/reviewdialog.h"
#include "demo/demodata.h"
#include "orr/newreviewdialog.h"
#include "orr/calculation.h"
#include "orr/calculatorform.h"
#include "orr/orrwindow.h"
#include "orr/reviewrules.h"
#include "orr/reviewworkflow.h"
#include "orr/signoffdialog.h"
#include "shell/backupsdialog.h"
#include "shell/settingsdialog.h"
#include "help/guidedialog.h"
#include "help/tourdialog.h"
#include "shell/connectdialog.h"
#include "shell/databasesession.h"
#include "shell/mainwindow.h"
#include "storage/orrreviewrepository.h"
#include "testsupport.h"
#include "workinggroup/findingdialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

using namespace closeloop;

namespace {

bool isInput(QWidget *w)
{
    if (auto *text = qobject_cast<QTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w) || qobject_cast<QSlider *>(w);
}

// Qt's own parts of a widget (the line edit inside a combo box or spin
// box, an item view's editor) are named through their owner.
bool isPartOfAnother(QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p))
            return true;
    return false;
}

QString where(QWidget *w)
{
    QStringList path;
    for (QWidget *p = w; p; p = p->parentWidget())
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()), path.join(QLatin1Char('/')));
}

QStringList unnamedInputs(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInput(w) || isPartOfAnother(w))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            missing << where(w);
    }
    return missing;
}

// Fields a person fills in say what they are for when hovered: the guide
// is one key away, but a tooltip answers "what goes here?" on the spot.
QStringList inputsWithoutTooltip(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInput(w) || isPartOfAnother(w))
            continue;
        if (w->toolTip().trimmed().isEmpty())
            missing << where(w);
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    void verifyNamed(QWidget *root)
    {
        const QStringList missing = unnamedInputs(root);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 inputs without a name:\n  ").arg(missing.size())
                                               + missing.join(QStringLiteral("\n  "))));
    }

    void verifyExplained(QWidget *root)
    {
        const QStringList missing = inputsWithoutTooltip(root);
        // Each on its own line: Qt Test cuts a long failure message short.
        for (const QString &m : missing)
            qWarning("no tooltip: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 inputs without a tooltip:\n  ").arg(missing.size())
                                               + missing.join(QStringLiteral("\n  "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        {
            auto db = test::openFresh(m_dir, QStringLiteral("demo.db"));
            QVERIFY(seedDemoData(*db));
        }
        m_session = std::make_unique<DatabaseSession>();
        QVERIFY(m_session->open(path, false));
        m_window = std::make_unique<MainWindow>(m_session.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void theMainWindowsInputsAreNamed()
    {
        // Every page, so that each one's filter bar is built.
        for (int i = 0; i < m_window->pageCount(); ++i)
            m_window->page(i);
        m_window->dashboard(); // pages built when first opened
        m_window->weeklyReview();
        verifyNamed(m_window.get());
        verifyExplained(m_window.get());
    }

    void aCoeWindowsInputsAreNamed()
    {
        QString error;
        std::unique_ptr<CoeWindow> w(CoeWindow::open(*m_session->database(), 1, nullptr, &error));
        QVERIFY2(w, qPrintable(error));
        w->show();
        verifyNamed(w.get());
        verifyExplained(w.get());
    }

    void anOrrReviewsInputsAreNamed()
    {
        auto reviews = OrrReviewRepository(*m_session->database()).list();
        QVERIFY(reviews && !reviews->isEmpty());
        QString error;
        std::unique_ptr<OrrWindow> w(OrrWindow::open(*m_session->database(), reviews->first().id, nullptr, &error));
        QVERIFY2(w, qPrintable(error));
        w->show();
        verifyNamed(w.get());
        verifyExplained(w.get());
    }

    // The ORR calculators build their fields for the axiom on screen.
    void everyCalculatorsInputsAreExplained()
    {
        for (const CalculatorInfo &info : calculators()) {
            CalculatorForm form;
            form.setCalculator(info.id, {});
            QCOMPARE(form.findChildren<QLineEdit *>().size(), info.fields.size());
            verifyNamed(&form);
            verifyExplained(&form);
        }
    }

    void theDialogsInputsAreNamed()
    {
        BackupsDialog backups(m_session.get(), [] { return true; });
        verifyNamed(&backups);
        verifyExplained(&backups);
        ConnectDialog connect([](const PgConnection &) { return Status(); });
        verifyNamed(&connect);
        verifyExplained(&connect);
        ReviewDialog review(QStringLiteral("Quinn"), {});
        verifyNamed(&review);
        verifyExplained(&review);
        NewReviewDialog newReview({}, {}, {}, 0, QDate(2026, 11, 22), nullptr);
        verifyNamed(&newReview);
        verifyExplained(&newReview);
        FindingDialog finding(Finding {}, FindingDialog::Context {}, nullptr);
        verifyNamed(&finding);
        verifyExplained(&finding);
        SettingsDialog settings(m_session->database());
        verifyNamed(&settings);
        verifyExplained(&settings);
        GuideDialog guide;
        verifyNamed(&guide);
        verifyExplained(&guide);
        auto context = loadReviewContext(*m_session->database(), 1);
        QVERIFY(context);
        SignOffDialog signOff(context.value(), signOffSummary(context->review, context->axioms, QDate(2026, 11, 22)), {}, {},
                              nullptr);
        verifyNamed(&signOff);
        verifyExplained(&signOff);
        TourDialog tour;
        verifyNamed(&tour);
        verifyExplained(&tour);
    }

    // The walk finds the inputs at all (a test that sees none passes).
    void theWalkSeesTheInputs()
    {
        QString error;
        std::unique_ptr<CoeWindow> w(CoeWindow::open(*m_session->database(), 1, nullptr, &error));
        QVERIFY(w);
        int inputs = 0;
        for (QWidget *c : w->findChildren<QWidget *>())
            inputs += isInput(c) && !isPartOfAnother(c) ? 1 : 0;
        QVERIFY2(inputs > 30, qPrintable(QString::number(inputs)));
        auto *unnamed = new QLineEdit(w.get());
        QCOMPARE(unnamedInputs(w.get()).size(), 1);
        QCOMPARE(inputsWithoutTooltip(w.get()).size(), 1);
        delete unnamed;
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
