// The memory policy asks for 2 MiB pages where the dashboard's reads first
// touch tens of megabytes: a page fault costs 20 to 30 us on a virtual
// machine. The advice shows in /proc/self/smaps as the "hg" flag of the
// mapping that holds a block.
#include "memorypolicy.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <latch>
#include <thread>

// AddressSanitizer replaces malloc: GCC says so with __SANITIZE_ADDRESS__,
// clang (the sanitizer build's compiler) through __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define CLOSELOOP_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLOSELOOP_OWN_ALLOCATOR 1
#endif
#endif
#ifndef CLOSELOOP_OWN_ALLOCATOR
#define CLOSELOOP_OWN_ALLOCATOR 0
#endif

using namespace closeloop;

namespace {

// Whether the mapping holding `p` carries MADV_HUGEPAGE's flag; nullopt
// when no mapping holds it.
std::optional<bool> hugePagesAdvised(const void *p)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto at = reinterpret_cast<quintptr>(p);
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-'), space = line.indexOf(' ');
        bool fromOk = false, toOk = false;
        const quintptr from = dash > 0 && space > dash ? line.left(dash).toULongLong(&fromOk, 16) : 0;
        const quintptr to = fromOk ? line.mid(dash + 1, space - dash - 1).toULongLong(&toOk, 16) : 0;
        if (fromOk && toOk) { // a mapping's first line: from-to perms offset device inode path
            inside = at >= from && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.split(' ').contains("hg");
        }
    }
    return std::nullopt;
}

} // namespace

class TestMemoryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#if CLOSELOOP_OWN_ALLOCATOR || !defined(__GLIBC__)
        QSKIP("glibc's allocator only (the sanitizer brings its own)");
#endif
        if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            QSKIP("this kernel has no transparent huge pages: the advice is ignored");
        setMemoryPolicy();
    }

    void aReadingThreadsHeapIsAdvisedAndNoOther()
    {
        // Two threads alive at once have heaps of their own (glibc hands an
        // ended thread's heap to the next one). One asks for the advice.
        std::optional<bool> quietAdvised, readerBefore, readerAfter;
        std::latch quietHasAllocated(1), readerDone(1);
        std::thread quiet([&] {
            void *block = std::malloc(64);
            quietHasAllocated.count_down();
            readerDone.wait();
            quietAdvised = hugePagesAdvised(block);
            std::free(block);
        });
        std::thread reader([&] {
            quietHasAllocated.wait();
            // A block of the thread's fresh heap, then the advice, then a
            // block after it: both lie in the advised mapping.
            void *first = std::malloc(64);
            backThreadHeapWithHugePages();
            void *second = std::malloc(4096);
            readerBefore = hugePagesAdvised(first);
            readerAfter = hugePagesAdvised(second);
            std::free(first);
            std::free(second);
            readerDone.count_down();
        });
        reader.join();
        quiet.join();
        QVERIFY(readerBefore.has_value() && readerAfter.has_value() && quietAdvised.has_value());
        QVERIFY(*readerBefore);
        QVERIFY(*readerAfter);
        QVERIFY(!*quietAdvised); // the advice is the reader's heap's alone
    }
};

QTEST_GUILESS_MAIN(TestMemoryPolicy)
#include "tst_memorypolicy.moc"
