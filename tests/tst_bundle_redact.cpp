#include "Age.h"
#include "BundleReader.h"
#include "BundleRedactor.h"
#include "TestSupport.h"
#include "ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// Redaction and re-sealing (lethe-cli bundle redact) on Amelia Hart's access bundle from the demo workspace:
// the withheld values are gone from the JSON, the CSV and index.html, everything else is unchanged, the new
// bundle satisfies sha256sum -c and minisign -V, the log says what and why but never the values, the original
// is untouched; and every refusal names what is wrong and leaves nothing behind.
class TestBundleRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void redactsAndReseals();
    void redactingAgainAppendsToTheLog();
    void refusals();
    void tamperedOriginalIsNotResealed();
    void encryptedInEncryptedOut();
    void untrustedOriginalNeedsAcceptance();
    void anywhereIgnoresCase();

private:
    test::CliRun cli(QStringList args, bool json = true)
    {
        args << QStringLiteral("--workspace") << QStringLiteral("demo");
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(), args, json, {}, 120000);
    }
    static int tool(const QString& program, const QStringList& args, const QString& dir = {},
                    QByteArray* output = nullptr)
    {
        return test::runTool(program, args, dir, output);
    }
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_out.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QByteArray sha256(const QString& path)
    {
        return QCryptographicHash::hash(read(path), QCryptographicHash::Sha256).toHex();
    }
    // The folder holds only these names (no .part, no temporary folder left behind).
    static QStringList names(const QString& dir)
    {
        QStringList n = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        n.sort();
        return n;
    }

    QTemporaryDir m_home;
    QTemporaryDir m_out;
    QString m_original;
    QByteArray m_originalSum;
    QString m_redacted;
};

void TestBundleRedact::initTestCase()
{
    test::isolate();
    const test::CliRun init = cli({QStringLiteral("demo"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, init.err.constData());
    // Amelia Hart's access request is new in the demo queue: her identity is checked before any export.
    const test::CliRun verified = cli({QStringLiteral("requests"), QStringLiteral("transition"),
                                       QStringLiteral("R-2026-0039"), QStringLiteral("verified")});
    QVERIFY2(verified.code == 0, verified.err.constData());
    m_original = m_out.filePath(QStringLiteral("amelia.lethe.zip"));
    const test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), m_original, QStringLiteral("--no-processors")});
    QVERIFY2(r.code == 0, r.err.constData());
    m_originalSum = sha256(m_original);
}

void TestBundleRedact::redactsAndReseals()
{
    // Row 2 of AlwaysLeads' leads whole, row 1's linkedin_url, a phrase inside LeadMachine's first lead
    // message, and the employer's name wherever it appears.
    const QString list = writeFile(
        QStringLiteral("redactions.json"),
        R"([{"scope":"row","file":"data/alwaysleads/supabase/leads.json","row":2,"reason":"a colleague's record"},
            {"scope":"cell","file":"data/alwaysleads/supabase/leads.csv","row":1,"column":"linkedin_url",
             "reason":"third party"},
            {"scope":"text","file":"data/leadmachine/supabase/leads.json","row":1,"column":"message",
             "text":"teeth whitening","reason":"another person's health"},
            {"scope":"anywhere","text":"Hart & Reed","reason":"the employer"}])");
    QVERIFY(!list.isEmpty());
    m_redacted = m_out.filePath(QStringLiteral("amelia-redacted.lethe.zip"));
    const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), m_original,
                                QStringLiteral("--redactions"), list, QStringLiteral("--out"), m_redacted});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("redactions")).toInt(), 4);
    QVERIFY(out.value(QStringLiteral("cells")).toInt() > 13); // 11 + 1 + 1 + the employer's name
    QCOMPARE(sha256(m_original), m_originalSum);              // the original is untouched

    // The standard tools accept the new bundle, signed by the workspace's key.
    QTemporaryDir a, b;
    QVERIFY(tool(QStringLiteral("unzip"),
                 {QStringLiteral("-q"), m_original, QStringLiteral("-d"), a.path()}) == 0);
    QVERIFY(tool(QStringLiteral("unzip"),
                 {QStringLiteral("-q"), m_redacted, QStringLiteral("-d"), b.path()}) == 0);
    QByteArray output;
    QVERIFY2(tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, b.path(),
                  &output) == 0,
             output.constData());
    const test::CliRun pub = cli({QStringLiteral("keys"), QStringLiteral("export-public")}, false);
    QVERIFY(pub.code == 0);
    const QString key = writeFile(QStringLiteral("key.pub"), pub.out);
    QVERIFY2(
        tool(QStringLiteral("minisign"),
             {QStringLiteral("-Vm"), b.filePath(QStringLiteral("SHA256SUMS")), QStringLiteral("-p"), key}, {},
             &output) == 0,
        output.constData());
    const test::CliRun verify = cli({QStringLiteral("bundle"), QStringLiteral("verify"), m_redacted});
    QCOMPARE(verify.code, 0);
    QCOMPARE(QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("signature")).toString(),
             QStringLiteral("trusted"));

    // The values are gone from the data and from the report; the rest is as it was.
    const QString leads = QStringLiteral("data/alwaysleads/supabase/leads");
    const QList<QByteArray> before = read(a.filePath(leads + QStringLiteral(".json"))).split('\n');
    const QList<QByteArray> after = read(b.filePath(leads + QStringLiteral(".json"))).split('\n');
    QCOMPARE(after.size(), before.size());
    const QJsonObject row1 = QJsonDocument::fromJson(after[1].chopped(1)).object();
    const QJsonObject row2 = QJsonDocument::fromJson(after[2].chopped(1)).object();
    const QJsonObject row1Before = QJsonDocument::fromJson(before[1].chopped(1)).object();
    QCOMPARE(row1.value(QStringLiteral("linkedin_url")).toString(), BundleRedactor::marker());
    QCOMPARE(row1.value(QStringLiteral("email")), row1Before.value(QStringLiteral("email")));
    QCOMPARE(row1.value(QStringLiteral("company")).toString(), QStringLiteral("[redacted] Lettings"));
    for (auto it = row2.begin(); it != row2.end(); ++it)
        QCOMPARE(it.value().toString(), BundleRedactor::marker());
    QCOMPARE(after[3].contains("Hart & Reed"), false);
    const QByteArray csv = read(b.filePath(leads + QStringLiteral(".csv")));
    QVERIFY(csv.split('\n').at(2).startsWith("[redacted],[redacted],"));
    QVERIFY(!csv.contains(row1Before.value(QStringLiteral("linkedin_url")).toString().toUtf8()));
    const QByteArray message = read(b.filePath(QStringLiteral("data/leadmachine/supabase/leads.json")));
    const QByteArray firstLead = message.split('\n').at(1); // only that row's message
    QVERIFY(firstLead.contains("a quote for [redacted]."));
    QVERIFY(!firstLead.contains("teeth whitening"));
    QCOMPARE(
        message.count("teeth whitening"),
        read(a.filePath(QStringLiteral("data/leadmachine/supabase/leads.json"))).count("teeth whitening") -
            1);
    QDirIterator files(b.path(), QDir::Files, QDirIterator::Subdirectories);
    int unchanged = 0;
    while (files.hasNext()) {
        const QString f = files.next();
        const QByteArray bytes = read(f);
        QVERIFY2(!bytes.contains("Hart & Reed") && !bytes.contains("Hart &amp; Reed"), qPrintable(f));
        QVERIFY2(!bytes.contains(row1Before.value(QStringLiteral("linkedin_url")).toString().toUtf8()),
                 qPrintable(f));
        const QString rel = QDir(b.path()).relativeFilePath(f);
        if (rel.startsWith(QLatin1String("data/leadtrackengine/")) && read(a.filePath(rel)) == bytes)
            ++unchanged;
    }
    QVERIFY(unchanged > 10); // tables without the employer's name are copied byte for byte
    const QByteArray report = read(b.filePath(QStringLiteral("index.html")));
    QVERIFY(report.contains("<tr data-file=\"data/alwaysleads/supabase/leads.json\" "
                            "data-row=\"1\"><td>[redacted]</td><td>[redacted]"));
    QVERIFY(report.contains("Amelia Hart"));

    // The log: what, where and why, never the withheld text; and where the bundle came from.
    const QJsonObject m = QJsonDocument::fromJson(read(b.filePath(QStringLiteral("manifest.json")))).object();
    const QJsonArray log = m.value(QStringLiteral("redactions")).toArray();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log[0].toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("row"));
    QCOMPARE(log[0].toObject().value(QStringLiteral("row")).toInt(), 2);
    QCOMPARE(log[0].toObject().value(QStringLiteral("cells")).toInt(), 11);
    QCOMPARE(log[1].toObject().value(QStringLiteral("file")).toString(), leads + QStringLiteral(".json"));
    QCOMPARE(log[2].toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("another person's health"));
    QVERIFY(!QJsonDocument(log).toJson().contains("teeth") && !QJsonDocument(log).toJson().contains("Reed"));
    const QJsonArray sealed = m.value(QStringLiteral("resealed")).toArray();
    QCOMPARE(sealed.size(), 1);
    QCOMPARE(sealed[0].toObject().value(QStringLiteral("original_sha256")).toString().toLatin1(),
             m_originalSum);
    QCOMPARE(m.value(QStringLiteral("rows")),
             QJsonDocument::fromJson(read(a.filePath(QStringLiteral("manifest.json"))))
                 .object()
                 .value(QStringLiteral("rows")));
}

void TestBundleRedact::redactingAgainAppendsToTheLog()
{
    QVERIFY(!m_redacted.isEmpty());
    const QString list = writeFile(
        QStringLiteral("again.json"),
        R"([{"scope":"cell","file":"data/alwaysleads/supabase/profiles.json","row":1,"column":"company_name",
                       "reason":"not hers"}])");
    const QString again = m_out.filePath(QStringLiteral("amelia-redacted-2.lethe.zip"));
    const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), m_redacted,
                                QStringLiteral("--redactions"), list, QStringLiteral("--out"), again});
    QVERIFY2(r.code == 0, r.err.constData());
    QTemporaryDir x;
    auto v = BundleReader::extract(again, x.filePath(QStringLiteral("b")), nullptr);
    QVERIFY2(bool(v), v ? "" : qPrintable(v.error().message));
    QVERIFY(v->checksumsOk);
    const QJsonObject m = QJsonDocument::fromJson(v->manifest).object();
    QCOMPARE(m.value(QStringLiteral("redactions")).toArray().size(), 5);
    QCOMPARE(m.value(QStringLiteral("resealed")).toArray().size(), 2);
}

void TestBundleRedact::refusals()
{
    const QStringList before = names(m_out.path());
    auto refused = [&](const QByteArray& list, const QString& expected, int code = 2) {
        const QString file = writeFile(QStringLiteral("bad.json"), list);
        const QString target = m_out.filePath(QStringLiteral("refused.lethe.zip"));
        const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), m_original,
                                    QStringLiteral("--redactions"), file, QStringLiteral("--out"), target});
        QFile::remove(file);
        if (r.code != code || !QString::fromUtf8(r.err).contains(expected)) {
            qWarning("exit %d: %s", r.code, r.err.constData());
            return false;
        }
        return names(m_out.path()) == before && sha256(m_original) == m_originalSum;
    };
    const QByteArray row = R"("file":"data/alwaysleads/supabase/leads.json")";
    QVERIFY(
        refused(R"([{"scope":"text",)" + row + R"(,"row":1,"column":"title","text":"Nobody","reason":"x"}])",
                QStringLiteral("redaction 1 (data/alwaysleads/supabase/leads.json, row 1, column title): the "
                               "cell does not contain the text")));
    // Amelia's 14 own lead rows: the 16 leads of her own campaigns are other people's and not in an access
    // bundle (Art. 15(4)).
    QVERIFY(refused(R"([{"scope":"row",)" + row + R"(,"row":15,"reason":"x"}])",
                    QStringLiteral("row 15): the table has 14 rows")));
    QVERIFY(refused(R"([{"scope":"cell",)" + row + R"(,"row":1,"column":"shoe_size","reason":"x"}])",
                    QStringLiteral("has no column \"shoe_size\"")));
    QVERIFY(refused(R"([{"scope":"row",)" + row + R"(,"row":1,"reason":"  "}])",
                    QStringLiteral("give a reason")));
    QVERIFY(refused(R"([{"scope":"row","file":"data/nowhere.json","row":1,"reason":"x"}])",
                    QStringLiteral("the bundle has no table file \"data/nowhere.json\"")));
    QVERIFY(refused(R"([{"scope":"anywhere","text":"Nobody Anywhere","reason":"x"}])",
                    QStringLiteral("the text to withhold is in no table")));
    QVERIFY(refused(R"([{"scope":"everything","reason":"x"}])",
                    QStringLiteral("bad.json: redaction 1: \"scope\" must be row, cell, text or anywhere")));
    QVERIFY(refused(R"([{"scope":"row",)" + row + R"(,"row":1,"reason":"x","value":"y"}])",
                    QStringLiteral("bad.json: redaction 1: unknown field \"value\"")));
    QVERIFY(refused(R"([{"scope":"row",)", QStringLiteral("bad.json: not valid JSON")));
    // The new bundle never replaces a file.
    const QString list =
        writeFile(QStringLiteral("ok.json"), R"([{"scope":"row",)" + row + R"(,"row":1,"reason":"x"}])");
    const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), m_original,
                                QStringLiteral("--redactions"), list, QStringLiteral("--out"), m_redacted});
    QCOMPARE(r.code, 4);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("exists already")));
    QVERIFY(QFile::remove(list));
}

void TestBundleRedact::untrustedOriginalNeedsAcceptance()
{
    // Another workspace does not know this one's key: to it the original is signed by an unknown key, and
    // re-sealing would put its own trusted signature over content nobody there vouched for.
    QTemporaryDir otherHome;
    auto other = [&](QStringList args) {
        args << QStringLiteral("--workspace") << QStringLiteral("other");
        return test::runCli(QStringLiteral(LETHE_CLI_PATH), otherHome.path(), args, true, {}, 120000);
    };
    QCOMPARE(other({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("other")}).code, 0);
    const QString list = writeFile(QStringLiteral("u.json"),
                                   R"([{"scope":"row","file":"data/alwaysleads/supabase/profiles.json",)"
                                   R"("row":1,"reason":"a test"}])");
    const QString out = m_out.filePath(QStringLiteral("laundered-unknown.lethe.zip"));
    test::CliRun r = other({QStringLiteral("bundle"), QStringLiteral("redact"), m_original,
                            QStringLiteral("--redactions"), list, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 4);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("--accept-untrusted")), r.err.constData());
    QVERIFY(!QFile::exists(out));
    r = other({QStringLiteral("bundle"), QStringLiteral("redact"), m_original, QStringLiteral("--redactions"),
               list, QStringLiteral("--out"), out, QStringLiteral("--accept-untrusted")});
    QVERIFY2(r.code == 0, r.err.constData());
    // The new bundle says, in its manifest and at the top of its report, what the original's verdict was.
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), out, QStringLiteral("-d"), x.path()}) == 0);
    const QJsonObject manifest =
        QJsonDocument::fromJson(read(x.filePath(QStringLiteral("manifest.json")))).object();
    const QJsonObject seal = manifest.value(QStringLiteral("resealed")).toArray().last().toObject();
    QCOMPARE(seal.value(QStringLiteral("original_trusted")).toBool(true), false);
    QVERIFY(seal.value(QStringLiteral("original_verdict")).toString().contains(QStringLiteral("unknown")));
    const QByteArray html = read(x.filePath(QStringLiteral("index.html")));
    QVERIFY(html.contains("class=\"untrusted\""));
    QVERIFY(html.indexOf("class=\"untrusted\"") < html.indexOf("<h1>"));
}

void TestBundleRedact::anywhereIgnoresCase()
{
    // Search finds text whatever its case; redaction once did not, and left the other spellings in. Typed
    // in lower case, the employer's name goes from every table and from the report.
    const QString list =
        writeFile(QStringLiteral("case.json"),
                  R"([{"scope":"anywhere","text":"hart & reed lettings","reason":"the employer"}])");
    const QString out = m_out.filePath(QStringLiteral("amelia-case.lethe.zip"));
    const test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), m_original,
                                QStringLiteral("--redactions"), list, QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, r.err.constData());
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), out, QStringLiteral("-d"), x.path()}) == 0);
    QDirIterator it(x.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString f = it.next();
        ++files;
        QVERIFY2(
            !QString::fromUtf8(read(f)).contains(QStringLiteral("Hart &amp; Reed"), Qt::CaseInsensitive) &&
                !QString::fromUtf8(read(f)).contains(QStringLiteral("Hart & Reed"), Qt::CaseInsensitive),
            qPrintable(f));
    }
    QVERIFY(files > 40);
}

void TestBundleRedact::tamperedOriginalIsNotResealed()
{
    // A copy of the original with one data file changed after signing, SHA256SUMS and signature kept.
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"),
                 {QStringLiteral("-q"), m_original, QStringLiteral("-d"), x.path()}) == 0);
    QByteArray output;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_original}, {}, &output) == 0);
    const QString tampered = m_out.filePath(QStringLiteral("tampered.lethe.zip"));
    ZipWriter zip;
    QVERIFY(zip.open(tampered, QDateTime::currentDateTimeUtc()));
    for (const QByteArray& name : output.trimmed().split('\n')) {
        QByteArray bytes = read(x.filePath(QString::fromUtf8(name)));
        if (name == "data/alwaysleads/supabase/profiles.json")
            bytes.replace("Amelia", "Amelie");
        QVERIFY(zip.begin(QString::fromUtf8(name)) && zip.write(bytes) && zip.end());
    }
    QVERIFY(zip.close());
    const QString list = writeFile(QStringLiteral("t.json"),
                                   R"([{"scope":"anywhere","text":"Hart & Reed","reason":"the employer"}])");
    const test::CliRun r =
        cli({QStringLiteral("bundle"), QStringLiteral("redact"), tampered, QStringLiteral("--redactions"),
             list, QStringLiteral("--out"), m_out.filePath(QStringLiteral("laundered.lethe.zip"))});
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral(
                 "cannot be re-sealed: Tampered: data/alwaysleads/supabase/profiles.json was changed")),
             r.err.constData());
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("laundered.lethe.zip"))));
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("laundered.lethe.zip.part"))));
}

void TestBundleRedact::encryptedInEncryptedOut()
{
    // An age identity of the reviewer's; the bundle is exported to it and re-sealed to it.
    const QString identity = m_out.filePath(QStringLiteral("reviewer.key"));
    QVERIFY(tool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), identity}) == 0);
    QByteArray recipient;
    QVERIFY(tool(QStringLiteral("age-keygen"), {QStringLiteral("-y"), identity}, {}, &recipient) == 0);
    recipient = recipient.trimmed();
    QVERIFY(recipient.startsWith("age1"));
    const QString encrypted = m_out.filePath(QStringLiteral("amelia.lethe.zip.age"));
    test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), encrypted, QStringLiteral("--no-processors"),
             QStringLiteral("--recipient"), QString::fromLatin1(recipient)});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString list = writeFile(QStringLiteral("enc.json"),
                                   R"([{"scope":"anywhere","text":"Hart & Reed","reason":"the employer"}])");
    const QString out = m_out.filePath(QStringLiteral("amelia-redacted.lethe.zip.age"));
    // Without the identity the original cannot be read: said, nothing written.
    r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), encrypted, QStringLiteral("--redactions"),
             list, QStringLiteral("--out"), out, QStringLiteral("--recipient"),
             QString::fromLatin1(recipient)});
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("encrypted")), r.err.constData());
    QVERIFY(!QFile::exists(out));
    // An encrypted original stays encrypted: a plain name is refused before any work (it once wrote the
    // plaintext with exit 0), unless --decrypt asks for it explicitly.
    const QString plainOut = m_out.filePath(QStringLiteral("amelia-redacted-plain.lethe.zip"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), encrypted, QStringLiteral("--redactions"),
             list, QStringLiteral("--out"), plainOut, QStringLiteral("--identity"), identity});
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("--decrypt")), r.err.constData());
    QVERIFY(!QFile::exists(plainOut));
    r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), encrypted, QStringLiteral("--redactions"),
             list, QStringLiteral("--out"), plainOut, QStringLiteral("--identity"), identity,
             QStringLiteral("--decrypt")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!Age::looksEncrypted(plainOut));
    QVERIFY(QFile::remove(plainOut));
    // By default it is encrypted to the public key of the identity that opened it.
    r = cli({QStringLiteral("bundle"), QStringLiteral("redact"), encrypted, QStringLiteral("--redactions"),
             list, QStringLiteral("--out"), out, QStringLiteral("--identity"), identity});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(Age::looksEncrypted(out));
    // age itself decrypts the new bundle, and unzip accepts what comes out; the employer's name is gone.
    const QString plain = m_out.filePath(QStringLiteral("decrypted.zip"));
    QByteArray output;
    QVERIFY2(tool(QStringLiteral("age"),
                  {QStringLiteral("-d"), QStringLiteral("-i"), identity, QStringLiteral("-o"), plain, out},
                  {}, &output) == 0,
             output.constData());
    QVERIFY2(tool(QStringLiteral("unzip"), {QStringLiteral("-t"), plain}, {}, &output) == 0,
             output.constData());
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), plain, QStringLiteral("-d"), x.path()}) ==
            0);
    QVERIFY(
        !read(x.filePath(QStringLiteral("data/alwaysleads/supabase/leads.json"))).contains("Hart & Reed"));
    r = cli(
        {QStringLiteral("bundle"), QStringLiteral("verify"), out, QStringLiteral("--identity"), identity});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFile::remove(plain) && QFile::remove(list));
}

QTEST_GUILESS_MAIN(TestBundleRedact)
#include "tst_bundle_redact.moc"
