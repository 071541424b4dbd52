#include "DataMapLoader.h"
#include "TestSupport.h"
#include "WorkspaceMaps.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The data map format and its loader: a valid map loads with every fact in place; each kind of mistake is
// refused with file:line:column and words that say what is wrong.
class TestDataMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void validMapLoads();
    void mistakes_data();
    void mistakes();
    void reportsEveryIssueNotJustTheFirst();
    void notYaml();
    void workspaceMapsAllOrNone();
    void durations();
    void categories();
};

static const char* kValid = R"(lethe_datamap: 1
system:
  key: crm
  name: Example CRM
  art15:
    purposes: [Provide the CRM, Bill customers]
    legal_bases: [Contract (Art. 6(1)(b))]
    recipients:
      - {name: Stripe, role: processor, purpose: Payments}
    sources: [Business directories]
    retention: [Invoices for 7 years]
    transfers:
      - {to: United States, safeguard: Standard Contractual Clauses}
  identities: [email, phone]
sources:
  - key: main
    engine: sqlite
    path: crm.db
    tables:
      - name: users
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id], identity: user-id}
          - {name: email, categories: [user.contact.email], identity: email, erasure: hmac}
          - {name: phone, categories: [user.contact.phone_number], identity: phone, normalized: false, erasure: null}
          - {name: full name, categories: [user.name], erasure: {fixed: "erased"}}
      - name: invoices
        primary_key: [id, line]
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: line, categories: [system.operations]}
          - {name: user_id, categories: [user.unique_id], references: users.id}
          - {name: kind, categories: [system.operations]}
          - {name: created_at, categories: [system.operations]}
        retention:
          - when: {field: kind, in: [invoice, credit_note]}
            keep_for: 7y
            from: created_at
            basis: Tax law requires invoices to be kept for 7 years
)";

static int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

void TestDataMap::validMapLoads()
{
    const DataMapLoad r = DataMapLoader::parse(kValid, QStringLiteral("crm.yaml"), QStringLiteral("/maps"));
    QStringList problems;
    for (const DataMapIssue& i : r.issues)
        problems << i.toString();
    QVERIFY2(r.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    const DataMap& m = *r.map;
    QCOMPARE(m.key, QStringLiteral("crm"));
    QCOMPARE(m.art15.purposes.size(), 2);
    QCOMPARE(m.art15.recipients.first().name, QStringLiteral("Stripe"));
    QCOMPARE(m.art15.transfers.first().safeguard, QStringLiteral("Standard Contractual Clauses"));
    QCOMPARE(m.identities, (QList<IdentityKind>{IdentityKind::Email, IdentityKind::Phone}));
    QCOMPARE(m.sources.size(), 1);
    QCOMPARE(m.sources[0].connection.path, QStringLiteral("/maps/crm.db"));
    const Table* users = m.sources[0].table(QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->field(QStringLiteral("email"))->erasure.strategy, ErasureStrategy::Hmac);
    QCOMPARE(users->field(QStringLiteral("phone"))->normalized, false);
    QCOMPARE(users->field(QStringLiteral("phone"))->erasure.strategy, ErasureStrategy::Null);
    QCOMPARE(users->field(QStringLiteral("full name"))->erasure.fixedValue, QStringLiteral("erased"));
    QCOMPARE(users->field(QStringLiteral("id"))->identity, IdentityKind::UserId);
    const Table* invoices = m.sources[0].table(QStringLiteral("invoices"));
    QCOMPARE(invoices->primaryKey, QStringList({QStringLiteral("id"), QStringLiteral("line")}));
    QVERIFY(invoices->deleteRows);
    QCOMPARE(invoices->field(QStringLiteral("user_id"))->references->table, QStringLiteral("users"));
    QCOMPARE(invoices->retention.size(), 1);
    QCOMPARE(invoices->retention[0].keepDays, 7 * 365);
    QCOMPARE(invoices->retention[0].whenValues,
             QStringList({QStringLiteral("invoice"), QStringLiteral("credit_note")}));
}

void TestDataMap::mistakes_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("atLineOf"); // the issue's line is where this text stands after the change
    QTest::addColumn<QString>("says");

    QTest::newRow("unknown key") << QByteArray("erasure: hmac}") << QByteArray("erasure: hmac, colour: blue}")
                                 << QByteArray("colour: blue") << "unknown key \"colour\"";
    QTest::newRow("reference to a missing field")
        << QByteArray("references: users.id") << QByteArray("references: users.uid")
        << QByteArray("users.uid") << "has no field \"uid\"";
    QTest::newRow("reference to a missing table")
        << QByteArray("references: users.id") << QByteArray("references: accounts.id")
        << QByteArray("accounts.id") << "does not declare";
    QTest::newRow("unknown category")
        << QByteArray("[user.contact.email]") << QByteArray("[user.contact.emial]")
        << QByteArray("user.contact.emial") << "unknown data category";
    QTest::newRow("identity kind no field holds")
        << QByteArray("identities: [email, phone]") << QByteArray("identities: [email, phone]")
        << QByteArray("identities: [email, phone]") << "SKIP";
    QTest::newRow("unknown identity kind") << QByteArray("identity: phone,") << QByteArray("identity: fax,")
                                           << QByteArray("identity: fax") << "unknown identity kind \"fax\"";
    QTest::newRow("inline password") << QByteArray("    path: crm.db\n")
                                     << QByteArray("    path: crm.db\n    password: hunter2\n")
                                     << QByteArray("password: hunter2") << "must not be written in the map";
    QTest::newRow("unknown erasure strategy") << QByteArray("erasure: hmac}") << QByteArray("erasure: shred}")
                                              << QByteArray("shred") << "unknown erasure strategy \"shred\"";
    QTest::newRow("primary key nulled")
        << QByteArray("identity: user-id}") << QByteArray("identity: user-id, erasure: null}")
        << QByteArray("primary_key: id") << "cannot be nulled";
    QTest::newRow("retention on a missing field")
        << QByteArray("from: created_at") << QByteArray("from: issued_at") << QByteArray("- when:")
        << "\"issued_at\"";
    QTest::newRow("malformed period") << QByteArray("keep_for: 7y") << QByteArray("keep_for: seven years")
                                      << QByteArray("seven years") << "is not a period";
    QTest::newRow("duplicate field")
        << QByteArray("          - {name: kind,") << QByteArray("          - {name: line,")
        << QByteArray(
               "          - {name: line, categories: [system.operations]}\n          - {name: created_at")
        << "declared twice";
    QTest::newRow("unknown engine") << QByteArray("engine: sqlite") << QByteArray("engine: oracle")
                                    << QByteArray("oracle") << "unknown engine \"oracle\"";
    QTest::newRow("table without primary key") << QByteArray("        primary_key: id\n") << QByteArray("")
                                               << QByteArray("- name: users") << "needs \"primary_key\"";
}

void TestDataMap::mistakes()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, atLineOf);
    QFETCH(QString, says);
    QByteArray text(kValid);
    if (says == QLatin1String("SKIP")) {
        // An identity kind that is declared but held by no field: drop the phone field's identity.
        text.replace("identity: phone, ", "");
        says = QStringLiteral("no field holds it");
    } else {
        QVERIFY2(text.contains(from), from.constData());
        text.replace(text.indexOf(from), from.size(), to);
    }
    const DataMapLoad r = DataMapLoader::parse(text, QStringLiteral("crm.yaml"), QStringLiteral("/maps"));
    QVERIFY(!r.ok());
    QStringList all;
    for (const DataMapIssue& i : r.issues)
        all << i.toString();
    const QString joined = all.join(QLatin1Char('\n'));
    const int line = lineOf(text, atLineOf);
    QVERIFY(line > 0);
    bool found = false;
    for (const DataMapIssue& i : r.issues) {
        if (i.message.contains(says) && i.line == line && i.column > 0 && i.file == QLatin1String("crm.yaml"))
            found = true;
    }
    QVERIFY2(
        found,
        qPrintable(QStringLiteral("expected \"%1\" at line %2, got:\n%3").arg(says).arg(line).arg(joined)));
}

void TestDataMap::reportsEveryIssueNotJustTheFirst()
{
    QByteArray text(kValid);
    text.replace("engine: sqlite", "engine: oracle");
    text.replace("[user.contact.email]", "[user.contact.emial]");
    text.replace("keep_for: 7y", "keep_for: forever");
    const DataMapLoad r = DataMapLoader::parse(text, QStringLiteral("crm.yaml"), {});
    QCOMPARE(r.issues.size(), 3);
    QVERIFY(r.issues[0].line < r.issues[1].line && r.issues[1].line < r.issues[2].line);
}

void TestDataMap::notYaml()
{
    const DataMapLoad r = DataMapLoader::parse("lethe_datamap: 1\nsystem: {key: crm\n  name: [unclosed\n",
                                               QStringLiteral("x.yaml"), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.issues.size(), 1);
    QVERIFY(r.issues[0].line > 0);
    QVERIFY2(r.issues[0].toString().startsWith(QLatin1String("x.yaml:")), qPrintable(r.issues[0].toString()));
    QTemporaryDir dir;
    const DataMapLoad missing = DataMapLoader::load(dir.filePath(QStringLiteral("nope.yaml")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.issues[0].toString().contains(QLatin1String("nope.yaml")));
}

// The one policy every use case loads a workspace's maps by (preview, erasure, export; GUI and CLI): all of
// them, or a refusal naming the map with problems; a workspace without maps is refused too.
void TestDataMap::workspaceMapsAllOrNone()
{
    QTemporaryDir ws;
    QVERIFY(QDir(ws.path()).mkpath(QStringLiteral("datamaps")));
    QStringList issues;
    auto none = WorkspaceMaps::load(ws.path(), &issues);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(QLatin1String("holds no data maps")),
             qPrintable(none.error().message));
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(QDir(ws.path()).filePath(QStringLiteral("datamaps/") + name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(QStringLiteral("crm.yaml"), kValid));
    auto one = WorkspaceMaps::load(ws.path(), &issues);
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));
    QCOMPARE(one->size(), 1);
    QVERIFY(issues.isEmpty());

    // A second map with problems: nothing loads, the refusal names it, its issues are given.
    QVERIFY(write(QStringLiteral("billing.yml"), "lethe_datamap: 1\nsystem: {key: billing}\n"));
    auto broken = WorkspaceMaps::load(ws.path(), &issues);
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, Error::Code::InvalidInput);
    QVERIFY2(broken.error().message.contains(QLatin1String("billing.yml")),
             qPrintable(broken.error().message));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(WorkspaceMaps::files(ws.path()).size(), 2);
    // The same rule for maps named one by one; none named is no error.
    QVERIFY(!WorkspaceMaps::loadFiles(WorkspaceMaps::files(ws.path()), nullptr));
    QVERIFY(WorkspaceMaps::loadFiles({}, nullptr).value().isEmpty());
}

void TestDataMap::durations()
{
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral("7y")), 2555);
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral("24m")), 720);
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral("90d")), 90);
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral(" 30 D ")), 30);
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral("7 years")), -1);
    QCOMPARE(DataMapLoader::parseDuration(QStringLiteral("-3d")), -1);
}

void TestDataMap::categories()
{
    QVERIFY(DataCategories::isValid(QStringLiteral("user.contact.email")));
    QVERIFY(DataCategories::isValid(QStringLiteral("custom.crm.lead_score")));
    QVERIFY(!DataCategories::isValid(QStringLiteral("user.contact.emial")));
    QVERIFY(!DataCategories::isValid(QStringLiteral("custom")));
    QVERIFY(DataCategories::covers(QStringLiteral("user.contact"), QStringLiteral("user.contact.email")));
    QVERIFY(!DataCategories::covers(QStringLiteral("user.contact"), QStringLiteral("user.contactless")));
}

QTEST_GUILESS_MAIN(TestDataMap)
#include "tst_datamap.moc"
