#include "Connector.h"
#include "ProcessorSearch.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace lethe;

// Connector definitions: every shipped one loads; each kind of mistake is refused with file:line:column; the
// template filling and JSON paths the engine relies on.
class TestConnectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void shippedDefinitionsLoad();
    void mistakes_data();
    void mistakes();
    void everyIssueReported();
    void templates();
    void paths();
    void requestBuilding();
    void plainHttpOnlyToThisMachine();
    void laterFoldersOverride();
};

static const char* kMinimal = R"(lethe_connector: 1
processor: {key: crm, name: Example CRM}
connection:
  base_url: https://api.example.com
  parameters:
    - {name: account, description: Account id}
auth: {kind: bearer}
lookups:
  - key: people
    name: People
    identity: email
    request:
      path: /v1/{param.account}/people
      query: {email: "{identity}", after: "{page}"}
    pages: {style: cursor, from: id, more: has_more}
    records: data
    match: {fields: [email], as: email}
    id: id
    fields:
      email: user.contact.email
      name: user.name
  - key: orders
    name: Orders
    after: people
    request: {path: "/v1/people/{people.id}/orders"}
    records: data
    id: id
    fields: {id: system.operations}
erasure:
  - key: delete_person
    name: Delete
    for: people
    request: {method: DELETE, path: "/v1/people/{people.id}"}
    effect: deleted
    gone: [404]
)";

void TestConnectors::shippedDefinitionsLoad()
{
    const QDir dir(QStringLiteral(LETHE_CONNECTORS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    const QStringList expected{QStringLiteral("apollo.yaml"),   QStringLiteral("ga4.yaml"),
                               QStringLiteral("hubspot.yaml"),  QStringLiteral("mailchimp.yaml"),
                               QStringLiteral("postmark.yaml"), QStringLiteral("resend.yaml"),
                               QStringLiteral("sendgrid.yaml"), QStringLiteral("sentry.yaml"),
                               QStringLiteral("stripe.yaml"),   QStringLiteral("supabase-auth.yaml"),
                               QStringLiteral("twilio.yaml"),   QStringLiteral("upstash.yaml")};
    QCOMPARE(files, expected);
    for (const QString& f : files) {
        const ConnectorLoad load = ConnectorLoader::load(dir.filePath(f));
        QStringList issues;
        for (const DataMapIssue& i : load.issues)
            issues << i.toString();
        QVERIFY2(load.ok(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(!load.definition->erasure.isEmpty()); // every shipped processor can be erased at, somehow
    }
    // GA4 has no lookup by design: erasure only.
    QVERIFY(ConnectorLoader::load(dir.filePath(QStringLiteral("ga4.yaml"))).definition->lookups.isEmpty());
    const ConnectorDefinition stripe =
        *ConnectorLoader::load(dir.filePath(QStringLiteral("stripe.yaml"))).definition;
    QCOMPARE(stripe.lookup(QStringLiteral("subscriptions"))->request.query.at(1),
             (std::pair{QStringLiteral("status"), QStringLiteral("all")}));
    QCOMPARE(stripe.lookup(QStringLiteral("customers_search"))->into, QStringLiteral("customers"));
}

void TestConnectors::mistakes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("version") << "lethe_connector: 1"
                             << "lethe_connector: 2" << 1 << "format 1, not \"2\"";
    QTest::newRow("plain http") << "https://api.example.com"
                                << "http://api.example.com" << 4 << "must start with https://";
    QTest::newRow("auth kind") << "{kind: bearer}"
                               << "{kind: oauth}" << 7 << "bearer, basic, header, query";
    QTest::newRow("unknown key") << "    records: data\n    match"
                                 << "    recrods: data\n    match" << 16 << "unknown key \"recrods\"";
    QTest::newRow("category") << "name: user.name"
                              << "name: user.nmae" << 21 << "unknown data category \"user.nmae\"";
    QTest::newRow("undeclared parameter") << "/v1/{param.account}/people"
                                          << "/v1/{param.acount}/people" << 13 << "parameter \"acount\"";
    QTest::newRow("unknown placeholder") << "\"/v1/people/{people.id}/orders\""
                                         << "\"/v1/people/{persons.id}/orders\"" << 25 << "{persons.id}";
    QTest::newRow("after unknown") << "after: people"
                                   << "after: humans" << 24 << "not a lookup declared before";
    QTest::newRow("page style") << "style: cursor"
                                << "style: cursr" << 15 << "unknown page style";
    QTest::newRow("effect") << "effect: deleted"
                            << "effect: erased" << 34 << "\"effect\"";
    QTest::newRow("status") << "gone: [404]"
                            << "gone: [4040]" << 35 << "HTTP statuses";
    QTest::newRow("filter") << "email: \"{identity}\""
                            << "email: \"{identity|upper}\"" << 14 << "unknown filter \"upper\"";
    QTest::newRow("method") << "{method: DELETE,"
                            << "{method: ERASE," << 33 << "\"method\"";
    QTest::newRow("erasure start") << "    for: people\n"
                                   << "" << 30 << "exactly one of \"for\"";
    QTest::newRow("not yaml") << "auth: {kind: bearer}"
                              << "auth: {kind: bearer" << 8 << "not valid YAML";
}

void TestConnectors::mistakes()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, line);
    QFETCH(QString, words);
    QString text = QString::fromUtf8(kMinimal);
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(text.indexOf(from), from.size(), to);
    const ConnectorLoad load = ConnectorLoader::parse(text.toUtf8(), QStringLiteral("crm.yaml"));
    QVERIFY(!load.ok());
    QStringList all;
    bool found = false;
    for (const DataMapIssue& i : load.issues) {
        all << i.toString();
        if (i.message.contains(words)) {
            found = true;
            QCOMPARE(i.file, QStringLiteral("crm.yaml"));
            QCOMPARE(i.line, line);
            QVERIFY(i.toString().startsWith(QStringLiteral("crm.yaml:%1:").arg(line)));
        }
    }
    QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
}

void TestConnectors::everyIssueReported()
{
    QString text = QString::fromUtf8(kMinimal);
    text.replace(QStringLiteral("user.name"), QStringLiteral("user.nmae"));
    text.replace(QStringLiteral("effect: deleted"), QStringLiteral("effect: gone"));
    text.replace(QStringLiteral("style: cursor"), QStringLiteral("style: scroll"));
    const ConnectorLoad load = ConnectorLoader::parse(text.toUtf8(), QStringLiteral("crm.yaml"));
    QVERIFY(!load.ok());
    QCOMPARE(load.issues.size(), 3);
    QCOMPARE(ConnectorLoader::parse(kMinimal, QStringLiteral("crm.yaml")).issues.size(), 0);
}

void TestConnectors::templates()
{
    TemplateContext ctx;
    ctx.identity = Identity{IdentityKind::Email, QStringLiteral("Ada.L@Example.com")};
    ctx.params.insert(QStringLiteral("account"), QStringLiteral("acme"));
    ctx.records.insert(QStringLiteral("people"),
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("p 1/2")},
                                   {QStringLiteral("n"), 42},
                                   {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), true}}}});
    QStringList missing;
    QCOMPARE(Templates::fill(QStringLiteral("{identity|lower}"), ctx, &missing),
             QStringLiteral("ada.l@example.com"));
    // Mailchimp's subscriber hash: md5 of the lower-cased address.
    QCOMPARE(Templates::fill(QStringLiteral("{identity|lower|md5}"), ctx, &missing),
             QStringLiteral("%1").arg(QString::fromLatin1(
                 QCryptographicHash::hash("ada.l@example.com", QCryptographicHash::Md5).toHex())));
    QCOMPARE(Templates::fill(QStringLiteral("/a/{people.id}/b"), ctx, &missing, true),
             QStringLiteral("/a/p%201%2F2/b"));
    QCOMPARE(Templates::fill(QStringLiteral("{people.n}-{people.nested.x}-{param.account}"), ctx, &missing),
             QStringLiteral("42-true-acme"));
    QVERIFY(missing.isEmpty());
    QCOMPARE(Templates::fill(QStringLiteral("x{page}y{people.none}"), ctx, &missing), QStringLiteral("xy"));
    QCOMPARE(missing, (QStringList{QStringLiteral("page"), QStringLiteral("people.none")}));
    ctx.identity = Identity{IdentityKind::Phone, QStringLiteral("442079460101")};
    QCOMPARE(Templates::fill(QStringLiteral("{identity|plus}"), ctx, nullptr),
             QStringLiteral("+442079460101"));
    ctx.identity.value = QStringLiteral("o'brien\\x");
    QCOMPARE(Templates::fill(QStringLiteral("'{identity|sq}'"), ctx, nullptr),
             QStringLiteral("'o\\'brien\\\\x'"));
    // Plain YAML scalars become numbers after filling; quoted ones stay strings.
    ctx.page = QStringLiteral("3");
    ctx.hasPage = true;
    const QJsonValue body = QJsonObject{{QStringLiteral("page"), QStringLiteral("\x01{page}")},
                                        {QStringLiteral("q"), QStringLiteral("{page}")},
                                        {QStringLiteral("list"), QJsonArray{QStringLiteral("\x01true")}}};
    const QJsonObject filled = Templates::fillJson(body, ctx, nullptr).toObject();
    QCOMPARE(filled.value(QStringLiteral("page")), QJsonValue(3));
    QCOMPARE(filled.value(QStringLiteral("q")), QJsonValue(QStringLiteral("3")));
    QCOMPARE(filled.value(QStringLiteral("list")).toArray().first(), QJsonValue(true));
}

void TestConnectors::paths()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        R"({"result":{"a@x.com":{"contact":{"id":"1"}},"b@x.com":{"contact":{"id":"2"}}},
            "list":[{"v":1},{"v":2}], "scan":["17",["k1","k2"]]})");
    const QJsonValue root = doc.object();
    QCOMPARE(Templates::select(root, QStringLiteral("result.*.contact")).size(), 2);
    QCOMPARE(Templates::value(root, QStringLiteral("list.1.v")), QJsonValue(2));
    QCOMPARE(Templates::value(root, QStringLiteral("scan.0")), QJsonValue(QStringLiteral("17")));
    QCOMPARE(Templates::value(root, QStringLiteral("scan.1")).toArray().size(), 2);
    QVERIFY(Templates::value(root, QStringLiteral("missing.x")).isUndefined());
    QCOMPARE(Templates::select(root, QStringLiteral(".")).size(), 1);
}

void TestConnectors::requestBuilding()
{
    const ConnectorDefinition def = *ConnectorLoader::parse(kMinimal, QStringLiteral("crm.yaml")).definition;
    ProcessorConnection conn;
    conn.key = QStringLiteral("crm-main");
    conn.connector = QStringLiteral("crm");
    conn.parameters.insert(QStringLiteral("account"), QStringLiteral("acme"));
    QNetworkAccessManager network;
    ProcessorClient client(def, conn, QStringLiteral("s3cret"), &network);
    QVERIFY2(client.problem().isEmpty(), qPrintable(client.problem()));
    TemplateContext ctx;
    ctx.identity = Identity{IdentityKind::Email, QStringLiteral("a+b@example.com")};
    ctx.secret = client.secret();
    ctx.params = client.connection().parameters;
    QStringList missing;
    // Page 1: the cursor parameter is left out; "+" is encoded so it is not read as a space.
    ProcessorClient::Call call = Templates::build(client, def.lookups[0].request, ctx, &missing);
    QVERIFY(missing.isEmpty());
    QCOMPARE(call.url.toEncoded(),
             QByteArray("https://api.example.com/v1/acme/people?email=a%2Bb%40example.com"));
    QCOMPARE(call.describe, QStringLiteral("GET /v1/{param.account}/people"));
    bool auth = false;
    for (const auto& [k, v] : call.headers)
        auth = auth || (k == "Authorization" && v == "Bearer s3cret");
    QVERIFY(auth);
    ctx.page = QStringLiteral("p_9");
    ctx.hasPage = true;
    call = Templates::build(client, def.lookups[0].request, ctx, &missing);
    QCOMPARE(call.url.toEncoded(),
             QByteArray("https://api.example.com/v1/acme/people?email=a%2Bb%40example.com&after=p_9"));
    // Next-page links to another host are not followed with our key.
    QVERIFY(client.sameOrigin(QUrl(QStringLiteral("https://api.example.com/v2/x"))));
    QVERIFY(!client.sameOrigin(QUrl(QStringLiteral("https://evil.example.net/v1"))));
    QVERIFY(!client.sameOrigin(QUrl(QStringLiteral("http://api.example.com/v1"))));
}

void TestConnectors::plainHttpOnlyToThisMachine()
{
    const ConnectorDefinition def = *ConnectorLoader::parse(kMinimal, QStringLiteral("crm.yaml")).definition;
    QNetworkAccessManager network;
    ProcessorConnection conn;
    conn.key = QStringLiteral("crm-main");
    conn.parameters.insert(QStringLiteral("account"), QStringLiteral("acme"));
    conn.baseUrl = QStringLiteral("http://127.0.0.1:4010");
    QVERIFY(ProcessorClient(def, conn, QString(), &network).problem().isEmpty());
    conn.baseUrl = QStringLiteral("http://api.example.com");
    QVERIFY(ProcessorClient(def, conn, QString(), &network).problem().contains(QStringLiteral("https")));
    conn.baseUrl.clear();
    conn.parameters.clear();
    QVERIFY(ProcessorClient(def, conn, QString(), &network).problem().contains(QStringLiteral("account")));
}

void TestConnectors::laterFoldersOverride()
{
    QTemporaryDir a, b;
    auto write = [](const QString& path, const QByteArray& text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(a.filePath(QStringLiteral("crm.yaml")), kMinimal);
    QByteArray renamed = QByteArray(kMinimal).replace("name: Example CRM", "name: Our CRM");
    write(b.filePath(QStringLiteral("crm.yaml")), renamed);
    write(b.filePath(QStringLiteral("broken.yaml")), "lethe_connector: 1\nprocessor: {key: x}\n");
    QStringList problems;
    const QList<ConnectorDefinition> defs = ConnectorLoader::loadAll({a.path(), b.path()}, &problems);
    QCOMPARE(defs.size(), 1);
    QCOMPARE(defs.first().name, QStringLiteral("Our CRM"));
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.first().contains(QStringLiteral("broken.yaml:")));
}

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
