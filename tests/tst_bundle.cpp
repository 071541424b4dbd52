#include "Age.h"
#include "BundleReader.h"
#include "TestSupport.h"
#include "ZipWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <random>

using namespace lethe;

// Export bundles from the demo workspace, checked with the standard tools from Debian: `unzip -t`, `sha256sum
// -c` on the extracted files, `minisign -V` with the key `lethe-cli keys export-public` prints. Then `bundle
// verify`: trusted, a changed file named, a file added, an entry that would escape the folder, a damaged
// file. Encrypted bundles: `age -d` opens them, `bundle verify --identity` and `--passphrase-file` too, and a
// wrong passphrase extracts nothing. Zip bombs: an entry (or a bundle) that unpacks at a ratio no JSON or CSV
// reaches is refused while it is read, plain or encrypted, and extracts nothing.
class TestBundle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accessBundleSatisfiesTheStandardTools();
    void reportNamesTheController();
    void portabilityLeadsWithData();
    void refusals();
    void verifyCatchesTampering();
    void extractAllOrNothing();
    void encryptedBundle();
    void zipBombs();
    void deflaterJoinsPieces();

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
    QString exportBundle(const QString& request, const QString& name);

    QTemporaryDir m_home;
    QTemporaryDir m_out;
    QString m_access;
};

void TestBundle::initTestCase()
{
    test::isolate();
    const test::CliRun init = cli({QStringLiteral("demo"), QStringLiteral("init")});
    QVERIFY2(init.code == 0, init.err.constData());
    // Amelia Hart's access request is new in the demo queue: her identity is checked before any export.
    const test::CliRun verified = cli({QStringLiteral("requests"), QStringLiteral("transition"),
                                       QStringLiteral("R-2026-0039"), QStringLiteral("verified")});
    QVERIFY2(verified.code == 0, verified.err.constData());
}

QString TestBundle::exportBundle(const QString& request, const QString& name)
{
    const QString file = m_out.filePath(name);
    const test::CliRun r = cli({QStringLiteral("export"), QStringLiteral("--request"), request,
                                QStringLiteral("--out"), file, QStringLiteral("--no-processors")});
    if (r.code != 0) {
        qWarning("%s", r.err.constData());
        return {};
    }
    return file;
}

void TestBundle::accessBundleSatisfiesTheStandardTools()
{
    // Amelia Hart's access request (R-2026-0039 in the demo queue).
    m_access = exportBundle(QStringLiteral("R-2026-0039"), QStringLiteral("amelia.zip"));
    QVERIFY(!m_access.isEmpty());
    QByteArray output;
    QVERIFY2(tool(QStringLiteral("unzip"), {QStringLiteral("-t"), m_access}, {}, &output) == 0,
             output.constData());
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_access}, {}, &output) == 0);
    const QList<QByteArray> names = output.trimmed().split('\n');
    QCOMPARE(names.first(), QByteArray("index.html")); // an access bundle leads with the readable report
    QVERIFY(names.contains("manifest.json") && names.contains("SHA256SUMS") &&
            names.contains("SHA256SUMS.minisig"));
    QVERIFY(names.contains("data/alwaysleads/supabase/profiles.json"));
    QVERIFY(names.contains("data/alwaysleads/supabase/profiles.csv"));

    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), m_access, QStringLiteral("-d"), x.path()}) ==
            0);
    QVERIFY2(tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, x.path(),
                  &output) == 0,
             output.constData());
    const test::CliRun pub = cli({QStringLiteral("keys"), QStringLiteral("export-public")}, false);
    QVERIFY2(pub.code == 0, pub.err.constData());
    QVERIFY(pub.out.startsWith("untrusted comment: "));
    QFile keyFile(x.filePath(QStringLiteral("key.pub")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(pub.out);
    keyFile.close();
    QVERIFY2(tool(QStringLiteral("minisign"),
                  {QStringLiteral("-Vm"), x.filePath(QStringLiteral("SHA256SUMS")), QStringLiteral("-p"),
                   keyFile.fileName()},
                  {}, &output) == 0,
             output.constData());

    // The manifest and the data.
    QFile manifest(x.filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("request")).toString(), QStringLiteral("R-2026-0039"));
    QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("access"));
    QCOMPARE(m.value(QStringLiteral("systems")).toArray().size(), 5);
    QVERIFY(m.value(QStringLiteral("rows")).toInteger() > 300);
    QCOMPARE(m.value(QStringLiteral("subject")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Amelia Hart"));
    for (const QJsonValue& sv : m.value(QStringLiteral("systems")).toArray())
        QCOMPARE(sv.toObject().value(QStringLiteral("map_sha256")).toString().size(), 64);
    QFile profiles(x.filePath(QStringLiteral("data/alwaysleads/supabase/profiles.json")));
    QVERIFY(profiles.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(profiles.readAll()).object();
    QCOMPARE(table.value(QStringLiteral("data")).toArray().size(),
             table.value(QStringLiteral("rows")).toInt());
    QVERIFY(
        table.value(QStringLiteral("data")).toArray().first().toObject().contains(QStringLiteral("email")));
    QFile report(x.filePath(QStringLiteral("index.html")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("Amelia Hart") && html.contains("Why we process it") &&
            html.contains("Your rights"));
    QVERIFY(!html.contains("<script")); // self-contained and inert
    // The summary, the rights and who answers come before the first table of data; the demo's fictional
    // controller is named; the categories are in words.
    const qsizetype firstTable = html.indexOf("<table");
    for (const char* before : {"id=\"summary\"", "id=\"rights\"", "Example Leads Ltd", "privacy@example.com"})
        QVERIFY2(html.indexOf(before) > 0 && html.indexOf(before) < firstTable, before);
    QVERIFY(html.contains("Contact details: email address"));
    // Password hashes and encrypted tokens are withheld with the reason, in the report and the data.
    QVERIFY(!QRegularExpression(QStringLiteral("<td>[0-9a-f]{32,}</td>"))
                 .match(QString::fromUtf8(html))
                 .hasMatch());

    const test::CliRun verify = cli({QStringLiteral("bundle"), QStringLiteral("verify"), m_access});
    QVERIFY2(verify.code == 0, verify.err.constData());
    QCOMPARE(verify.json().object().value(QStringLiteral("signature")).toString(), QStringLiteral("trusted"));
    // The export is audited with counts, not data.
    const test::CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("log"),
                                    QStringLiteral("--request"), QStringLiteral("R-2026-0039")},
                                   false);
    QVERIFY(audit.out.contains("export.write"));
    QVERIFY(!audit.out.contains("amelia"));
}

void TestBundle::reportNamesTheController()
{
    // demo init names a fictional controller; workspace set shows and changes it.
    test::CliRun shown = cli({QStringLiteral("workspace"), QStringLiteral("set")});
    QVERIFY2(shown.code == 0, shown.err.constData());
    QCOMPARE(shown.json().object().value(QStringLiteral("controller.name")).toString(),
             QStringLiteral("Example Leads Ltd (a fictional company)"));
    QVERIFY(!shown.json().object().value(QStringLiteral("authority.name")).toString().isEmpty());
    // Without the controller's name no bundle is made, and the message says which setting to set.
    const test::CliRun cleared = cli(
        {QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--controller-name"), QString()});
    QVERIFY2(cleared.code == 0, cleared.err.constData());
    QCOMPARE(cleared.json().object().value(QStringLiteral("controller.name")).toString(), QString());
    const QString file = m_out.filePath(QStringLiteral("nameless.zip"));
    const test::CliRun refused =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), file, QStringLiteral("--no-processors")},
            false);
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains("--controller-name") && refused.err.contains("lethe-cli workspace set"),
             refused.err.constData());
    QVERIFY(!QFileInfo::exists(file));
    // Set again: the new name is in the next report.
    const test::CliRun set = cli({QStringLiteral("workspace"), QStringLiteral("set"),
                                  QStringLiteral("--controller-name"), QStringLiteral("Hart Reed Leads GmbH"),
                                  QStringLiteral("--dpo-contact"), QStringLiteral("dpo@hart-reed.example")});
    QVERIFY2(set.code == 0, set.err.constData());
    const QString named = exportBundle(QStringLiteral("R-2026-0039"), QStringLiteral("named.zip"));
    QVERIFY(!named.isEmpty());
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), named, QStringLiteral("-d"), x.path()}) ==
            0);
    QFile report(x.filePath(QStringLiteral("index.html")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("Hart Reed Leads GmbH") && html.contains("dpo@hart-reed.example"));
    const test::CliRun restored =
        cli({QStringLiteral("workspace"), QStringLiteral("set"), QStringLiteral("--controller-name"),
             QStringLiteral("Example Leads Ltd (a fictional company)")});
    QVERIFY2(restored.code == 0, restored.err.constData());
}

void TestBundle::portabilityLeadsWithData()
{
    // Lucas Rossi's portability request (R-2026-0027, GDPR). Daniel Fischer's R-2026-0015 was one under the
    // CCPA, which has no portability request (a portable copy is part of the right to know): it is now a know
    // request.
    const QString file = exportBundle(QStringLiteral("R-2026-0027"), QStringLiteral("lucas.zip"));
    QVERIFY(!file.isEmpty());
    QByteArray output;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), file}, {}, &output) == 0);
    QVERIFY2(output.startsWith("data/"), output.left(200).constData());
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-t"), file}) == 0);
}

void TestBundle::refusals()
{
    // An erasure request gets no bundle; an existing file is not overwritten.
    test::CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0029"),
             QStringLiteral("--out"), m_out.filePath(QStringLiteral("no.zip"))});
    QCOMPARE(r.code, 4);
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("no.zip"))));
    QVERIFY(!m_access.isEmpty());
    r = cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), m_access, QStringLiteral("--no-processors")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("exists already"), r.err.constData());
    // Nor does a request whose subject is not verified, nor one denied (once, 870 rows went out for a request
    // denied because the identity could not be verified): new, awaiting identity, denied, completed.
    for (const char* id : {"R-2026-0037", "R-2026-0023", "R-2026-0017", "R-2026-0011"}) {
        const QString out = m_out.filePath(QStringLiteral("refused-%1.zip").arg(QLatin1String(id)));
        r = cli({QStringLiteral("export"), QStringLiteral("--request"), QString::fromLatin1(id),
                 QStringLiteral("--out"), out, QStringLiteral("--no-processors")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("verified"), r.err.constData());
        QVERIFY(!QFile::exists(out));
    }
    // No leftovers beside the bundles.
    for (const QString& f :
         QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        QVERIFY2(f.endsWith(QLatin1String(".zip")), qPrintable(f));
}

void TestBundle::verifyCatchesTampering()
{
    QVERIFY(!m_access.isEmpty());
    QTemporaryDir x;
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-q"), m_access, QStringLiteral("-d"), x.path()}) ==
            0);
    QStringList files;
    QDirIterator it(x.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(x.path()).relativeFilePath(it.next());
    files.sort();
    // Re-packs the extracted files, with `change` applied to one of them and `extra` added.
    auto repack = [&](const QString& name, const QString& changed, const QString& extra,
                      const QString& left = {}) {
        ZipWriter z;
        const QString out = m_out.filePath(name);
        if (!z.open(out, QDateTime::currentDateTimeUtc()))
            return QString();
        for (const QString& f : std::as_const(files)) {
            if (f == left)
                continue;
            QFile in(x.filePath(f));
            if (!in.open(QIODevice::ReadOnly) || !z.begin(f))
                return QString();
            QByteArray bytes = in.readAll();
            if (f == changed && f == QLatin1String("SHA256SUMS"))
                bytes[0] = bytes[0] == '0' ? '1' : '0'; // one checksum edited
            else if (f == changed)
                bytes.replace("Amelia", "Amalia");
            if (!z.write(bytes) || !z.end())
                return QString();
        }
        if (!extra.isEmpty() && (!z.begin(extra) || !z.write("x") || !z.end()))
            return QString();
        return z.close() ? out : QString();
    };
    auto verify = [&](const QString& file) {
        return cli({QStringLiteral("bundle"), QStringLiteral("verify"), file});
    };
    const QString same = repack(QStringLiteral("same.zip"), {}, {});
    test::CliRun sameRun = verify(same);
    QVERIFY2(sameRun.code == 0, sameRun.err.constData()); // re-packed but unchanged: still intact and trusted

    // Each verdict has its own exit status (they once all said 6, "audit chain broken").
    const QString changed = repack(QStringLiteral("changed.zip"), QStringLiteral("index.html"), {});
    test::CliRun r = verify(changed);
    QCOMPARE(r.code, 10);
    QVERIFY2(
        r.json().object().value(QStringLiteral("summary")).toString().contains(QStringLiteral("index.html")),
        r.out.constData());
    r = verify(repack(QStringLiteral("added.zip"), {}, QStringLiteral("data/extra.csv")));
    QCOMPARE(r.code, 10);
    QVERIFY2(r.out.contains("data/extra.csv"), r.out.constData());
    // Only SHA256SUMS edited: the blame goes to it, not to the data file its edited line names.
    r = verify(repack(QStringLiteral("sums.zip"), QStringLiteral("SHA256SUMS"), {}));
    QCOMPARE(r.code, 10);
    QCOMPARE(r.json().object().value(QStringLiteral("summary")).toString(),
             QStringLiteral("Tampered: SHA256SUMS does not match its signature."));
    r = verify(repack(QStringLiteral("unsigned.zip"), {}, {}, QStringLiteral("SHA256SUMS.minisig")));
    QCOMPARE(r.code, 12);
    QCOMPARE(r.json().object().value(QStringLiteral("signature")).toString(), QStringLiteral("unsigned"));
    // extract: all or nothing includes the verdict; --force unpacks a tampered bundle to look at it.
    QTemporaryDir parent;
    const QString into = QDir(parent.path()).filePath(QStringLiteral("look"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), changed, QStringLiteral("--to"), into});
    QCOMPARE(r.code, 10);
    QVERIFY2(r.err.contains("Nothing was extracted"), r.err.constData());
    QVERIFY(!QFileInfo::exists(into));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), changed, QStringLiteral("--to"), into,
             QStringLiteral("--force")});
    QCOMPARE(r.code, 10);
    QVERIFY(QFileInfo::exists(QDir(into).filePath(QStringLiteral("index.html"))));
    r = verify(repack(QStringLiteral("escape.zip"), {}, QStringLiteral("../../evil.sh")));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("../../evil.sh") && r.err.contains("outside"), r.err.constData());

    // A damaged file: the second half cut off.
    QFile original(m_access);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QFile cut(m_out.filePath(QStringLiteral("cut.zip")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(original.read(original.size() / 2));
    cut.close();
    r = verify(cut.fileName());
    QCOMPARE(r.code, 2);
    // Signed by another workspace's key: intact, but not trusted.
    QTemporaryDir otherHome;
    test::runCli(QStringLiteral(LETHE_CLI_PATH), otherHome.path(),
                 {QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("other")});
    r = test::runCli(QStringLiteral(LETHE_CLI_PATH), otherHome.path(),
                     {QStringLiteral("bundle"), QStringLiteral("verify"), m_access,
                      QStringLiteral("--workspace"), QStringLiteral("other")});
    QCOMPARE(r.code, 11);
    QCOMPARE(r.json().object().value(QStringLiteral("signature")).toString(), QStringLiteral("unknown-key"));
}

void TestBundle::extractAllOrNothing()
{
    QVERIFY(!m_access.isEmpty());
    // info: the manifest's summary and the verdict.
    test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("info"), m_access}, false);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("R-2026-0039") && r.out.contains("trusted"), r.out.constData());
    // extract into a new folder: the files, which sha256sum accepts.
    const QString into = m_out.filePath(QStringLiteral("extracted"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), m_access, QStringLiteral("--to"), into});
    QVERIFY2(r.code == 0, r.err.constData());
    QByteArray output;
    QVERIFY2(tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, into,
                  &output) == 0,
             output.constData());
    // Not over a folder that holds something.
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), m_access, QStringLiteral("--to"), into});
    QCOMPARE(r.code, 4);
    // A bundle with an escaping entry after good ones: refused, and nothing written, not even the good files.
    ZipWriter z;
    const QString hostile = m_out.filePath(QStringLiteral("hostile.zip"));
    QVERIFY(z.open(hostile, QDateTime::currentDateTimeUtc()));
    QVERIFY(z.begin(QStringLiteral("index.html")) && z.write("<p>hello</p>") && z.end());
    QVERIFY(z.begin(QStringLiteral("data/../../../escaped.txt")) && z.write("x") && z.end());
    QVERIFY(z.close());
    QTemporaryDir parent;
    const QString target = QDir(parent.path()).filePath(QStringLiteral("out"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), hostile, QStringLiteral("--to"), target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("escaped.txt"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(parent.path()).filePath(QStringLiteral("../escaped.txt"))));
}

void TestBundle::encryptedBundle()
{
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& content) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName() : QString();
    };
    const QString keyFile = dir.filePath(QStringLiteral("key.txt"));
    QByteArray output;
    QVERIFY2(tool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), keyFile}, {}, &output) == 0,
             output.constData());
    QVERIFY(tool(QStringLiteral("age-keygen"), {QStringLiteral("-y"), keyFile}, {}, &output) == 0);
    const QString recipient = QString::fromLatin1(output.trimmed());

    // To a public key: age -d opens it, and what comes out is a ZIP that unzip accepts.
    const QString bundle = dir.filePath(QStringLiteral("amelia.lethe.zip.age"));
    test::CliRun r = cli({QStringLiteral("export"), QStringLiteral("--request"),
                          QStringLiteral("R-2026-0039"), QStringLiteral("--out"), bundle,
                          QStringLiteral("--no-processors"), QStringLiteral("--recipient"), recipient});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("encryption")).toString(), recipient);
    QFile head(bundle);
    QVERIFY(head.open(QIODevice::ReadOnly));
    QCOMPARE(head.read(22), QByteArray("age-encryption.org/v1\n"));
    QVERIFY(!QFile::exists(bundle + QStringLiteral(".part")));
    const QString zip = dir.filePath(QStringLiteral("amelia.zip"));
    QVERIFY2(tool(QStringLiteral("age"),
                  {QStringLiteral("-d"), QStringLiteral("-i"), keyFile, QStringLiteral("-o"), zip, bundle},
                  {}, &output) == 0,
             output.constData());
    QVERIFY2(tool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip}, {}, &output) == 0,
             output.constData());
    QVERIFY(tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip}, {}, &output) == 0);
    QVERIFY(output.contains("SHA256SUMS.minisig") && output.contains("manifest.json"));

    // bundle verify and info decrypt it with the identity file, and ask for one without it.
    r = cli(
        {QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--identity"), keyFile});
    QVERIFY2(r.code == 0, (r.out + r.err).constData());
    QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
    r = cli({QStringLiteral("bundle"), QStringLiteral("info"), bundle, QStringLiteral("--identity"), keyFile},
            false);
    QVERIFY2(r.code == 0 && r.out.contains("R-2026-0039"), (r.out + r.err).constData());
    r = cli({QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("this bundle is encrypted; give a passphrase or an identity file"),
             r.err.constData());
    const QString otherKey = dir.filePath(QStringLiteral("other.txt"));
    QVERIFY(tool(QStringLiteral("age-keygen"), {QStringLiteral("-o"), otherKey}) == 0);
    r = cli(
        {QStringLiteral("bundle"), QStringLiteral("verify"), bundle, QStringLiteral("--identity"), otherKey});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not encrypted to any of these keys"), r.err.constData());

    // With a passphrase: a wrong one extracts nothing; the right one extracts what sha256sum accepts.
    const QString pass = write(QStringLiteral("pass.txt"), "Grüße, Amelia\n");
    const QString wrong = write(QStringLiteral("wrong.txt"), "Grüsse, Amelia\n");
    const QString sealed = dir.filePath(QStringLiteral("amelia-pw.lethe.zip.age"));
    r = cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), sealed, QStringLiteral("--no-processors"),
             QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains("Amelia")); // the passphrase is not repeated
    QTemporaryDir parent;
    const QString target = QDir(parent.path()).filePath(QStringLiteral("out"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), sealed, QStringLiteral("--to"), target,
             QStringLiteral("--passphrase-file"), wrong});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("wrong passphrase"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), sealed, QStringLiteral("--to"), target,
             QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(tool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, target,
                  &output) == 0,
             output.constData());

    // A truncated encrypted bundle is refused by name, and extracts nothing.
    QFile whole(bundle);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QString cut = write(QStringLiteral("cut.lethe.zip.age"), whole.read(whole.size() - 100));
    const QString target2 = QDir(parent.path()).filePath(QStringLiteral("out2"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), cut, QStringLiteral("--to"), target2,
             QStringLiteral("--identity"), keyFile});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("truncated"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target2));

    // Refusals before any work: a passphrase with recipients, a name without .age, a bad recipients file
    // named by file and line. Nothing is written.
    const QString no = dir.filePath(QStringLiteral("no.lethe.zip.age"));
    r = cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), no, QStringLiteral("--passphrase-file"), pass,
             QStringLiteral("--recipient"), recipient});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot be combined"), r.err.constData());
    r = cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), dir.filePath(QStringLiteral("no.zip")), QStringLiteral("--recipient"),
             recipient});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(".age"), r.err.constData());
    const QString list =
        write(QStringLiteral("recipients.txt"), "# archive\n" + recipient.toLatin1() + "\nage1qqqq\n");
    r = cli({QStringLiteral("export"), QStringLiteral("--request"), QStringLiteral("R-2026-0039"),
             QStringLiteral("--out"), no, QStringLiteral("--recipients-file"), list});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(list.toUtf8() + ", line 3"), r.err.constData());
    QVERIFY(!QFile::exists(no) && !QFile::exists(no + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.zip"))));
}

void TestBundle::zipBombs()
{
    QTemporaryDir dir;
    // 50 MiB of zeros in one entry, deflated by ZipWriter as a bundle's files are (a data descriptor after
    // the data, so the local header says nothing of the sizes): about 50 KiB in the ZIP, 1000:1.
    const QString bomb = dir.filePath(QStringLiteral("bomb.zip"));
    {
        ZipWriter z;
        QVERIFY(z.open(bomb, QDateTime::currentDateTimeUtc()));
        QVERIFY(z.begin(QStringLiteral("index.html")) && z.write("<p>hello</p>") && z.end());
        QVERIFY(z.begin(QStringLiteral("data/app/main/logs.csv")));
        const QByteArray zeros(1 << 20, '\0');
        for (int i = 0; i < 50; ++i)
            QVERIFY(z.write(zeros));
        QVERIFY(z.end());
        QVERIFY(z.close());
    }
    QVERIFY(QFileInfo(bomb).size() < (1 << 20));
    test::CliRun r = cli({QStringLiteral("bundle"), QStringLiteral("verify"), bomb});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"data/app/main/logs.csv\" unpacks to") &&
                 r.err.contains("times its compressed size") &&
                 r.err.contains("refused as a possible zip bomb"),
             r.err.constData());
    // The ratio is named, and it is a bomb's (deflate's limit is about 1030:1), not a JSON file's; it was
    // refused after its first MiBs, not after inflating all 50.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("unpacks to (\\d+) times its compressed size \\((\\d+) bytes from"))
            .match(QString::fromUtf8(r.err));
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 200, r.err.constData());
    QVERIFY2(m.captured(2).toLongLong() < (8 << 20), r.err.constData());

    QTemporaryDir parent;
    const QString target = QDir(parent.path()).filePath(QStringLiteral("out"));
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), bomb, QStringLiteral("--to"), target});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("refused as a possible zip bomb"), r.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // Encrypted, the ZIP is read as a stream from the decryptor (no seeking, no central directory first):
    // refused the same way.
    Age::Encryption to;
    to.passphrase = QStringLiteral("correct horse battery staple");
    to.workFactor = 10;
    const QString sealed = dir.filePath(QStringLiteral("bomb.lethe.zip.age"));
    QVERIFY(Age::encryptFile(bomb, sealed, to));
    QFile pass(dir.filePath(QStringLiteral("pass.txt")));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(to.passphrase.toUtf8() + "\n");
    pass.close();
    r = cli({QStringLiteral("bundle"), QStringLiteral("extract"), sealed, QStringLiteral("--to"), target,
             QStringLiteral("--passphrase-file"), pass.fileName()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\"data/app/main/logs.csv\"") && r.err.contains("refused as a possible zip bomb"),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(target));

    // Many entries, each under the floor, that together unpack at a bomb's ratio: refused as a whole.
    const QString spread = dir.filePath(QStringLiteral("spread.zip"));
    {
        ZipWriter z;
        QVERIFY(z.open(spread, QDateTime::currentDateTimeUtc()));
        const QByteArray zeros(512 << 10, '\0');
        for (int i = 0; i < 8; ++i)
            QVERIFY(z.begin(QStringLiteral("data/part%1.csv").arg(i)) && z.write(zeros) && z.end());
        QVERIFY(z.close());
    }
    auto v = BundleReader::verify(spread, nullptr);
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(QLatin1String("the bundle unpacks to")) &&
                 v.error().message.contains(QLatin1String("refused as a possible zip bomb")),
             qPrintable(v.error().message));
    // The same files under a larger floor pass the ratio check: the limits decide, not the content.
    BundleLimits lenient;
    lenient.ratioFloorBytes = 64 << 20;
    v = BundleReader::verify(spread, nullptr, lenient);
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(QLatin1String("no SHA256SUMS")), qPrintable(v.error().message));

    // A real bundle is far from the limit: it still verifies, trusted.
    QVERIFY(!m_access.isEmpty());
    r = cli({QStringLiteral("bundle"), QStringLiteral("verify"), m_access});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("signature")).toString(), QStringLiteral("trusted"));
}

// Deflater compresses with libdeflate in pieces and joins them into one deflate stream by making each
// piece's last block not final and ending it with an empty stored block. Whatever the data (rows of text,
// random bytes that go into stored blocks, one byte repeated, nothing) and however it is handed over (bytes
// at a time, across pieces, segments ended with a sync flush), zlib's inflate reads back exactly the bytes
// given, with the CRC-32 and size Deflater counted, and no piece needs zlib instead.
void TestBundle::deflaterJoinsPieces()
{
    std::mt19937 random(15);
    QByteArray rows;
    for (int i = 0; rows.size() < 3 * Deflater::kPiece + 12345; ++i)
        rows +=
            QStringLiteral("{\"at\":\"2026-%1-01\",\"id\":%2,\"ip\":\"203.0.113.%3\",\"kind\":\"click\"},\n")
                .arg(1 + i % 12)
                .arg(i)
                .arg(i % 251)
                .toUtf8();
    QByteArray noise(Deflater::kPiece + 777, Qt::Uninitialized);
    for (char& c : noise)
        c = char(random());
    const QList<QPair<const char*, QByteArray>> inputs{
        {"rows", rows},
        {"noise", noise},
        {"same byte", QByteArray(2 * Deflater::kPiece + 3, 'a')},
        {"a few bytes", QByteArray("x,y\r\n")},
        {"nothing", QByteArray()}};
    int pieces = 0;
    for (const auto& [what, data] : inputs) {
        // Steps of many sizes, so pieces and segment ends fall at every place in a byte.
        for (const qsizetype step : {qsizetype(1) << 30, qsizetype(Deflater::kPiece), qsizetype(100000),
                                     qsizetype(4093), qsizetype(1)}) {
            if (step == 1 && data.size() > 5000)
                continue;
            Deflater d;
            QByteArray packed;
            int segment = 0;
            for (qsizetype at = 0; at < data.size(); at += step) {
                const QByteArrayView part = QByteArrayView(data).sliced(at, std::min(step, data.size() - at));
                // Every third step ends a segment (a sync flush), as BundleExporter ends a table's rows.
                QVERIFY(d.add(part, packed, ++segment % 3 == 0 ? 1 : 0));
            }
            QVERIFY(d.add({}, packed, 2));
            QCOMPARE(d.fallbacks(), 0);
            QCOMPARE(d.size(), data.size());
            QCOMPARE(d.crc(),
                     quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(data.constData()),
                                   uInt(data.size()))));
            z_stream z{};
            QCOMPARE(inflateInit2(&z, -MAX_WBITS), Z_OK);
            QByteArray back(data.size() + 1, Qt::Uninitialized);
            z.next_in = reinterpret_cast<Bytef*>(packed.data());
            z.avail_in = uInt(packed.size());
            z.next_out = reinterpret_cast<Bytef*>(back.data());
            z.avail_out = uInt(back.size());
            const int r = inflate(&z, Z_FINISH);
            inflateEnd(&z);
            QVERIFY2(r == Z_STREAM_END,
                     qPrintable(QStringLiteral("%1, steps of %2: %3").arg(what).arg(step).arg(r)));
            QCOMPARE(z.avail_in, 0u); // the stream ends where the bytes end
            back.resize(back.size() - qsizetype(z.avail_out));
            QVERIFY2(back == data, qPrintable(QStringLiteral("%1, steps of %2").arg(what).arg(step)));
            pieces += int(data.size() / Deflater::kPiece);
        }
    }
    QVERIFY(pieces > 10);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
