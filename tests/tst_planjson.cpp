#include "ErasurePlan.h"
#include "JsonPull.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lethe;

// Reading a stored erasure plan back as a stream (ErasurePlan::readJson over JsonPull): the plan built as its
// text is read, in pieces cut anywhere (inside a character, inside an escape), must be the plan that was
// written, byte for byte once written again and so to its digest; and every malformed, truncated or hostile
// text is refused with a message naming where and what, never read as a different plan.
class TestPlanJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }
    void readsBackWhatWasWritten_data();
    void readsBackWhatWasWritten();
    void oneKeyOfOneEmptyValue();
    void writtenAsQJsonDocumentWouldWriteIt();
    void hostileTextRefused_data();
    void hostileTextRefused();
    void earlierLetheSaidSo();
    void sourceErrorIsTheSources();
    void pullParser();
};

namespace {

QStringList tricky()
{
    return {QStringLiteral("plain"),
            QStringLiteral("quote \" and backslash \\ and slash /"),
            QStringLiteral("tab\tnewline\ncarriage\r"),
            QString(QChar(0x01)) + QChar(0x7f) + QChar(0x2028),
            QStringLiteral("Zoë 😀 Łódź €"),
            QStringLiteral("")};
}

// A plan with every part of the format: nulling first, deletes and updates with every strategy, kept rows
// of every kind (one of them a single key of one empty value), schemas, related rows, a processor with its
// targets (records holding numbers, booleans, null, arrays and nested objects), learned user ids, manual
// tasks, problems.
ErasurePlan richPlan(int keys = 3000)
{
    ErasurePlan p;
    p.requestId = QStringLiteral("DSR-7");
    p.subjectName = QStringLiteral("Zoë \"Z\" Müller 😀");
    p.identities = {{IdentityKind::Email, QStringLiteral("zoe@example.com")},
                    {IdentityKind::Phone, QStringLiteral("+49 30 1234567")}};
    p.madeOn = QDate(2026, 12, 6);
    p.phoneMatchesConfirmed = true;
    p.problems = {QStringLiteral("nothing really, a note")};
    ErasureSystemPlan s;
    s.key = QStringLiteral("app");
    s.name = QStringLiteral("Äpp");
    s.learned = {{IdentityKind::UserId, QStringLiteral("42")}};
    Recipient r;
    r.name = QStringLiteral("Mailchimp");
    r.manual = QStringLiteral("Write to privacy@…");
    s.manualTasks << r;
    ErasureSourcePlan src;
    src.source = QStringLiteral("main");
    src.selfOrdered = {QStringLiteral("comments")};
    src.nullFirst << ErasureNulling{QStringLiteral("users"),
                                    QStringLiteral("public"),
                                    QStringLiteral("invited_by"),
                                    {QStringLiteral("id")},
                                    KeyList{{QStringLiteral("3")}}};
    ErasureTablePlan events;
    events.table = QStringLiteral("events");
    events.schema = QStringLiteral("app");
    events.keyColumns = {QStringLiteral("a"), QStringLiteral("b")};
    events.action = ErasureTablePlan::Action::DeleteRows;
    for (int i = 0; i < keys; ++i)
        events.keys << QStringList{QString::number(i), tricky().at(i % tricky().size())};
    events.kept << KeptRows{KeptRows::Why::Retention, QStringLiteral("HGB § 257"), QDate(2032, 1, 1),
                            KeyList{{QStringLiteral("9"), QStringLiteral("x")}}};
    events.found = keys + 1;
    events.phoneConfirmed = 2;
    events.related = 1;
    ErasureTablePlan users;
    users.table = QStringLiteral("users");
    users.keyColumns = {QStringLiteral("id")};
    users.action = ErasureTablePlan::Action::UpdateFields;
    users.changes = {{QStringLiteral("email"), ErasureStrategy::Hmac, {}},
                     {QStringLiteral("name"), ErasureStrategy::Fixed, QStringLiteral("erased ✓")},
                     {QStringLiteral("phone"), ErasureStrategy::Null, {}}};
    users.keys = KeyList{{QStringLiteral("1")}};
    users.kept << KeptRows{KeptRows::Why::PhoneOnly, QStringLiteral(""), {}, KeyList{{QStringLiteral("")}}}
               << KeptRows{KeptRows::Why::Referenced,
                           QStringLiteral("orders"),
                           {},
                           KeyList{{QStringLiteral("5")}}};
    users.found = 4;
    ErasureTablePlan audit;
    audit.table = QStringLiteral("audit");
    audit.keyColumns = {QStringLiteral("id")};
    audit.action = ErasureTablePlan::Action::None;
    audit.kept << KeptRows{KeptRows::Why::NoStrategy,
                           QStringLiteral("keep"),
                           {},
                           KeyList{{QStringLiteral("7")}, {QStringLiteral("8")}}};
    audit.found = 2;
    src.tables << events << users << audit;
    s.sources << src;
    ErasureProcessorPlan pp;
    pp.connection = QStringLiteral("stripe-live");
    pp.processor = QStringLiteral("stripe");
    pp.processorName = QStringLiteral("Stripe");
    ErasureProcessorPlan::Set set;
    set.lookup = QStringLiteral("customers");
    set.name = QStringLiteral("Customers");
    for (const QString& id : {QStringLiteral("cus_1"), QStringLiteral("cus_2")}) {
        set.ids << id;
        set.targets << QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("record"),
             QJsonObject{
                 {QStringLiteral("id"), id},
                 {QStringLiteral("email"), QStringLiteral("zoe@example.com")},
                 {QStringLiteral("balance"), 12},
                 {QStringLiteral("ratio"), 0.5},
                 {QStringLiteral("big"), qint64(12345678901234)},
                 {QStringLiteral("negative"), -3},
                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QJsonValue::Null, true, false}},
                 {QStringLiteral("meta"), QJsonObject{{QStringLiteral("n\u00e4me"), QStringLiteral("😀")}}}}},
            {QStringLiteral("parents"), QJsonObject{}},
            {QStringLiteral("identity"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("email")},
                         {QStringLiteral("value"), QStringLiteral("zoe@example.com")}}}};
    }
    pp.sets << set;
    pp.steps = {QStringLiteral("Delete customer (deleted)")};
    pp.keeps = {QStringLiteral("Invoices (law)")};
    pp.phoneOnlyLeft = 1;
    s.processors << pp;
    p.systems << s;
    p.digest = p.computeDigest();
    return p;
}

// The text handed over in pieces of `size` bytes.
ErasurePlan::JsonSource pieces(const QByteArray& text, qsizetype size)
{
    return [text, size, at = qsizetype(0)]() mutable -> Result<QByteArray> {
        const QByteArray piece = text.mid(at, size);
        at += piece.size();
        return piece;
    };
}

} // namespace

void TestPlanJson::readsBackWhatWasWritten_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    // One byte at a time cuts every character and every escape; the others cut them at other places.
    for (qsizetype size :
         {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(5), qsizetype(4096), qsizetype(1) << 30})
        QTest::addRow("pieces of %lld", qint64(size)) << size;
}

void TestPlanJson::readsBackWhatWasWritten()
{
    QFETCH(qsizetype, pieceSize);
    const ErasurePlan p = richPlan(pieceSize < 4 ? 300 : 3000);
    const QByteArray stored = p.toStoredJson();
    ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::Damaged;
    auto back = ErasurePlan::readJson(pieces(stored, pieceSize), &failure);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::None));
    QCOMPARE(back->toStoredJson(), stored);
    QCOMPARE(back->computeDigest(), p.digest);
    QCOMPARE(back->digest, p.digest);
    // What the run uses besides the JSON: the keys themselves, and the processor's records to erase.
    const ErasureTablePlan& events = back->systems[0].sources[0].tables[0];
    QCOMPARE(events.keys, p.systems[0].sources[0].tables[0].keys);
    QCOMPARE(events.keys.at(4), (QStringList{QStringLiteral("4"), QStringLiteral("Zoë 😀 Łódź €")}));
    const ErasureProcessorPlan& pp = back->systems[0].processors[0];
    QCOMPARE(pp.found.connection, QStringLiteral("stripe-live"));
    QCOMPARE(pp.found.sets.size(), 1);
    QCOMPARE(pp.found.sets[0].records.size(), 2);
    QCOMPARE(pp.found.sets[0].records[1].value(QStringLiteral("id")).toString(), QStringLiteral("cus_2"));
    QCOMPARE(pp.found.sets[0].identities[0].kind, IdentityKind::Email);
    QCOMPARE(back->systems[0].learned.size(), 1);
    QCOMPARE(back->madeOn, QDate(2026, 12, 6));
    // fromJson is the same reader.
    auto viaObject = ErasurePlan::fromJson(p.toJson(true));
    QVERIFY(viaObject.ok());
    QCOMPARE(viaObject->toStoredJson(), stored);
}

void TestPlanJson::writtenAsQJsonDocumentWouldWriteIt()
{
    // The stored text and the digest stream the key lists, escaping ASCII text with a table of their own
    // (and anything else through QJsonDocument): byte for byte what QJsonDocument writes for the whole plan,
    // for every ASCII character, in key lists long enough to be written in several parts, of ASCII alone and
    // mixed with other characters.
    ErasurePlan p = richPlan(40000);
    QString everyAscii;
    for (int c = 0; c < 128; ++c)
        everyAscii += QChar(c);
    ErasureTablePlan ascii;
    ascii.table = QStringLiteral("ascii");
    ascii.keyColumns = {QStringLiteral("id"), QStringLiteral("text")};
    ascii.action = ErasureTablePlan::Action::DeleteRows;
    for (int i = 0; i < 30000; ++i)
        ascii.keys << QStringList{QString::number(i), everyAscii.mid(i % 128) + everyAscii.left(i % 7)};
    // Keys of no values, NULL and empty values, between the others.
    for (int i = 0; i < 50; ++i)
        ascii.keys << QStringList{} << QStringList{QString(), QString::number(i)}
                   << QStringList{QStringLiteral(""), QString()}
                   << QStringList{QStringLiteral("ü\x1f"), everyAscii};
    ascii.found = ascii.keys.size();
    p.systems[0].sources[0].tables << ascii;
    p.digest = p.computeDigest();
    const QByteArray whole = QJsonDocument(p.toJson(true)).toJson(QJsonDocument::Compact);
    QCOMPARE(p.toStoredJson(), whole);
    QJsonObject hashed = p.toJson(true);
    hashed.remove(QStringLiteral("made_on"));
    hashed.remove(QStringLiteral("digest"));
    QCOMPARE(p.digest, QString::fromLatin1(
                           QCryptographicHash::hash(QJsonDocument(hashed).toJson(QJsonDocument::Compact),
                                                    QCryptographicHash::Sha256)
                               .toHex()));
}

void TestPlanJson::oneKeyOfOneEmptyValue()
{
    // Stored as an empty text, as no key is: the count tells them apart, so the plan reads back the same.
    const ErasurePlan p = richPlan(10);
    auto back = ErasurePlan::fromStoredJson(p.toStoredJson());
    QVERIFY(back.ok());
    const KeyList& phoneOnly = back->systems[0].sources[0].tables[1].kept[0].keys;
    QCOMPARE(phoneOnly.size(), 1);
    QCOMPARE(phoneOnly.at(0), QStringList{QStringLiteral("")});
    QCOMPARE(back->computeDigest(), p.digest);
}

void TestPlanJson::hostileTextRefused_data()
{
    QTest::addColumn<QByteArray>("from"); // in the stored text of richPlan(20), replaced by
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("said"); // what the message must say
    const QByteArray badUtf8[] = {"\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"};
    QTest::newRow("empty") << QByteArray("*") << QByteArray("") << QStringList{"ends too early"};
    QTest::newRow("not JSON") << QByteArray("*") << QByteArray("plan") << QStringList{"expected a value"};
    QTest::newRow("truncated") << QByteArray("<") << QByteArray() << QStringList{"the text ends"};
    QTest::newRow("trailing garbage")
        << QByteArray("$") << QByteArray("} x") << QStringList{"text after the end"};
    QTest::newRow("a second plan") << QByteArray("$") << QByteArray("}{}")
                                   << QStringList{"text after the end"};
    QTest::newRow("a byte order mark")
        << QByteArray("^") << QByteArray("\xef\xbb\xbf{") << QStringList{"(byte 0)", "unexpected byte 0xef"};
    QTest::newRow("wrong type: bool")
        << QByteArray("\"phone_matches_confirmed\":true") << QByteArray("\"phone_matches_confirmed\":\"yes\"")
        << QStringList{"phone_matches_confirmed", "must be true or false, not a string"};
    QTest::newRow("wrong type: count")
        << QByteArray("\"count\":20,") << QByteArray("\"count\":\"20\",")
        << QStringList{"systems[0].sources[0].tables[0].count", "must be a whole number"};
    QTest::newRow("wrong type: systems")
        << QByteArray("\"systems\":[") << QByteArray("\"systems\":{\"a\":[")
        << QStringList{"at systems (byte", "must be an array, not an object"};
    QTest::newRow("wrong type: keys") << QByteArray("\"keys\":\"0") << QByteArray("\"keys\":[\"0")
                                      << QStringList{"tables[0].keys", "must be a string, not an array"};
    QTest::newRow("missing field") << QByteArray("\"found\":21,") << QByteArray("")
                                   << QStringList{"systems[0].sources[0].tables[0].found", "missing"};
    QTest::newRow("unknown field") << QByteArray("{\"counts\"") << QByteArray("{\"extra\":1,\"counts\"")
                                   << QStringList{"extra", "no such field"};
    QTest::newRow("duplicate field") << QByteArray("\"request\":\"DSR-7\"")
                                     << QByteArray("\"request\":\"DSR-7\",\"request\":\"DSR-8\"")
                                     << QStringList{"request", "given twice"};
    QTest::newRow("duplicate in a record")
        << QByteArray("\"balance\":12") << QByteArray("\"balance\":12,\"balance\":13")
        << QStringList{"targets[0].record.balance", "given twice"};
    QTest::newRow("huge number") << QByteArray("\"found\":21") << QByteArray("\"found\":99999999999999999999")
                                 << QStringList{"tables[0].found", "must be a whole number",
                                                "99999999999999999999"};
    QTest::newRow("negative number") << QByteArray("\"found\":21") << QByteArray("\"found\":-21")
                                     << QStringList{"tables[0].found", "must be a whole number"};
    QTest::newRow("fraction") << QByteArray("\"found\":21") << QByteArray("\"found\":21.0")
                              << QStringList{"tables[0].found", "must be a whole number"};
    QTest::newRow("exponent") << QByteArray("\"found\":21") << QByteArray("\"found\":2.1e1")
                              << QStringList{"tables[0].found", "must be a whole number"};
    QTest::newRow("leading zero") << QByteArray("\"found\":21") << QByteArray("\"found\":021")
                                  << QStringList{"expected ',' or '}'"};
    QTest::newRow("a number too long")
        << QByteArray("\"balance\":12") << QByteArray("\"balance\":1" + QByteArray(80, '0'))
        << QStringList{"longer than 64"};
    QTest::newRow("NaN") << QByteArray("\"balance\":12") << QByteArray("\"balance\":NaN")
                         << QStringList{"expected a value"};
    QTest::newRow("trailing comma") << QByteArray("\"tags\":[\"a\",null,true,false]")
                                    << QByteArray("\"tags\":[\"a\",null,true,false,]")
                                    << QStringList{"expected a value"};
    QTest::newRow("deep nesting") << QByteArray("\"meta\":{")
                                  << QByteArray("\"deep\":" + QByteArray(100, '[') + QByteArray(100, ']') +
                                                ",\"meta\":{")
                                  << QStringList{"more than 48 arrays and objects"};
    for (const QByteArray& bad : badUtf8)
        QTest::addRow("invalid UTF-8 %s", bad.toHex().constData())
            << QByteArray("Customers") << QByteArray("Custo" + bad + "mers") << QStringList{"invalid UTF-8"};
    QTest::newRow("invalid UTF-8 in keys") << QByteArray("\"keys\":\"0")
                                           << QByteArray("\"keys\":\"\xf8"
                                                         "0")
                                           << QStringList{"invalid UTF-8"};
    QTest::newRow("lone surrogate") << QByteArray("Customers") << QByteArray("Custo\\ud800mers")
                                    << QStringList{"high surrogate without a low one"};
    QTest::newRow("lone low surrogate")
        << QByteArray("Customers") << QByteArray("Custo\\udc00mers") << QStringList{"low surrogate"};
    QTest::newRow("raw control character")
        << QByteArray("Customers") << QByteArray("Custo\x01mers") << QStringList{"control character (0x01)"};
    QTest::newRow("invalid escape") << QByteArray("Customers") << QByteArray("Custo\\xmers")
                                    << QStringList{"invalid escape"};
    QTest::newRow("short \\u escape")
        << QByteArray("Customers") << QByteArray("Custo\\u12mers") << QStringList{"four hexadecimal digits"};
    QTest::newRow("more keys than counted")
        << QByteArray("\"count\":20,") << QByteArray("\"count\":19,")
        << QStringList{"tables[0].keys", "keys: 20 in the text, 19 counted"};
    QTest::newRow("fewer keys than counted")
        << QByteArray("\"count\":20,") << QByteArray("\"count\":21,")
        << QStringList{"tables[0].keys", "keys: 20 in the text, 21 counted"};
    QTest::newRow("a huge count") << QByteArray("\"count\":20,")
                                  << QByteArray("\"count\":999999999999999999,")
                                  << QStringList{"tables[0].keys",
                                                 "keys: 20 in the text, 999999999999999999 counted"};
    QTest::newRow("a key added, counts left")
        << QByteArray("\"keys\":\"0") << QByteArray("\"keys\":\"77\\u001f\\u001e0")
        << QStringList{"tables[0].keys", "keys: 21 in the text, 20 counted"};
    QTest::newRow("total counts") << QByteArray("\"delete_rows\":20") << QByteArray("\"delete_rows\":19")
                                  << QStringList{"counts.delete_rows", "19, but the plan holds 20"};
    QTest::newRow("ids counted") << QByteArray("\"count\":2,") << QByteArray("\"count\":3,")
                                 << QStringList{"sets[0].ids", "ids: 2 in the text, 3 counted"};
    QTest::newRow("learned counted") << QByteArray("\"learned_user_ids\":1")
                                     << QByteArray("\"learned_user_ids\":2")
                                     << QStringList{"systems[0].learned",
                                                    "user ids: 1 in the text, 2 counted"};
    QTest::newRow("unknown action") << QByteArray("\"action\":\"delete\"")
                                    << QByteArray("\"action\":\"truncate\"")
                                    << QStringList{"tables[0].action", "must be one of delete, update, none"};
    QTest::newRow("unknown kept") << QByteArray("\"why\":\"retention\"") << QByteArray("\"why\":\"whim\"")
                                  << QStringList{"kept[0].why", "must be one of"};
    QTest::newRow("unknown strategy")
        << QByteArray("\"strategy\":\"hmac\"") << QByteArray("\"strategy\":\"shred\"")
        << QStringList{"changes[0].strategy", "not an erasure strategy"};
    QTest::newRow("fixed text without a fixed strategy")
        << QByteArray("\"strategy\":\"hmac\"") << QByteArray("\"strategy\":\"hmac\",\"value\":\"x\"")
        << QStringList{"changes[0].value", "writes no fixed text"};
    QTest::newRow("bad date") << QByteArray("\"made_on\":\"2026-12-06\"")
                              << QByteArray("\"made_on\":\"2026-13-06\"")
                              << QStringList{"made_on", "YYYY-MM-DD"};
    QTest::newRow("date not as written")
        << QByteArray("\"until\":\"2032-01-01\"") << QByteArray("\"until\":\"2032-01-01T00:00:00\"")
        << QStringList{"kept[0].until", "YYYY-MM-DD"};
    QTest::newRow("unknown identity kind") << QByteArray("\"identities\":[{\"kind\":\"email\"")
                                           << QByteArray("\"identities\":[{\"kind\":\"soul\"")
                                           << QStringList{"identities[0].kind", "not a kind of identity"};
    QTest::newRow("target with another field")
        << QByteArray("\"parents\":{}") << QByteArray("\"parents\":{},\"more\":1")
        << QStringList{"targets[0].more", "no such field"};
    QTest::newRow("target without its record")
        << QByteArray("\"parents\":{},\"record\":{") << QByteArray("\"parents\":{},\"recorded\":{")
        << QStringList{"targets[0].recorded", "no such field"};
    QTest::newRow("target identity of no kind")
        << QByteArray("\"identity\":{\"kind\":\"email\"") << QByteArray("\"identity\":{\"kind\":\"aura\"")
        << QStringList{"targets[0].identity", "an identity"};
    QTest::newRow("a target not an object") << QByteArray("\"targets\":[") << QByteArray("\"targets\":[7,")
                                            << QStringList{"targets[0]", "must be an object, not a number"};
    QTest::newRow("a long text") << QByteArray("\"reason\":\"HGB")
                                 << QByteArray("\"reason\":\"" + QByteArray(5 << 20, 'a'))
                                 << QStringList{"kept[0].reason", "longer than 4194304 bytes"};
}

void TestPlanJson::hostileTextRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, said);
    const QByteArray good = richPlan(20).toStoredJson();
    QByteArray text;
    if (from == "*") {
        text = to;
    } else if (from == "$") {
        QVERIFY(good.endsWith('}'));
        text = good.chopped(1) + to;
    } else if (from == "<") {
        text = good.left(good.size() / 2);
    } else if (from == "^") {
        text = to + good.mid(1);
    } else {
        QVERIFY2(good.contains(from), from.constData());
        text = good;
        const qsizetype at = text.indexOf(from);
        text.replace(at, from.size(), to);
    }
    for (qsizetype size : {qsizetype(7), text.size() + 1}) {
        ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::None;
        auto r = ErasurePlan::readJson(pieces(text, size), &failure);
        QVERIFY2(!r.ok(), "read as a plan");
        QCOMPARE(r.error().code, Error::Code::Storage);
        QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::Damaged));
        const QString message = r.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("The stored erasure plan is damaged")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(byte ")), qPrintable(message));
        for (const QString& s : said)
            QVERIFY2(message.contains(s), qPrintable(s + QStringLiteral(" not in: ") + message.left(300)));
    }
}

void TestPlanJson::earlierLetheSaidSo()
{
    // A plan stored by a Lethe that counted the user ids the databases taught without keeping them.
    QByteArray text = richPlan(5).toStoredJson();
    const QByteArray learned = "\"learned\":[\"42\"],";
    QVERIFY(text.contains(learned));
    text.replace(learned, "");
    ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::None;
    auto r = ErasurePlan::fromStoredJson(text, &failure);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::IllegalState);
    QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::EarlierLethe));
    QVERIFY2(r.error().message.contains(
                 QStringLiteral("DSR-7: this erasure's plan was stored by an earlier Lethe")),
             qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("(app)")), qPrintable(r.error().message));
    // Without any learned ids counted, it is no such plan.
    text.replace("\"learned_user_ids\":1", "\"learned_user_ids\":0");
    auto none = ErasurePlan::fromStoredJson(text, &failure);
    QVERIFY2(none.ok(), none.ok() ? "" : qPrintable(none.error().message));
}

void TestPlanJson::sourceErrorIsTheSources()
{
    const QByteArray text = richPlan(50).toStoredJson();
    int calls = 0;
    ErasurePlan::ReadFailure failure = ErasurePlan::ReadFailure::None;
    auto r = ErasurePlan::readJson(
        [&]() -> Result<QByteArray> {
            if (calls++ == 0)
                return text.left(100);
            return makeError(Error::Code::ConnectionLost, QStringLiteral("the server went away"));
        },
        &failure);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ConnectionLost);
    QCOMPARE(r.error().message, QStringLiteral("the server went away"));
    QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::Source));
    QCOMPARE(calls, 2); // and not asked again
    // A source that finds the stored text changed (a part missing) says so: the plan is damaged.
    calls = 0;
    auto changed = ErasurePlan::readJson(
        [&]() -> Result<QByteArray> {
            if (calls++ == 0)
                return text.left(100);
            return makeError(Error::Code::Tampered, QStringLiteral("Part 1 is missing."));
        },
        &failure);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, Error::Code::Tampered);
    QCOMPARE(int(failure), int(ErasurePlan::ReadFailure::Damaged));
}

void TestPlanJson::pullParser()
{
    // The tokens of a document, and a string's text in pieces, cut where the source cut it.
    const QByteArray doc =
        R"( {"a" : [1, -2.5e+3, true, false, null, "x\u00e9\ud83d\ude00\n"], "b":{}, "c":[]} )";
    for (qsizetype size : {qsizetype(1), qsizetype(4), doc.size()}) {
        JsonPull in(pieces(doc, size));
        using T = JsonPull::Token;
        QCOMPARE(in.next(), T::BeginObject);
        QCOMPARE(in.next(), T::Name);
        QCOMPARE(in.name(), QStringLiteral("a"));
        QCOMPARE(in.next(), T::BeginArray);
        QCOMPARE(in.next(), T::Number);
        QCOMPARE(in.numberText(), QByteArray("1"));
        QCOMPARE(in.next(), T::Number);
        QCOMPARE(in.numberText(), QByteArray("-2.5e+3"));
        QCOMPARE(in.next(), T::True);
        QCOMPARE(in.next(), T::False);
        QCOMPARE(in.next(), T::Null);
        QCOMPARE(in.next(), T::String);
        QByteArray text;
        QVERIFY(in.readText([&](QByteArrayView piece) {
            text.append(piece);
            return true;
        }));
        QCOMPARE(QString::fromUtf8(text), QStringLiteral("xé😀\n"));
        QCOMPARE(in.next(), T::EndArray);
        QCOMPARE(in.next(), T::Name);
        QCOMPARE(in.next(), T::BeginObject);
        QCOMPARE(in.next(), T::EndObject);
        QCOMPARE(in.next(), T::Name);
        QCOMPARE(in.name(), QStringLiteral("c"));
        QCOMPARE(in.next(), T::BeginArray);
        QCOMPARE(in.next(), T::EndArray);
        QCOMPARE(in.next(), T::EndObject);
        QCOMPARE(in.next(), T::End);
        QCOMPARE(in.next(), T::End);
    }
    // A string left unread is skipped; errors are sticky.
    JsonPull in(pieces(R"(["skip me", 1] 2)", 3));
    QCOMPARE(in.next(), JsonPull::Token::BeginArray);
    QCOMPARE(in.next(), JsonPull::Token::String);
    QCOMPARE(in.next(), JsonPull::Token::Number);
    QCOMPARE(in.next(), JsonPull::Token::EndArray);
    QCOMPARE(in.next(), JsonPull::Token::Error);
    QVERIFY2(in.error().contains(QStringLiteral("text after the end")), qPrintable(in.error()));
    QCOMPARE(in.offset(), 15);
    QCOMPARE(in.next(), JsonPull::Token::Error);
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
