#include "Age.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lethe;

// age v1 against the real Debian `age` and `age-keygen`: each side decrypts the other's files, and every
// way a file can be wrong is refused with its own message and without output.
class TestAge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bech32RoundTrip();
    void bech32BadChecksum();
    void keyFiles();
    void oursDecryptedByAge_data();
    void oursDecryptedByAge();
    void ageDecryptedByOurs_data();
    void ageDecryptedByOurs();
    void streamingPieces();
    void passphraseWithRecipientsRefused();
    void wrongPassphrase();
    void wrongIdentity();
    void truncated();
    void flippedByte();
    void trailingData();
    void workFactorLimit();
    void notAgeFiles();

private:
    QString m_age, m_keygen;
    QTemporaryDir m_dir;
    QString m_identityFile; // from age-keygen
    QString m_identity, m_recipient;
};

namespace {

template <typename T> QByteArray why(const T& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 131 + i / 65536) & 0xff);
    return b;
}

struct Run
{
    int code = -1;
    QByteArray output;
};

// age reads a passphrase from the terminal only: run it on a pseudo-terminal and answer every prompt.
Run runOnPty(const QString& program, const QStringList& args, const QByteArray& passphrase)
{
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString& a : args)
        argv8 << a.toUtf8();
    std::vector<char*> argv;
    for (QByteArray& a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return {};
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    int answered = 0;
    QDeadlineTimer deadline(120000);
    for (;;) {
        pollfd p{master, POLLIN, 0};
        const int r = poll(&p, 1, 1000);
        if (deadline.hasExpired()) {
            kill(pid, SIGKILL);
            break;
        }
        if (r <= 0)
            continue;
        char buf[4096];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n <= 0)
            break; // EIO: the child closed the terminal
        run.output.append(buf, n);
        while (run.output.count("passphrase") > answered) {
            ++answered;
            const QByteArray line = passphrase + '\n';
            if (::write(master, line.constData(), size_t(line.size())) < 0)
                break;
        }
    }
    ::close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

Run runPlain(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

const QList<qsizetype> kSizes{0, 1, 65535, 65536, 65537, 3 * 65536 + 5};

} // namespace

void TestAge::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
    m_age = QStandardPaths::findExecutable(QStringLiteral("age"));
    m_keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    QVERIFY2(!m_age.isEmpty() && !m_keygen.isEmpty(),
             "age and age-keygen are needed (Debian package age; scripts/setup installs it)");
    m_identityFile = m_dir.filePath(QStringLiteral("key.txt"));
    const Run k = runPlain(m_keygen, {QStringLiteral("-o"), m_identityFile});
    QVERIFY2(k.code == 0, k.output.constData());
    auto ids = Age::readIdentityFile(m_identityFile);
    QVERIFY2(ids && ids->size() == 1, why(ids).constData());
    m_identity = ids->first();
    const Run y = runPlain(m_keygen, {QStringLiteral("-y"), m_identityFile});
    QCOMPARE(y.code, 0);
    m_recipient = QString::fromLatin1(y.output.trimmed());
    QVERIFY(m_recipient.startsWith(QLatin1String("age1")));
}

void TestAge::bech32RoundTrip()
{
    // BIP 173's own valid strings.
    for (const char* valid : {"A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                              "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"}) {
        auto d = Age::bech32Decode(QString::fromLatin1(valid));
        QVERIFY2(d, valid);
    }
    const QByteArray data = pattern(32);
    const QString encoded = Age::bech32Encode(QStringLiteral("age"), data);
    auto decoded = Age::bech32Decode(encoded);
    QVERIFY2(decoded, why(decoded).constData());
    QCOMPARE(decoded->hrp, QStringLiteral("age"));
    QCOMPARE(decoded->data, data);
    auto upper = Age::bech32Decode(encoded.toUpper());
    QVERIFY(upper && upper->data == data);

    // Ours and age-keygen's keys parse; a generated pair works together.
    QVERIFY(Age::parseRecipient(m_recipient));
    QVERIFY(Age::parseIdentity(m_identity));
    auto pair = Age::generateKeyPair();
    QVERIFY(pair);
    QVERIFY(pair->identity.startsWith(QLatin1String("AGE-SECRET-KEY-1")));
    QVERIFY(pair->recipient.startsWith(QLatin1String("age1")));
    QVERIFY(Age::parseIdentity(pair->identity));
    QVERIFY(Age::parseRecipient(pair->recipient));
    // age-keygen -y derives the same recipient from our identity.
    const QString idFile = m_dir.filePath(QStringLiteral("ours.key"));
    QVERIFY(writeFile(idFile, pair->identity.toLatin1() + '\n'));
    const Run y = runPlain(m_keygen, {QStringLiteral("-y"), idFile});
    QCOMPARE(y.code, 0);
    QCOMPARE(QString::fromLatin1(y.output.trimmed()), pair->recipient);
}

void TestAge::bech32BadChecksum()
{
    QString bad = m_recipient;
    const qsizetype i = bad.size() - 3;
    bad[i] = bad[i] == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
    auto r = Age::parseRecipient(bad);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("checksum")), why(r).constData());
    QVERIFY2(r.error().message.contains(bad), why(r).constData());
    QVERIFY(!Age::bech32Decode(QStringLiteral("A12UEl5L"))); // mixed case
    QVERIFY(!Age::bech32Decode(QStringLiteral("a12uel5b"))); // checksum
    QVERIFY(!Age::parseRecipient(m_identity));               // wrong kind
    auto id = Age::parseIdentity(m_recipient);
    QVERIFY(!id);
    QString badId = m_identity;
    badId[20] = badId[20] == QLatin1Char('Q') ? QLatin1Char('P') : QLatin1Char('Q');
    id = Age::parseIdentity(badId);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QLatin1String("checksum")), why(id).constData());
    QVERIFY2(!id.error().message.contains(badId), "a secret key must not be repeated in a message");
}

void TestAge::keyFiles()
{
    const QString recipients = m_dir.filePath(QStringLiteral("recipients.txt"));
    QVERIFY(writeFile(recipients, "# the archive\n" + m_recipient.toLatin1() + "\n\nage1nonsense\n"));
    auto r = Age::readRecipientsFile(recipients);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(recipients + QStringLiteral(", line 4")), why(r).constData());
    QVERIFY(writeFile(recipients, "# the archive\n" + m_recipient.toLatin1() + "\n\n"));
    r = Age::readRecipientsFile(recipients);
    QVERIFY2(r && *r == QStringList{m_recipient}, why(r).constData());
    QVERIFY(writeFile(recipients, "# nothing\n"));
    QVERIFY(!Age::readRecipientsFile(recipients));

    const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(pass, "correct horse\r\nsecond line\n"));
    auto p = Age::readPassphraseFile(pass);
    QVERIFY(p && *p == QStringLiteral("correct horse"));
    QVERIFY(writeFile(pass, "\n"));
    QVERIFY(!Age::readPassphraseFile(pass));
}

void TestAge::oursDecryptedByAge_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("passphrase");
    for (const qsizetype size : kSizes) {
        QTest::addRow("x25519 %lld", qlonglong(size)) << size << false;
        QTest::addRow("scrypt %lld", qlonglong(size)) << size << true;
    }
}

void TestAge::oursDecryptedByAge()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, passphrase);
    const QByteArray plain = pattern(size);
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("ours.age"));
    const QString out = m_dir.filePath(QStringLiteral("age-out.bin"));
    QFile::remove(out);
    QVERIFY(writeFile(in, plain));
    Age::Encryption e;
    if (passphrase) {
        e.passphrase = QStringLiteral("Grüße aus Köln");
        e.workFactor = 12; // quick; age takes any work factor up to its limit
    } else {
        auto other = Age::generateKeyPair();
        QVERIFY(other);
        e.recipients = {other->recipient, m_recipient}; // ours is the second stanza
    }
    Status s = Age::encryptFile(in, enc, e);
    QVERIFY2(s, why(s).constData());
    QVERIFY(Age::looksEncrypted(enc));
    const Run r = passphrase ? runOnPty(m_age, {QStringLiteral("-d"), QStringLiteral("-o"), out, enc},
                                        e.passphrase.toUtf8())
                             : runPlain(m_age, {QStringLiteral("-d"), QStringLiteral("-i"), m_identityFile,
                                                QStringLiteral("-o"), out, enc});
    QVERIFY2(r.code == 0, r.output.constData());
    QCOMPARE(readFile(out), plain);
    // The payload is exactly 16 bytes of nonce, then each 64 KiB chunk plus its 16-byte tag.
    const qint64 chunks = size == 0 ? 1 : (size + 65535) / 65536;
    const QByteArray file = readFile(enc);
    const qsizetype headerEnd = file.indexOf("\n---");
    const qsizetype payload = file.indexOf('\n', headerEnd + 1) + 1;
    QCOMPARE(file.size() - payload, 16 + size + chunks * 16);
}

void TestAge::ageDecryptedByOurs_data()
{
    oursDecryptedByAge_data();
}

void TestAge::ageDecryptedByOurs()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, passphrase);
    const QByteArray plain = pattern(size);
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("theirs.age"));
    const QString out = m_dir.filePath(QStringLiteral("ours-out.bin"));
    QFile::remove(enc);
    QVERIFY(writeFile(in, plain));
    const QByteArray pass = "tr0ub4dor & 3";
    const Run r =
        passphrase
            ? runOnPty(m_age, {QStringLiteral("-e"), QStringLiteral("-p"), QStringLiteral("-o"), enc, in},
                       pass)
            : runPlain(m_age, {QStringLiteral("-e"), QStringLiteral("-r"), m_recipient, QStringLiteral("-o"),
                               enc, in});
    QVERIFY2(r.code == 0, r.output.constData());
    Age::Decryption d;
    if (passphrase)
        d.passphrase = QString::fromUtf8(pass);
    else
        d.identities = {Age::generateKeyPair()->identity, m_identity};
    Status s = Age::decryptFile(enc, out, d);
    QVERIFY2(s, why(s).constData());
    QCOMPARE(readFile(out), plain);
}

void TestAge::streamingPieces()
{
    // Odd-sized writes and reads; several recipients; the same bytes come back.
    auto a = Age::generateKeyPair(), b = Age::generateKeyPair();
    QVERIFY(a && b);
    const QByteArray plain = pattern(5 * 65536 + 77);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    AgeEncryptor enc(&sink);
    QVERIFY(enc.begin(Age::Encryption{{}, {a->recipient, b->recipient}}));
    for (qsizetype at = 0, step = 1; at < plain.size(); at += step, step = step * 3 + 1)
        QVERIFY(enc.write(plain.mid(at, step)));
    QVERIFY(enc.finish());
    QVERIFY(!enc.write(QByteArray("late")));

    QBuffer source;
    source.setData(sink.data());
    source.open(QIODevice::ReadOnly);
    AgeDecryptor dec(&source);
    Status s = dec.open(Age::Decryption{{}, {b->identity}});
    QVERIFY2(s, why(s).constData());
    QByteArray back;
    for (;;) {
        auto piece = dec.read(1000);
        QVERIFY2(piece, why(piece).constData());
        QVERIFY(piece->size() <= 1000);
        if (piece->isEmpty())
            break;
        back += *piece;
    }
    QVERIFY(dec.atEnd());
    QCOMPARE(back, plain);
}

void TestAge::passphraseWithRecipientsRefused()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("both.age"));
    QVERIFY(writeFile(in, "x"));
    Status s = Age::encryptFile(in, enc, Age::Encryption{QStringLiteral("pw"), {m_recipient}});
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("cannot be combined")), why(s).constData());
    QVERIFY(!QFile::exists(enc));
    s = Age::encryptFile(in, enc, Age::Encryption{});
    QVERIFY(!s);
    QVERIFY(!QFile::exists(enc));
}

void TestAge::wrongPassphrase()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("pw.age"));
    const QString out = m_dir.filePath(QStringLiteral("pw-out.bin"));
    QVERIFY(writeFile(in, pattern(70000)));
    Age::Encryption e{QStringLiteral("right"), {}, 10};
    QVERIFY(Age::encryptFile(in, enc, e));
    Status s = Age::decryptFile(enc, out, Age::Decryption{QStringLiteral("wrong"), {}});
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("wrong passphrase")), why(s).constData());
    QVERIFY2(s.error().message.contains(enc), why(s).constData());
    QVERIFY(!QFile::exists(out));
    // An identity for a passphrase file, and a passphrase for a file encrypted to keys, are told apart.
    s = Age::decryptFile(enc, out, Age::Decryption{{}, {m_identity}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("passphrase")), why(s).constData());
    const Run r = runOnPty(m_age, {QStringLiteral("-d"), QStringLiteral("-o"), out, enc}, "wrong");
    QVERIFY(r.code != 0);
    QVERIFY(!QFile::exists(out));
}

void TestAge::wrongIdentity()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("key.age"));
    const QString out = m_dir.filePath(QStringLiteral("key-out.bin"));
    QVERIFY(writeFile(in, pattern(100)));
    QVERIFY(Age::encryptFile(in, enc, Age::Encryption{{}, {m_recipient}}));
    Status s = Age::decryptFile(enc, out, Age::Decryption{{}, {Age::generateKeyPair()->identity}});
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("not encrypted to any of these keys")),
             why(s).constData());
    QVERIFY(!QFile::exists(out));
    s = Age::decryptFile(enc, out, Age::Decryption{QStringLiteral("pw"), {}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("identity")), why(s).constData());
}

void TestAge::truncated()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("full.age"));
    const QString cut = m_dir.filePath(QStringLiteral("cut.age"));
    const QString out = m_dir.filePath(QStringLiteral("cut-out.bin"));
    QVERIFY(writeFile(in, pattern(3 * 65536 + 5)));
    QVERIFY(Age::encryptFile(in, enc, Age::Encryption{{}, {m_recipient}}));
    const QByteArray file = readFile(enc);
    const qsizetype payload = file.indexOf('\n', file.indexOf("\n---") + 1) + 1;
    const qsizetype chunk = 65536 + 16;
    const QList<qsizetype> points{10,
                                  30,
                                  payload - 20,
                                  payload - 1,
                                  payload,
                                  payload + 8,
                                  payload + 16,
                                  payload + 16 + 100,
                                  payload + 16 + chunk,
                                  payload + 16 + 3 * chunk,
                                  payload + 16 + 3 * chunk + 10,
                                  file.size() - 1};
    for (const qsizetype at : points) {
        QVERIFY(writeFile(cut, file.left(at)));
        Status s = Age::decryptFile(cut, out, Age::Decryption{{}, {m_identity}});
        QVERIFY2(!s, qPrintable(QStringLiteral("cut at %1 was accepted").arg(at)));
        QVERIFY2(s.error().message.contains(QLatin1String("truncated")), why(s).constData());
        QVERIFY(!QFile::exists(out));
        // age refuses the same files.
        QVERIFY(runPlain(m_age, {QStringLiteral("-d"), QStringLiteral("-i"), m_identityFile,
                                 QStringLiteral("-o"), out, cut})
                    .code != 0);
        QFile::remove(out);
    }
}

void TestAge::flippedByte()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("flip.age"));
    const QString bad = m_dir.filePath(QStringLiteral("flipped.age"));
    const QString out = m_dir.filePath(QStringLiteral("flip-out.bin"));
    QVERIFY(writeFile(in, pattern(2 * 65536 + 9)));
    QVERIFY(Age::encryptFile(in, enc, Age::Encryption{{}, {m_recipient}}));
    const QByteArray file = readFile(enc);
    const qsizetype mac = file.indexOf("\n---") + 5;
    const qsizetype payload = file.indexOf('\n', mac) + 1;
    const qsizetype share = file.indexOf("X25519 ") + 7;
    struct Case
    {
        qsizetype at;
        const char* expect;
    };
    const QList<Case> cases{
        {3, "not an age file"},
        {share + 5, "not encrypted to any of these keys"}, // a changed share opens nothing
        {mac + 2, "header fails authentication"},
        {payload + 3, "chunk 1 fails authentication"}, // the nonce: every chunk's key changes
        {payload + 16 + 70000, "chunk 2 fails authentication"},
        {file.size() - 2, "chunk 3 fails authentication"},
    };
    for (const Case& c : cases) {
        QByteArray changed = file;
        // In the header, another base64 letter (the text stays well-formed); in the payload, one bit.
        if (c.at < payload)
            changed[c.at] = changed[c.at] == 'A' ? 'B' : 'A';
        else
            changed[c.at] = char(changed[c.at] ^ 0x04);
        QVERIFY(writeFile(bad, changed));
        Status s = Age::decryptFile(bad, out, Age::Decryption{{}, {m_identity}});
        QVERIFY2(!s, qPrintable(QStringLiteral("a flip at %1 was accepted").arg(c.at)));
        QVERIFY2(s.error().message.contains(QLatin1String(c.expect)), why(s).constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(runPlain(m_age, {QStringLiteral("-d"), QStringLiteral("-i"), m_identityFile,
                                 QStringLiteral("-o"), out, bad})
                    .code != 0);
        QFile::remove(out);
    }
    // The streaming reader gives the first chunk (authenticated) and then refuses the damaged second.
    QByteArray changed = file;
    changed[payload + 16 + 70000] = char(changed[payload + 16 + 70000] ^ 1);
    QBuffer source(&changed);
    source.open(QIODevice::ReadOnly);
    AgeDecryptor dec(&source);
    QVERIFY(dec.open(Age::Decryption{{}, {m_identity}}));
    auto first = dec.read(65536);
    QVERIFY(first && first->size() == 65536);
    auto second = dec.read(65536);
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QLatin1String("damaged (chunk 2 fails authentication)")),
             why(second).constData());
    QVERIFY(!dec.read(10)); // and stays refused
}

void TestAge::trailingData()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("trail.age"));
    const QString out = m_dir.filePath(QStringLiteral("trail-out.bin"));
    for (const qsizetype size : {qsizetype(65536), qsizetype(1000)}) {
        QVERIFY(writeFile(in, pattern(size)));
        QVERIFY(Age::encryptFile(in, enc, Age::Encryption{{}, {m_recipient}}));
        QVERIFY(writeFile(enc, readFile(enc) + "x"));
        Status s = Age::decryptFile(enc, out, Age::Decryption{{}, {m_identity}});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("trailing data")) ||
                     s.error().message.contains(QLatin1String("fails authentication")),
                 why(s).constData());
        QVERIFY(!QFile::exists(out));
    }
}

void TestAge::workFactorLimit()
{
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    const QString enc = m_dir.filePath(QStringLiteral("work.age"));
    const QString out = m_dir.filePath(QStringLiteral("work-out.bin"));
    QVERIFY(writeFile(in, "x"));
    QVERIFY(Age::encryptFile(in, enc, Age::Encryption{QStringLiteral("pw"), {}, 12}));
    Age::Decryption d{QStringLiteral("pw"), {}};
    d.maxWorkFactor = 11;
    Status s = Age::decryptFile(enc, out, d);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("work factor 2^12")), why(s).constData());
    // Above age's own limit, 2^22, nothing is made.
    QVERIFY(!Age::encryptFile(in, enc + QStringLiteral("2"), Age::Encryption{QStringLiteral("pw"), {}, 23}));
    // The header names the work factor in decimal, without leading zeros, as age writes it.
    const QByteArray file = readFile(enc);
    QVERIFY(file.contains(" 12\n"));
    QByteArray padded = file;
    padded.replace(" 12\n", " 012\n");
    QVERIFY(writeFile(enc, padded));
    s = Age::decryptFile(enc, out, Age::Decryption{QStringLiteral("pw"), {}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("malformed")), why(s).constData());
}

void TestAge::notAgeFiles()
{
    const QString f = m_dir.filePath(QStringLiteral("plain.zip"));
    const QString out = m_dir.filePath(QStringLiteral("no-out.bin"));
    QVERIFY(writeFile(f, "PK\x03\x04 not age"));
    QVERIFY(!Age::looksEncrypted(f));
    Status s = Age::decryptFile(f, out, Age::Decryption{QStringLiteral("pw"), {}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("not an age file")), why(s).constData());
    QVERIFY(writeFile(f, ""));
    s = Age::decryptFile(f, out, Age::Decryption{QStringLiteral("pw"), {}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("not an age file")), why(s).constData());
    // Armored files are named as such.
    const QString in = m_dir.filePath(QStringLiteral("plain.bin"));
    QVERIFY(writeFile(in, "x"));
    const QString armored = m_dir.filePath(QStringLiteral("armored.age"));
    QFile::remove(armored);
    const Run r = runPlain(m_age, {QStringLiteral("-e"), QStringLiteral("-a"), QStringLiteral("-r"),
                                   m_recipient, QStringLiteral("-o"), armored, in});
    QCOMPARE(r.code, 0);
    s = Age::decryptFile(armored, out, Age::Decryption{{}, {m_identity}});
    QVERIFY2(!s && s.error().message.contains(QLatin1String("armored")), why(s).constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestAge)
#include "tst_age.moc"
