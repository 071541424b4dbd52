#include "Connector.h"
#include "ProcessorSearch.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
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
    void sameIdentity();
    void patternsEscapedAndWildcardsRefused();
    void retryAfterBothForms();
    void stepHeadersAndIdempotency();
    void stepHeaderMistakes();
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
    QTest::newRow("match missing") << "    match: {fields: [email], as: email}\n"
                                   << "" << 9 << "needs \"match\"";
    QTest::newRow("match rule") << "match: {fields: [email], as: email}"
                                << "match: {fields: [email], as: phone}" << 17 << "does not fit";
    QTest::newRow("match both") << "match: {fields: [email], as: email}"
                                << "match: {fields: [email], trusted: exact}" << 17 << "choose one";
    QTest::newRow("extract") << "match: {fields: [email], as: email}"
                             << "match: {fields: [email], extract: \"no group\"}" << 17 << "needs a group";
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

void TestConnectors::sameIdentity()
{
    // Emails: the whole address without case; nothing else folded.
    QVERIFY(IdentityMatch::same(MatchAs::Email, QStringLiteral(" Amelia.Hart@Example.Com"),
                                QStringLiteral("amelia.hart@example.com")));
    for (const char* other :
         {"x.amelia.hart@example.com", "amelia.hart@example.com.au", "melia.hart@example.com",
          "ameliahart@example.com", "amelia.hart+lead1@example.com", "amelia_hart@example.com",
          "amelia.hart@example.co", "amelia.hart", ""})
        QVERIFY2(!IdentityMatch::same(MatchAs::Email, QString::fromLatin1(other),
                                      QStringLiteral("amelia.hart@example.com")),
                 other);
    // Phones as E.164: formatting, 00 and a missing + (as Supabase stores them) are the same number;
    // a longer, shorter or national number is not.
    for (const char* same : {"+44 20 7946 0101", "0044 20 7946 0101", "442079460101", "+44 (20) 7946-0101"})
        QVERIFY2(
            IdentityMatch::same(MatchAs::Phone, QString::fromLatin1(same), QStringLiteral("+442079460101")),
            same);
    for (const char* other : {"+4420794601019", "+44207946010", "020 7946 0101", "+44 20 7946 0101 x5", ""})
        QVERIFY2(
            !IdentityMatch::same(MatchAs::Phone, QString::fromLatin1(other), QStringLiteral("+442079460101")),
            other);
    // User ids exactly.
    QVERIFY(IdentityMatch::same(MatchAs::Text, QStringLiteral("1"), QStringLiteral("1")));
    for (const char* other : {"11", "21", "1 ", "01"})
        QVERIFY2(!IdentityMatch::same(MatchAs::Text, QString::fromLatin1(other), QStringLiteral("1")), other);
    QVERIFY(!IdentityMatch::same(MatchAs::Text, QStringLiteral("ABC-1"), QStringLiteral("abc-1")));
    // Keys that hold the identity: the part the definition's expression captures must be it.
    const QRegularExpression keys(QStringLiteral("(?:ratelimit|user|session):([^:]+)(?::[0-9]+)?"));
    QVERIFY(IdentityMatch::sameExtracted(MatchAs::Email, QStringLiteral("ratelimit:S.Weber@example.de"), keys,
                                         QStringLiteral("s.weber@example.de")));
    QVERIFY(!IdentityMatch::sameExtracted(MatchAs::Email, QStringLiteral("ratelimit:jonas.weber@example.de"),
                                          keys, QStringLiteral("s.weber@example.de")));
    QVERIFY(IdentityMatch::sameExtracted(MatchAs::Text, QStringLiteral("session:1:0"), keys,
                                         QStringLiteral("1")));
    QVERIFY(!IdentityMatch::sameExtracted(MatchAs::Text, QStringLiteral("session:17:1"), keys,
                                          QStringLiteral("1")));
    QVERIFY(
        !IdentityMatch::sameExtracted(MatchAs::Text, QStringLiteral("cache:1"), keys, QStringLiteral("1")));
}

void TestConnectors::patternsEscapedAndWildcardsRefused()
{
    TemplateContext ctx;
    ctx.identity = Identity{IdentityKind::Email, QStringLiteral("a_b%c@x.de")};
    QCOMPARE(Templates::fill(QStringLiteral("%{identity|like}%"), ctx, nullptr),
             QStringLiteral("%a\\_b\\%c@x.de%"));
    ctx.identity.value = QStringLiteral("k*?[]\\z");
    QCOMPARE(Templates::fill(QStringLiteral("*{identity|glob}*"), ctx, nullptr),
             QStringLiteral("*k\\*\\?\\[\\]\\\\z*"));
    ctx.identity.value = QStringLiteral("a\"b");
    QCOMPARE(Templates::fill(QStringLiteral("\"{identity|dq}\""), ctx, nullptr),
             QStringLiteral("\"a\\\"b\""));
    // Identities that a search would read as a pattern are not looked up at all.
    for (const char* bad : {"*@example.com", "amelia.hart@example.co%", "a?b@x.de", "[ab]@x.de"})
        QVERIFY2(
            !Templates::unsafeIdentity(Identity{IdentityKind::Email, QString::fromLatin1(bad)}).isEmpty(),
            bad);
    QVERIFY(
        Templates::unsafeIdentity(Identity{IdentityKind::Email, QStringLiteral("a_b.c+d@x.de")}).isEmpty());
    QVERIFY(!Templates::unsafeIdentity(Identity{IdentityKind::UserId, QStringLiteral("1*")}).isEmpty());
}

void TestConnectors::retryAfterBothForms()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(8, 49, 30), Qt::UTC);
    QCOMPARE(ProcessorClient::retryAfterMs("3", now), std::optional<qint64>(3000));
    QCOMPARE(ProcessorClient::retryAfterMs(" 0 ", now), std::optional<qint64>(0));
    // IMF-fixdate, which Qt's RFC 2822 parser refuses for its "GMT".
    QCOMPARE(ProcessorClient::retryAfterMs("Sun, 06 Dec 2026 08:49:37 GMT", now),
             std::optional<qint64>(7000));
    // The obsolete forms: RFC 850 and asctime.
    QCOMPARE(ProcessorClient::retryAfterMs("Sunday, 06-Dec-26 08:49:40 GMT", now),
             std::optional<qint64>(10000));
    QCOMPARE(ProcessorClient::retryAfterMs("Sun Dec  6 08:49:45 2026", now), std::optional<qint64>(15000));
    // A date in the past: now.
    QCOMPARE(ProcessorClient::retryAfterMs("Sun, 06 Dec 2026 08:00:00 GMT", now), std::optional<qint64>(0));
    for (const char* bad : {"", "soon", "Sun, 06 Dec 2026 08:49:37 CET", "Sun, 31 Feb 2026 08:49:37 GMT"})
        QVERIFY2(!ProcessorClient::retryAfterMs(bad, now), bad);
}

void TestConnectors::stepHeadersAndIdempotency()
{
    QString text = QString::fromUtf8(kMinimal);
    text.replace(QStringLiteral("auth: {kind: bearer}\n"),
                 QStringLiteral("auth: {kind: bearer}\nheaders: {Api-Version: general}\n"
                                "idempotency_header: Idempotency-Key\n"));
    text.replace(QStringLiteral("    effect: deleted\n"),
                 QStringLiteral(
                     "    headers: {api-version: preview, X-Step: \"{people.id}\"}\n    effect: deleted\n"));
    const ConnectorLoad load = ConnectorLoader::parse(text.toUtf8(), QStringLiteral("crm.yaml"));
    QStringList issues;
    for (const DataMapIssue& i : load.issues)
        issues << i.toString();
    QVERIFY2(load.ok(), qPrintable(issues.join(QLatin1Char('\n'))));
    const ConnectorDefinition def = *load.definition;
    QCOMPARE(def.idempotencyHeader, QStringLiteral("Idempotency-Key"));
    QCOMPARE(def.erasure[0].headers.value(QStringLiteral("api-version")), QStringLiteral("preview"));
    ProcessorConnection conn;
    conn.key = QStringLiteral("crm-main");
    conn.parameters.insert(QStringLiteral("account"), QStringLiteral("acme"));
    QNetworkAccessManager network;
    ProcessorClient client(def, conn, QStringLiteral("s3cret"), &network);
    TemplateContext ctx;
    ctx.records.insert(QStringLiteral("people"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p1")}});
    auto headers = [](const ProcessorClient::Call& call) {
        QMultiHash<QByteArray, QByteArray> h;
        for (const auto& [k, v] : call.headers)
            h.insert(k.toLower(), v);
        return h;
    };
    // The step's header replaces the definition's of the same name (whatever its case), once.
    const auto step =
        headers(Templates::build(client, def.erasure[0].request, ctx, nullptr, def.erasure[0].headers));
    QCOMPARE(step.values("api-version"), QList<QByteArray>{"preview"});
    QCOMPARE(step.value("x-step"), QByteArray("p1"));
    // Lookups keep the general one.
    const auto lookup = headers(Templates::build(client, def.lookups[1].request, ctx, nullptr));
    QCOMPARE(lookup.values("api-version"), QList<QByteArray>{"general"});
}

void TestConnectors::stepHeaderMistakes()
{
    QString text = QString::fromUtf8(kMinimal);
    text.replace(
        QStringLiteral("    effect: deleted\n"),
        QStringLiteral("    headers: {\"Bad Name\": x, X-Ok: \"{nobody.id}\"}\n    effect: deleted\n"));
    text.replace(QStringLiteral("auth: {kind: bearer}\n"),
                 QStringLiteral("auth: {kind: bearer}\nidempotency_header: \"Idem Key\"\n"));
    const ConnectorLoad load = ConnectorLoader::parse(text.toUtf8(), QStringLiteral("crm.yaml"));
    QVERIFY(!load.ok());
    QStringList all;
    for (const DataMapIssue& i : load.issues)
        all << i.toString();
    const QString joined = all.join(QLatin1Char('\n'));
    QVERIFY2(joined.contains(QStringLiteral("crm.yaml:35:")) &&
                 joined.contains(QStringLiteral("\"Bad Name\"")),
             qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("{nobody.id}")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("crm.yaml:8:")) &&
                 joined.contains(QStringLiteral("idempotency_header")),
             qPrintable(joined));
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
