#include "Minisign.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

class TestMinisign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void roundTrip();
    void signatureLayout();
    void publicKeyFile();
    void publicKeyRefused_data();
    void publicKeyRefused();
    void secretRoundTrip();
    void secretRefused_data();
    void secretRefused();
    void tamperedDataRefused();
    void tamperedTrustedCommentRefused();
    void otherKeyRefused();
    void malformedRefused_data();
    void malformedRefused();
    void commentsChecked();
    void realMinisignAcceptsOurs();
    void realMinisignSignaturesAccepted();
    void sameBytesAsRealMinisign();
};

namespace {

const QByteArray kData = QByteArrayLiteral("d41d8cd98f00b204e9800998ecf8427e  bundle/subject.json\n");
const QString kComment =
    QStringLiteral("timestamp:1767225600\tfile:SHA256SUMS\tLethe export R-2026-0001 (Jürgen)");

// The error's message for a failed check; QVERIFY2 evaluates its message even when the check passes.
template <typename T> QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

MinisignKey newKey()
{
    auto key = Minisign::generate();
    if (!key)
        qFatal("generate: %s", qPrintable(key.error().message));
    return key.value();
}

QByteArray signOrDie(const MinisignKey& key, const QByteArray& data, const QString& comment)
{
    auto sig = Minisign::sign(key, data, comment);
    if (!sig)
        qFatal("sign: %s", qPrintable(sig.error().message));
    return sig.value();
}

QByteArray replaceLine(const QByteArray& text, int index, const QByteArray& line)
{
    QList<QByteArray> lines = text.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The real tool, never skipped: export bundles are only worth signing if `minisign -V` accepts them.
QString minisignPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("minisign"));
}

const char* kMinisignMissing =
    "The minisign tool is not installed (Debian package minisign): run scripts/setup. "
    "This test checks our files against the real tool and cannot pass without it.";

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1, stdout: %2, stderr: %3")
            .arg(code)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

// Runs minisign in `dir` with HOME there too, so it never reads or writes the user's ~/.minisign.
Run minisign(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.remove(QStringLiteral("MINISIGN_CONFIG_DIR"));
    p.setProcessEnvironment(env);
    p.start(minisignPath(), args);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

void TestMinisign::roundTrip()
{
    const MinisignKey key = newKey();
    QCOMPARE(key.keyId.size(), 8);
    QCOMPARE(key.publicKey.size(), 32);
    QCOMPARE(key.secretKey.size(), 64);
    const QByteArray sig = signOrDie(key, kData, kComment);

    auto pub = Minisign::parsePublicKey(Minisign::publicKeyFile(key).value());
    QVERIFY2(pub, why(pub).constData());
    QVERIFY(!pub->hasSecret());
    auto comment = Minisign::verify(pub.value(), kData, sig);
    QVERIFY2(comment, why(comment).constData());
    QCOMPARE(comment.value(), kComment);

    // Empty data and an empty trusted comment are still signatures.
    auto empty = Minisign::verify(key, {}, signOrDie(key, {}, {}));
    QVERIFY2(empty, why(empty).constData());
    QCOMPARE(empty.value(), QString());
    // Files edited on Windows keep working.
    auto crlf = Minisign::verify(key, kData, QByteArray(sig).replace("\n", "\r\n"));
    QVERIFY2(crlf, why(crlf).constData());
}

void TestMinisign::signatureLayout()
{
    const MinisignKey key = newKey();
    const QByteArray sig = signOrDie(key, kData, kComment);
    QVERIFY(sig.endsWith('\n'));
    const QList<QByteArray> lines = sig.chopped(1).split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("untrusted comment: signature from minisign secret key"));
    const QByteArray sigStruct = QByteArray::fromBase64(lines.at(1));
    QCOMPARE(sigStruct.size(), 2 + 8 + 64);
    QCOMPARE(sigStruct.left(2), QByteArray("ED")); // prehashed, as minisign signs by default
    QCOMPARE(sigStruct.mid(2, 8), key.keyId);
    QCOMPARE(lines.at(2), "trusted comment: " + kComment.toUtf8());
    QCOMPARE(QByteArray::fromBase64(lines.at(3)).size(), 64);
    // Ed25519 is deterministic: the same key, data and comment give the same file.
    QCOMPARE(signOrDie(key, kData, kComment), sig);

    auto custom = Minisign::sign(key, kData, kComment, QStringLiteral("Lethe export bundle"));
    QVERIFY2(custom, why(custom).constData());
    QVERIFY(custom->startsWith("untrusted comment: Lethe export bundle\n"));
}

void TestMinisign::publicKeyFile()
{
    MinisignKey key = newKey();
    key.keyId = QByteArray::fromHex("0123456789abcdef");
    QCOMPARE(Minisign::keyIdHex(key.keyId), QStringLiteral("EFCDAB8967452301")); // little-endian, as minisign

    const QByteArray text = Minisign::publicKeyFile(key).value();
    const QByteArray line = ("Ed" + key.keyId + key.publicKey).toBase64();
    QCOMPARE(text, "untrusted comment: minisign public key EFCDAB8967452301\n" + line + "\n");
    QCOMPARE(Minisign::publicKeyFile(key, QStringLiteral("Lethe DPO key")).value(),
             "untrusted comment: Lethe DPO key\n" + line + "\n");

    for (const QByteArray& input : {text, line, line + "\n", "  " + line + "  \n"}) {
        auto parsed = Minisign::parsePublicKey(input);
        QVERIFY2(parsed, why(parsed).constData());
        QCOMPARE(parsed->keyId, key.keyId);
        QCOMPARE(parsed->publicKey, key.publicKey);
        QVERIFY(parsed->secretKey.isEmpty());
    }
}

void TestMinisign::publicKeyRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray pk(32, 'k');
    const QByteArray id(8, 'i');
    QTest::newRow("empty") << QByteArray() << QStringLiteral("expected an \"untrusted comment:\" line");
    QTest::newRow("no comment prefix") << QByteArray("a comment\n" + ("Ed" + id + pk).toBase64() + "\n")
                                       << QStringLiteral("expected an \"untrusted comment:\" line");
    QTest::newRow("not base64") << QByteArray("untrusted comment: x\nnot*base64*at*all\n")
                                << QStringLiteral("base64 of 42 bytes");
    QTest::newRow("too short") << ("Ed" + id + pk.left(31)).toBase64()
                               << QStringLiteral("base64 of 42 bytes");
    QTest::newRow("a signature, not a key")
        << ("ED" + id + QByteArray(64, 's')).toBase64() << QStringLiteral("base64 of 42 bytes");
    QTest::newRow("other algorithm") << ("Xy" + id + pk).toBase64()
                                     << QStringLiteral("Unsupported public key algorithm (bytes 5879)");
}

void TestMinisign::publicKeyRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto parsed = Minisign::parsePublicKey(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestMinisign::secretRoundTrip()
{
    const MinisignKey key = newKey();
    auto text = Minisign::serializeSecret(key);
    QVERIFY2(text, why(text).constData());
    QVERIFY(text->startsWith(QStringLiteral("minisign-ed25519:")));
    auto parsed = Minisign::parseSecret(text.value());
    QVERIFY2(parsed, why(parsed).constData());
    QCOMPARE(parsed->keyId, key.keyId);
    QCOMPARE(parsed->publicKey, key.publicKey);
    QCOMPARE(parsed->secretKey, key.secretKey);
    // What the restored key signs, the original public key verifies.
    auto comment = Minisign::verify(Minisign::parsePublicKey(Minisign::publicKeyFile(key).value()).value(),
                                    kData, signOrDie(parsed.value(), kData, kComment));
    QVERIFY2(comment, why(comment).constData());

    // A public key cannot be stored as a signing key.
    MinisignKey publicOnly = key;
    publicOnly.secretKey.clear();
    auto refused = Minisign::serializeSecret(publicOnly);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("No usable secret key")),
             qPrintable(refused.error().message));
    auto noSecret = Minisign::sign(publicOnly, kData, kComment);
    QVERIFY(!noSecret);
}

void TestMinisign::secretRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const MinisignKey key = newKey();
    QByteArray damaged = key.secretKey;
    damaged[3] = char(damaged.at(3) ^ 0x01); // the seed no longer gives the stored public key
    QTest::newRow("other format") << QString::fromLatin1((key.keyId + key.secretKey).toBase64())
                                  << QStringLiteral("not one Lethe wrote");
    QTest::newRow("truncated") << QStringLiteral("minisign-ed25519:") +
                                      QString::fromLatin1((key.keyId + key.secretKey.left(40)).toBase64())
                               << QStringLiteral("base64 of 72 bytes");
    QTest::newRow("damaged") << QStringLiteral("minisign-ed25519:") +
                                    QString::fromLatin1((key.keyId + damaged).toBase64())
                             << QStringLiteral("is damaged: its secret part does not belong");
}

void TestMinisign::secretRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto parsed = Minisign::parseSecret(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestMinisign::tamperedDataRefused()
{
    const MinisignKey key = newKey();
    const QByteArray sig = signOrDie(key, kData, kComment);
    QByteArray changed = kData;
    changed[0] = 'e';
    for (const QByteArray& data : {changed, kData + "\n", kData.chopped(1), QByteArray()}) {
        auto result = Minisign::verify(key, data, sig);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Tampered);
        QVERIFY2(result.error().message.contains(QStringLiteral("does not match the data")),
                 qPrintable(result.error().message));
    }
}

void TestMinisign::tamperedTrustedCommentRefused()
{
    const MinisignKey key = newKey();
    const QByteArray sig = signOrDie(key, kData, kComment);
    QString changed = kComment;
    changed.replace(QStringLiteral("R-2026-0001"), QStringLiteral("R-2026-0002"));
    for (const QString& comment : {changed, kComment + QLatin1Char(' '), QString()}) {
        auto result =
            Minisign::verify(key, kData, replaceLine(sig, 2, "trusted comment: " + comment.toUtf8()));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Tampered);
        QVERIFY2(result.error().message.contains(QStringLiteral("trusted comment was changed")),
                 qPrintable(result.error().message));
    }
    // The untrusted comment is not signed: changing it is allowed, as in minisign.
    auto untrusted = Minisign::verify(key, kData, replaceLine(sig, 0, "untrusted comment: edited"));
    QVERIFY2(untrusted, why(untrusted).constData());
}

void TestMinisign::otherKeyRefused()
{
    const MinisignKey signer = newKey();
    const MinisignKey other = newKey();
    const QByteArray sig = signOrDie(signer, kData, kComment);
    auto result = Minisign::verify(other, kData, sig);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    const QString message = result.error().message;
    QVERIFY2(message.contains(QStringLiteral("signed by another key")), qPrintable(message));
    QVERIFY2(message.contains(Minisign::keyIdHex(signer.keyId)), qPrintable(message));
    QVERIFY2(message.contains(Minisign::keyIdHex(other.keyId)), qPrintable(message));

    // Same key id, different key (a forged or mixed-up .pub): the signature itself fails.
    MinisignKey impostor = other;
    impostor.keyId = signer.keyId;
    auto forged = Minisign::verify(impostor, kData, sig);
    QVERIFY(!forged);
    QCOMPARE(forged.error().code, Error::Code::Tampered);
}

void TestMinisign::malformedRefused_data()
{
    QTest::addColumn<QByteArray>("sig");
    QTest::addColumn<QString>("expected");
    const MinisignKey key = newKey();
    const QByteArray sig = signOrDie(key, kData, kComment);
    const QByteArray sigStruct = QByteArray::fromBase64(sig.split('\n').at(1));

    QTest::newRow("empty") << QByteArray() << QStringLiteral("it has 0 lines");
    QTest::newRow("three lines") << sig.split('\n').mid(0, 3).join('\n') << QStringLiteral("it has 3 lines");
    QTest::newRow("a public key file")
        << Minisign::publicKeyFile(key).value() << QStringLiteral("it has 2 lines");
    QTest::newRow("no untrusted prefix") << replaceLine(sig, 0, "comment: x")
                                         << QStringLiteral("line 1 must start with \"untrusted comment: \"");
    QTest::newRow("line 2 not base64")
        << replaceLine(sig, 1, "****") << QStringLiteral("line 2 must be the base64");
    QTest::newRow("line 2 too short") << replaceLine(sig, 1, sigStruct.chopped(1).toBase64())
                                      << QStringLiteral("line 2 must be the base64 of 74 bytes");
    QTest::newRow("unknown algorithm") << replaceLine(sig, 1, ("Ex" + sigStruct.mid(2)).toBase64())
                                       << QStringLiteral("unknown signature algorithm (bytes 4578)");
    QTest::newRow("no trusted prefix") << replaceLine(sig, 2, "trusted: x")
                                       << QStringLiteral("line 3 must start with \"trusted comment: \"");
    QTest::newRow("line 4 too short") << replaceLine(sig, 3, QByteArray(63, 'g').toBase64())
                                      << QStringLiteral("line 4 must be the base64 of the 64-byte");
}

void TestMinisign::malformedRefused()
{
    QFETCH(QByteArray, sig);
    QFETCH(QString, expected);
    const MinisignKey key = newKey();
    auto result = Minisign::verify(key, kData, sig);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("The signature file is malformed: ")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestMinisign::commentsChecked()
{
    const MinisignKey key = newKey();
    for (const QString& bad :
         {QStringLiteral("two\nlines"), QStringLiteral("cr\rinside"), QStringLiteral("nul") + QChar(u'\0')}) {
        auto trusted = Minisign::sign(key, kData, bad);
        QVERIFY(!trusted);
        QVERIFY2(trusted.error().message.contains(QStringLiteral("must be one line")),
                 qPrintable(trusted.error().message));
        auto untrusted = Minisign::sign(key, kData, kComment, bad);
        QVERIFY(!untrusted);
        QVERIFY(!Minisign::publicKeyFile(key, bad));
    }
    // minisign's own limits: it reads comment lines into 1024 and 8192 bytes (realMinisignAcceptsOurs signs
    // at both limits).
    QVERIFY(Minisign::sign(key, kData, kComment, QString(1003, QLatin1Char('u'))));
    auto untrustedTooLong = Minisign::sign(key, kData, kComment, QString(1004, QLatin1Char('u')));
    QVERIFY(!untrustedTooLong);
    QVERIFY2(untrustedTooLong.error().message.contains(
                 QStringLiteral("1004 bytes long; minisign reads at most 1003")),
             qPrintable(untrustedTooLong.error().message));
    QVERIFY(Minisign::sign(key, kData, QString(8173, QLatin1Char('t'))));
    auto tooLong = Minisign::sign(key, kData, QString(8174, QLatin1Char('t')));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().message.contains(QStringLiteral("8174 bytes long; minisign reads at most 8173")),
             qPrintable(tooLong.error().message));
    // Counted in UTF-8 bytes, not characters.
    QVERIFY(!Minisign::sign(key, kData, QString(4087, QChar(u'ü'))));
}

void TestMinisign::realMinisignAcceptsOurs()
{
    QVERIFY2(!minisignPath().isEmpty(), kMinisignMissing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const MinisignKey key = newKey();
    const QString file = dir.filePath(QStringLiteral("SHA256SUMS"));
    const QString pub = dir.filePath(QStringLiteral("key.pub"));
    QVERIFY(writeFile(file, kData));
    QVERIFY(writeFile(pub, Minisign::publicKeyFile(key, QStringLiteral("Lethe test key")).value()));
    QVERIFY(writeFile(file + QStringLiteral(".minisig"), signOrDie(key, kData, kComment)));

    Run run = minisign(dir.path(), {QStringLiteral("-Vm"), file, QStringLiteral("-p"), pub});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("Trusted comment: " + kComment.toUtf8()), qPrintable(run.describe()));
    // -H: minisign insists on a prehashed signature, which ours is.
    run = minisign(dir.path(), {QStringLiteral("-V"), QStringLiteral("-H"), QStringLiteral("-m"), file,
                                QStringLiteral("-P"),
                                QString::fromLatin1(("Ed" + key.keyId + key.publicKey).toBase64())});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    // The longest comments we allow still fit minisign's line buffers.
    const QString longest(8173, QLatin1Char('t'));
    auto atLimit = Minisign::sign(key, kData, longest, QString(1003, QLatin1Char('u')));
    QVERIFY2(atLimit, why(atLimit).constData());
    QVERIFY(writeFile(file + QStringLiteral(".minisig"), atLimit.value()));
    run = minisign(dir.path(), {QStringLiteral("-Vm"), file, QStringLiteral("-p"), pub});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains("Trusted comment: " + longest.toUtf8() + "\n"), qPrintable(run.describe()));

    // The real tool also refuses what we refuse: a changed file, a changed trusted comment.
    QVERIFY(writeFile(file, kData + "tampered\n"));
    run = minisign(dir.path(), {QStringLiteral("-Vm"), file, QStringLiteral("-p"), pub});
    QVERIFY2(run.code != 0, qPrintable(run.describe()));
    QVERIFY(writeFile(file, kData));
    QVERIFY(writeFile(file + QStringLiteral(".minisig"),
                      replaceLine(signOrDie(key, kData, kComment), 2, "trusted comment: forged")));
    run = minisign(dir.path(), {QStringLiteral("-Vm"), file, QStringLiteral("-p"), pub});
    QVERIFY2(run.code != 0, qPrintable(run.describe()));
}

void TestMinisign::realMinisignSignaturesAccepted()
{
    QVERIFY2(!minisignPath().isEmpty(), kMinisignMissing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pub = dir.filePath(QStringLiteral("real.pub"));
    const QString sec = dir.filePath(QStringLiteral("real.key"));
    Run run = minisign(dir.path(), {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                                    QStringLiteral("-s"), sec});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    auto key = Minisign::parsePublicKey(readFile(pub));
    QVERIFY2(key, why(key).constData());
    // Our .pub text is byte for byte what minisign writes.
    QCOMPARE(Minisign::publicKeyFile(key.value()).value(), readFile(pub));

    const QString file = dir.filePath(QStringLiteral("SHA256SUMS"));
    QVERIFY(writeFile(file, kData));
    run = minisign(dir.path(), {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), file,
                                QStringLiteral("-t"), kComment});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QByteArray sig = readFile(file + QStringLiteral(".minisig"));
    QVERIFY2(QByteArray::fromBase64(sig.split('\n').value(1)).startsWith("ED"), sig.constData());
    auto comment = Minisign::verify(key.value(), kData, sig);
    QVERIFY2(comment, why(comment).constData());
    QCOMPARE(comment.value(), kComment);

    // minisign's own trusted comment (timestamp, file name and, in 0.11, "hashed").
    run = minisign(dir.path(), {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), file,
                                QStringLiteral("-x"), dir.filePath(QStringLiteral("default.minisig"))});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    comment = Minisign::verify(key.value(), kData, readFile(dir.filePath(QStringLiteral("default.minisig"))));
    QVERIFY2(comment, why(comment).constData());
    QVERIFY2(comment->startsWith(QStringLiteral("timestamp:")) &&
                 comment->contains(QStringLiteral("\tfile:SHA256SUMS")),
             qPrintable(comment.value()));

    // Legacy signatures ("Ed", over the data itself).
    const QString legacy = dir.filePath(QStringLiteral("legacy.minisig"));
    run = minisign(dir.path(), {QStringLiteral("-S"), QStringLiteral("-l"), QStringLiteral("-s"), sec,
                                QStringLiteral("-m"), file, QStringLiteral("-x"), legacy,
                                QStringLiteral("-t"), kComment});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QByteArray legacySig = readFile(legacy);
    QVERIFY2(QByteArray::fromBase64(legacySig.split('\n').value(1)).startsWith("Ed"), legacySig.constData());
    comment = Minisign::verify(key.value(), kData, legacySig);
    QVERIFY2(comment, why(comment).constData());
    QCOMPARE(comment.value(), kComment);

    // Over modified data the real signatures are refused as tampered.
    for (const QByteArray& s : {sig, legacySig}) {
        auto refused = Minisign::verify(key.value(), kData + "tampered\n", s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Tampered);
        QVERIFY2(refused.error().message.contains(QStringLiteral("does not match the data")),
                 qPrintable(refused.error().message));
    }
    // And against our own key, with both key ids named.
    const MinisignKey ours = newKey();
    auto other = Minisign::verify(ours, kData, sig);
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(Minisign::keyIdHex(key->keyId)) &&
                 other.error().message.contains(Minisign::keyIdHex(ours.keyId)),
             qPrintable(other.error().message));
}

void TestMinisign::sameBytesAsRealMinisign()
{
    // Ed25519 is deterministic, so with minisign's own key our .minisig must equal minisign's byte for byte.
    QVERIFY2(!minisignPath().isEmpty(), kMinisignMissing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pub = dir.filePath(QStringLiteral("real.pub"));
    const QString sec = dir.filePath(QStringLiteral("real.key"));
    Run run = minisign(dir.path(), {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub,
                                    QStringLiteral("-s"), sec});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));

    // An unencrypted minisign secret key: "Ed", kdf "\0\0" (none), "B2", 32 salt, 8 + 8 kdf limits, then
    // key id (8), Ed25519 secret key (64), checksum (32).
    const QByteArray raw = QByteArray::fromBase64(readFile(sec).split('\n').value(1));
    QCOMPARE(raw.size(), 158);
    QCOMPARE(raw.left(2), QByteArray("Ed"));
    QVERIFY2(raw.mid(2, 2) == QByteArray(2, '\0'), "minisign -W should write an unencrypted secret key");
    MinisignKey key;
    key.keyId = raw.mid(54, 8);
    key.secretKey = raw.mid(62, 64);
    key.publicKey = key.secretKey.right(32);
    QCOMPARE(key.publicKey, Minisign::parsePublicKey(readFile(pub)).value().publicKey);

    const QString file = dir.filePath(QStringLiteral("SHA256SUMS"));
    QVERIFY(writeFile(file, kData));
    run = minisign(dir.path(), {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), file,
                                QStringLiteral("-t"), kComment});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QCOMPARE(signOrDie(key, kData, kComment), readFile(file + QStringLiteral(".minisig")));
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
