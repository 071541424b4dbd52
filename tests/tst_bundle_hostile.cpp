#include "Age.h"
#include "BundleReader.h"
#include "Minisign.h"
#include "TestSupport.h"
#include "ZipWriter.h"
#include "fuzz/HostileZip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <vector>

extern char** environ;

using namespace lethe;

// The hostile-archive corpus (docs/bundles.md, "Checking a bundle"): bundles built at test time from a valid,
// signed one, that another ZIP reader sees differently from a front-to-back one, that are cut short, or that
// are made to take memory. Each must be refused by `lethe-cli bundle verify` (exit 2, naming what is wrong),
// plain and age-encrypted, and for each the test notes what `unzip -t` says of it: for the two central
// directories unzip is content (exit 0) and would extract the changed file; a cut bundle it calls damaged
// (exit 9, or 2 for a format error). Peak memory of verifying the memory cases is measured in the child
// process and must stay under 200 MB.
class TestBundleHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validBundleIsTrusted();
    void secondCentralDirectory();
    void archiveComment();
    void unicodePathField();
    void controlCharacterInName();
    void truncatedAtEveryPoint();
    void truncatedByTheCli();
    void problemsAreCapped();
    void memoryStaysBounded();
    void zip64EndRecordsAreRead();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
    }
    QString encrypt(const QString& plain)
    {
        Age::Encryption to;
        to.passphrase = m_passphrase;
        to.workFactor = 10;
        const QString out = plain + QStringLiteral(".age");
        return Age::encryptFile(plain, out, to) ? out : QString();
    }
    test::CliRun verify(const QString& file)
    {
        QStringList args{QStringLiteral("bundle"), QStringLiteral("verify"), file, QStringLiteral("--key"),
                         m_pub};
        if (file.endsWith(QLatin1String(".age")))
            args << QStringLiteral("--passphrase-file") << m_passFile;
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(), args, true, {}, 120000);
    }
    static int unzipTest(const QString& file)
    {
        return test::runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), QStringLiteral("-qq"), file});
    }
    // A bundle as BundleExporter lays it out, signed with m_key; `sums` replaces SHA256SUMS when given.
    QByteArray bundle(const QList<std::pair<QString, QByteArray>>& files, const QByteArray& sums = {});
    // Runs `lethe-cli bundle verify` and returns its exit code and its peak resident memory in KiB.
    std::pair<int, long> peakMemory(const QString& file);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    MinisignKey m_key;
    QString m_pub;
    QString m_passFile;
    QString m_passphrase = QStringLiteral("hostile archives");
    QByteArray m_valid;
    QList<std::pair<QString, QByteArray>> m_files;
};

QByteArray TestBundleHostile::bundle(const QList<std::pair<QString, QByteArray>>& files,
                                     const QByteArray& sums)
{
    const QString path = m_dir.filePath(QStringLiteral("scratch.zip"));
    QFile::remove(path);
    ZipWriter z;
    if (!z.open(path, QDateTime::fromSecsSinceEpoch(1767225600)))
        return {};
    for (const auto& [name, bytes] : files)
        if (!z.begin(name) || !z.write(bytes) || !z.end())
            return {};
    const auto sign = [&](const QByteArray& s) {
        return Minisign::sign(m_key, s, QStringLiteral("timestamp:1767225600\tfile:SHA256SUMS"));
    };
    if (sums.isNull()) {
        if (!z.seal(sign))
            return {};
    } else {
        auto sig = sign(sums);
        if (!sig || !z.begin(QStringLiteral("SHA256SUMS")) || !z.write(sums) || !z.end() ||
            !z.begin(QStringLiteral("SHA256SUMS.minisig")) || !z.write(*sig) || !z.end())
            return {};
    }
    if (!z.close())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::pair<int, long> TestBundleHostile::peakMemory(const QString& file)
{
    const QByteArray program = QByteArrayLiteral(LETHE_CLI_PATH);
    QList<QByteArray> args{
        program, "bundle", "verify", QFile::encodeName(file), "--key", QFile::encodeName(m_pub), "--json"};
    if (file.endsWith(QLatin1String(".age")))
        args << "--passphrase-file" << QFile::encodeName(m_passFile);
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    // The environment runCli gives: a private HOME, no workspace.
    QList<QByteArray> env;
    for (char** e = environ; *e; ++e)
        if (!QByteArray(*e).startsWith("HOME=") && !QByteArray(*e).startsWith("LETHE_WORKSPACE="))
            env << QByteArray(*e);
    env << "HOME=" + QFile::encodeName(m_home.path());
    std::vector<char*> envp;
    for (QByteArray& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {-1, -1};
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status))
        return {-1, -1};
    return {WEXITSTATUS(status), usage.ru_maxrss};
}

void TestBundleHostile::initTestCase()
{
    test::isolate();
    auto key = Minisign::generate();
    QVERIFY(key);
    m_key = *key;
    auto pub = Minisign::publicKeyFile(m_key);
    QVERIFY(pub);
    m_pub = write(QStringLiteral("key.pub"), *pub);
    m_passFile = write(QStringLiteral("pass.txt"), m_passphrase.toUtf8() + "\n");
    m_files = {
        {QStringLiteral("index.html"), "<!DOCTYPE html>\n<html><body><h1>Your data</h1></body></html>\n"},
        {QStringLiteral("data/app/main/users.json"),
         "{\"table\":\"users\",\"rows\":1,\"data\":[{\"id\":1,\"email\":\"a@example.com\"}]}\n"},
        {QStringLiteral("data/app/main/users.csv"), "id,email\r\n1,a@example.com\r\n"},
        {QStringLiteral("manifest.json"), "{\"lethe_bundle\":1,\"request\":\"R-2026-0001\",\"rows\":1}\n"},
    };
    m_valid = bundle(m_files);
    QVERIFY(!m_valid.isEmpty());
}

void TestBundleHostile::validBundleIsTrusted()
{
    // The corpus is built from this bundle: trusted, plain and encrypted, and unzip is content with it.
    const QString plain = write(QStringLiteral("valid.zip"), m_valid);
    test::CliRun r = verify(plain);
    QVERIFY2(r.code == 0, (r.out + r.err).constData());
    QCOMPARE(r.json().object().value(QStringLiteral("signature")).toString(), QStringLiteral("trusted"));
    r = verify(encrypt(plain));
    QVERIFY2(r.code == 0, (r.out + r.err).constData());
    QCOMPARE(unzipTest(plain), 0);
}

void TestBundleHostile::secondCentralDirectory()
{
    // A changed users.csv and a second central directory that points at it, after the first: behind a
    // 20,000-byte archive comment, appended plainly, and appended and encrypted. unzip reads the second one
    // and extracts the changed file; Lethe used to read the first and said "trusted".
    const QByteArray changed = "id,email\r\n1,attacker@example.net\r\n";
    const QByteArray behindComment =
        hostile::secondDirectory(m_valid, "data/app/main/users.csv", changed, 20000);
    const QByteArray appended = hostile::secondDirectory(m_valid, "data/app/main/users.csv", changed);
    QVERIFY(!behindComment.isEmpty() && !appended.isEmpty());
    const QString a = write(QStringLiteral("second-directory-behind-comment.zip"), behindComment);
    const QString b = write(QStringLiteral("second-directory-appended.zip"), appended);
    QByteArray extracted;
    QCOMPARE(test::runTool(QStringLiteral("unzip"),
                           {QStringLiteral("-p"), a, QStringLiteral("data/app/main/users.csv")}, {},
                           &extracted),
             0);
    QVERIFY2(extracted.contains("attacker@example.net"), extracted.constData()); // what unzip extracts
    QCOMPARE(unzipTest(a), 0);
    QCOMPARE(unzipTest(b), 0);
    for (const QString& file : {a, b, encrypt(b)}) {
        const test::CliRun r = verify(file);
        QVERIFY2(r.code == 2, qPrintable(file + QLatin1Char(' ') + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.err.contains("not a bundle Lethe wrote"), r.err.constData());
        QVERIFY2(r.err.contains(file.endsWith(QLatin1String("comment.zip"))
                                    ? "archive comment of 20000 bytes"
                                    : "more bytes follow its end record"),
                 r.err.constData());
        // And extract writes nothing.
        QTemporaryDir parent;
        const QString target = QDir(parent.path()).filePath(QStringLiteral("out"));
        BundleReader::Decryption d;
        d.passphrase = m_passphrase;
        QVERIFY(!BundleReader::extract(file, target, &m_key, {}, d));
        QVERIFY(!QFileInfo::exists(target));
    }
}

void TestBundleHostile::archiveComment()
{
    // Lethe never writes an archive comment; unzip is content with one (exit 0), Lethe refuses it by name.
    const QString file = write(QStringLiteral("comment.zip"), hostile::withComment(m_valid, "hello"));
    QCOMPARE(unzipTest(file), 0);
    const test::CliRun r = verify(file);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("archive comment of 5 bytes"), r.err.constData());
}

void TestBundleHostile::unicodePathField()
{
    // A Unicode path field on users.csv's central directory record that gives it another name: unzip lists
    // and extracts it under that name, which SHA256SUMS never signed. Refused.
    const QByteArray bytes =
        hostile::unicodePath(m_valid, "data/app/main/users.csv", "data/app/main/users.CSV");
    QVERIFY(!bytes.isEmpty());
    const QString file = write(QStringLiteral("unicode-path.zip"), bytes);
    QByteArray listing;
    QCOMPARE(test::runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), file}, {}, &listing), 0);
    QVERIFY2(listing.contains("users.CSV") && !listing.contains("users.csv"), listing.constData());
    QCOMPARE(unzipTest(file), 1); // a warning: the local header's name differs, but it tests the data as OK
    const test::CliRun r = verify(file);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("data/app/main/users.csv") && r.err.contains("of a kind Lethe never writes"),
             r.err.constData());
}

void TestBundleHostile::controlCharacterInName()
{
    // A name with a newline (a hand-made stored ZIP, well formed otherwise): unzip tests it as OK, Lethe
    // refuses it before any name reaches a file system or a report.
    const QByteArray name = "data/a\nb.csv", data = "x";
    const QByteArray local = hostile::storedLocal(name, data, 0x5c210000);
    const QByteArray central = hostile::storedCentral(name, data, 0x5c210000, 0);
    const QString file = write(QStringLiteral("control.zip"),
                               local + central + hostile::endRecord(1, central.size(), local.size(), 0));
    QCOMPARE(unzipTest(file), 0);
    auto v = BundleReader::verify(file, &m_key);
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(QLatin1String("control character")), qPrintable(v.error().message));
}

void TestBundleHostile::truncatedAtEveryPoint()
{
    // Cut at every byte of the last 400 (the central directory and end record) and at every 97th before:
    // refused each time, with nothing extracted. Lethe used to call a bundle without its central directory
    // trusted.
    QList<qsizetype> cuts;
    for (qsizetype n = 1; n <= 400 && n < m_valid.size(); ++n)
        cuts << m_valid.size() - n;
    for (qsizetype at = 0; at < m_valid.size() - 400; at += 97)
        cuts << at;
    const QString file = m_dir.filePath(QStringLiteral("cut.zip"));
    for (const qsizetype at : std::as_const(cuts)) {
        QFile::remove(file);
        QVERIFY(!write(QStringLiteral("cut.zip"), m_valid.left(at)).isEmpty());
        auto v = BundleReader::verify(file, &m_key);
        QVERIFY2(!v, qPrintable(QStringLiteral("cut at %1 of %2: %3")
                                    .arg(at)
                                    .arg(m_valid.size())
                                    .arg(v ? v->summary() : QString())));
        QTemporaryDir parent;
        const QString target = QDir(parent.path()).filePath(QStringLiteral("out"));
        QVERIFY(!BundleReader::extract(file, target, &m_key));
        QVERIFY(!QFileInfo::exists(target));
    }
    // Encrypted: the ZIP cut, then sealed whole, so the age layer is intact and only the ZIP says it is
    // short.
    BundleReader::Decryption d;
    d.passphrase = m_passphrase;
    for (const qsizetype n : {1, 22, 30, 100, 300}) {
        const QString cut = write(QStringLiteral("cut-%1.zip").arg(n), m_valid.left(m_valid.size() - n));
        auto v = BundleReader::verify(encrypt(cut), &m_key, {}, d);
        QVERIFY2(!v,
                 qPrintable(
                     QStringLiteral("encrypted, %1 bytes cut: %2").arg(n).arg(v ? v->summary() : QString())));
    }
}

void TestBundleHostile::truncatedByTheCli()
{
    // The report's cases through `bundle verify`: the last 30 bytes cut, the end record cut; plain and
    // encrypted. unzip -t calls them damaged (exit 9: it finds no end record).
    for (const int n : {30, 22}) {
        const QString file =
            write(QStringLiteral("truncated-%1.zip").arg(n), m_valid.left(m_valid.size() - n));
        QCOMPARE(unzipTest(file), 9);
        for (const QString& f : {file, encrypt(file)}) {
            const test::CliRun r = verify(f);
            QVERIFY2(r.code == 2, qPrintable(f + QLatin1Char(' ') + QString::fromUtf8(r.out + r.err)));
            QVERIFY2(r.err.contains("truncated"), r.err.constData());
        }
    }
}

void TestBundleHostile::problemsAreCapped()
{
    // SHA256SUMS that lists 200 files the bundle lacks: tampered, 20 of them named, then how many more.
    QByteArray sums;
    for (const auto& [name, bytes] : std::as_const(m_files))
        sums +=
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + "\n";
    for (int i = 0; i < 200; ++i)
        sums += QByteArray(64, '0') + "  data/gone/file" + QByteArray::number(i) + ".csv\n";
    const QString file = write(QStringLiteral("missing-listed.zip"), bundle(m_files, sums));
    auto v = BundleReader::verify(file, &m_key);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    QVERIFY(!v->ok());
    QCOMPARE(v->problems.size(), 21);
    QVERIFY2(v->problems.last().contains(QLatin1String("and 180 more")), qPrintable(v->problems.last()));
    QVERIFY(v->summary().contains(QLatin1String("listed in SHA256SUMS but missing")));
}

void TestBundleHostile::memoryStaysBounded()
{
    // SHA256SUMS of 24 MiB of junk lines (about 30:1, under the zip bomb ratio), and one that lists 863,000
    // files the bundle lacks, both signed: Lethe used to hold them whole, split, and list every problem
    // (GBs). Now each is refused once it passes what a list of 100,000 entries can take, and the peak stays
    // under 200 MB, measured in the child.
    QByteArray junk;
    junk.reserve(24 << 20);
    for (int i = 0; junk.size() < (24 << 20); ++i)
        junk += "junk " + QByteArray::number(i % 1000) + " " + QByteArray(40 + i % 7, 'x') + "\n";
    QByteArray missing;
    missing.reserve(80 << 20);
    for (int i = 0; i < 863000; ++i)
        missing +=
            QByteArray(64, '0') + "  m/" + QByteArray::number(i) + "\n"; // 62 MiB: under the old 64 MiB cap
    const QString junkFile = write(QStringLiteral("junk-sums.zip"), bundle(m_files, junk));
    const QString missingFile = write(QStringLiteral("missing-863000.zip"), bundle(m_files, missing));
    junk.clear();
    missing.clear();
    QVERIFY(!junkFile.isEmpty() && !missingFile.isEmpty());
    // The zip bomb check does not stop them: their ratio is under its limit.
    QVERIFY(QFileInfo(junkFile).size() * 200 > (24 << 20));
    QCOMPARE(unzipTest(junkFile), 0);
    QCOMPARE(unzipTest(missingFile), 0);
    for (const QString& file : {missingFile, junkFile, encrypt(junkFile)}) {
        const auto [code, peakKiB] = peakMemory(file);
        QVERIFY2(peakKiB > 0 && peakKiB < 200 * 1024,
                 qPrintable(QStringLiteral("%1: %2 KiB at its peak").arg(file).arg(peakKiB)));
        QVERIFY2(code == 2, qPrintable(QStringLiteral("%1: exit %2").arg(file).arg(code)));
        const test::CliRun r = verify(file);
        QVERIFY2(r.err.contains("larger than Lethe ever writes it"), r.err.constData());
    }
}

void TestBundleHostile::zip64EndRecordsAreRead()
{
    // Past 65,535 entries ZipWriter (libarchive) adds the ZIP64 end record and locator: such a bundle is
    // still one Lethe wrote, trusted, and unzip agrees. With one byte after the end record it is refused.
    QList<std::pair<QString, QByteArray>> many = m_files;
    for (int i = 0; i < 70000; ++i)
        many.append({QStringLiteral("data/t/%1.csv").arg(i), QByteArray::number(i)});
    const QByteArray big = bundle(many);
    QVERIFY(!big.isEmpty());
    QCOMPARE(hostile::le(big, big.size() - 22 - 20, 4), quint32(0x07064b50)); // the ZIP64 locator
    const QString file = write(QStringLiteral("zip64.zip"), big);
    auto v = BundleReader::verify(file, &m_key);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    QVERIFY2(v->ok(), qPrintable(v->summary()));
    QCOMPARE(v->files, 70006);
    QCOMPARE(unzipTest(file), 0);
    const QString trailing = write(QStringLiteral("zip64-trailing.zip"), big + '\0');
    v = BundleReader::verify(trailing, &m_key);
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(QLatin1String("more bytes follow its end record")),
             qPrintable(v.error().message));
}

QTEST_GUILESS_MAIN(TestBundleHostile)
#include "tst_bundle_hostile.moc"
