#pragma once

// Golden files: a report's exact text, kept under tests/data/golden/. When a
// template changes on purpose, run the test with CLOSELOOP_UPDATE_GOLDEN=1 to
// rewrite the file, and read the diff before committing it.

#include <QFile>
#include <QString>
#include <QTest>

namespace closeloop::test {

inline QString goldenPath(const QString &name)
{
    return QStringLiteral(CLOSELOOP_TEST_DATA "/golden/") + name;
}

inline bool writeGoldenRequested()
{
    return qEnvironmentVariableIsSet("CLOSELOOP_UPDATE_GOLDEN");
}

} // namespace closeloop::test

#define CLOSELOOP_COMPARE_GOLDEN(name, actual)                                                             \
    do {                                                                                                   \
        const QString goldenFile_ = closeloop::test::goldenPath(name);                                     \
        if (closeloop::test::writeGoldenRequested()) {                                                     \
            QFile out_(goldenFile_);                                                                       \
            QVERIFY(out_.open(QIODevice::WriteOnly | QIODevice::Truncate));                                \
            out_.write((actual).toUtf8());                                                                 \
        }                                                                                                  \
        QFile in_(goldenFile_);                                                                            \
        QVERIFY2(in_.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file ") + goldenFile_)); \
        QCOMPARE(actual, QString::fromUtf8(in_.readAll()));                                                \
    } while (false)
