#include "SealedSpool.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The export's spool: rows wait on disk encrypted under a key only the exporting process holds (an encrypted
// export once spooled its plaintext, which a kill left behind), come back exactly, and a damaged, cut or
// foreign spool is refused; spools of exports whose process is gone are removed.
class TestSealedSpool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void roundTripHoldsNoPlaintext();
    void damageIsRefused_data();
    void damageIsRefused();
    void staleSpoolsRemoved();

private:
    static QByteArray readAll(SealedSpool& s)
    {
        QByteArray all, chunk;
        while (!(chunk = s.read()).isEmpty())
            all += chunk;
        return all;
    }
    QTemporaryDir m_dir;
};

namespace {
QByteArray rows()
{
    QByteArray out;
    for (int i = 0; i < 5000; ++i)
        out += "{\"email\":\"amelia.hart@example.com\",\"n\":" + QByteArray::number(i) + "},\n";
    return out; // about 250 KB: several chunks
}
} // namespace

void TestSealedSpool::roundTripHoldsNoPlaintext()
{
    const QByteArray key = SealedSpool::newKey();
    QCOMPARE(key.size(), 32);
    const QString path = m_dir.filePath(QStringLiteral("0.json"));
    SealedSpool s(path, key);
    QVERIFY(s.open());
    const QByteArray data = rows();
    for (qsizetype i = 0; i < data.size(); i += 777)
        s.write(data.mid(i, 777));
    QVERIFY(s.finish());
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray onDisk = raw.readAll();
    QVERIFY(onDisk.size() > data.size());
    QVERIFY(!onDisk.contains("amelia"));
    QVERIFY(!onDisk.contains("example.com"));
    QVERIFY(s.rewind());
    QCOMPARE(readAll(s), data);
    QVERIFY(!s.failed());
    // Read again from the start; and an empty spool is empty, not an error.
    QVERIFY(s.rewind());
    QCOMPARE(readAll(s), data);
    SealedSpool empty(m_dir.filePath(QStringLiteral("empty")), key);
    QVERIFY(empty.open() && empty.finish() && empty.rewind());
    QCOMPARE(readAll(empty), QByteArray());
    QVERIFY(!empty.failed());
}

void TestSealedSpool::damageIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut at the end") << QStringLiteral("cut");
    QTest::newRow("one byte changed") << QStringLiteral("flip");
    QTest::newRow("bytes added") << QStringLiteral("append");
    QTest::newRow("another key") << QStringLiteral("key");
}

void TestSealedSpool::damageIsRefused()
{
    QFETCH(QString, damage);
    const QByteArray key = SealedSpool::newKey();
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1").arg(damage));
    {
        SealedSpool s(path, key);
        QVERIFY(s.open());
        s.write(rows());
        QVERIFY(s.finish());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    if (damage == QLatin1String("cut"))
        bytes.chop(20);
    else if (damage == QLatin1String("flip"))
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    else if (damage == QLatin1String("append"))
        bytes += QByteArray(40, 'x');
    f.resize(0);
    f.write(bytes);
    f.close();
    // Only the object that wrote a spool reads it back (rewind needs a finished spool): this one is
    // finished empty, then its file is replaced by the damaged bytes.
    SealedSpool again(path, damage == QLatin1String("key") ? SealedSpool::newKey() : key);
    QVERIFY(again.open());
    QVERIFY(again.finish());
    QFile g(path);
    QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
    g.write(bytes);
    g.close();
    QVERIFY(again.rewind());
    const QByteArray out = readAll(again);
    QVERIFY(again.failed());               // the exporter then refuses to write the bundle
    if (damage != QLatin1String("append")) // bytes after the final chunk: all read, then refused
        QVERIFY(out.size() < rows().size());
}

void TestSealedSpool::staleSpoolsRemoved()
{
    // A spool folder of a process that is gone (an export killed with SIGKILL) and one of this process.
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    gone.kill();
    QVERIFY(gone.waitForFinished());
    const QString root = QFileInfo(SealedSpool::newFolderTemplate()).absolutePath();
    const QString stale = root + QStringLiteral("/export-%1-aaaaaa").arg(deadPid);
    const QString staleRedact = root + QStringLiteral("/redact-%1-cccccc").arg(deadPid);
    const QString live = root + QStringLiteral("/export-%1-bbbbbb").arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(stale) && QDir().mkpath(staleRedact) && QDir().mkpath(live));
    QFile leftover(stale + QStringLiteral("/0.json"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(SealedSpool::removeStale() >= 2);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(!QFileInfo::exists(staleRedact)); // a killed re-seal's unpacked original
    QVERIFY(QFileInfo::exists(live));         // its export may still be running
    QVERIFY(QDir(live).removeRecursively());
}

QTEST_GUILESS_MAIN(TestSealedSpool)
#include "tst_sealedspool.moc"
