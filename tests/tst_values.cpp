#include "BundleExporter.h"
#include "BundleSession.h"
#include "BundleTableModel.h"
#include "DataMapLoader.h"
#include "ErasureExecutor.h"
#include "ErasurePlan.h"
#include "ErasureStore.h"
#include "KeychainSecret.h"
#include "SchemaDiscovery.h"
#include "StoredValue.h"
#include "TestSupport.h"
#include "Traversal.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

// Every value exactly as stored, on SQLite, PostgreSQL and MariaDB (issue 20): a table with a column of every
// common type, one row of values and one of NULLs, goes through the preview (lethe-cli, text and JSON), the
// export (JSON, CSV, index.html) and the viewer's model, and each value is compared with what sqlite3, psql
// and mariadb print for the same row. And composite keys: two people whose rows share the second column of a
// two-column key are previewed and erased each without touching the other's rows.
class TestValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyType_data() { engines(); }
    void everyType();
    void compositeKeys_data() { engines(); }
    void compositeKeys();
    void identitiesOnlyWhereTheTypeHoldsThem_data() { engines(); }
    void identitiesOnlyWhereTheTypeHoldsThem();
    void largeBinaryWithheldWithItsLength();
    void rowThatStaysKeepsOnlyTheRowItPointsAt_data() { engines(); }
    void rowThatStaysKeepsOnlyTheRowItPointsAt();

private:
    static void engines()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("sqlite") << int(ConnectionParams::Engine::Sqlite);
        QTest::newRow("postgres") << int(ConnectionParams::Engine::Postgres);
        QTest::newRow("mariadb") << int(ConnectionParams::Engine::MariaDb);
    }
    QTemporaryDir m_home;
};

namespace {

// How a column's value in our JSON relates to what the database's client prints for it.
enum class Mode
{
    Same,   // our text is the client's text
    Exact,  // a JSON string holding exactly the client's digits
    Number, // a JSON number equal to the client's
    Bool,   // a JSON boolean; psql prints t or f
    NoZone, // a timestamp without zone: the client's, with T, and no offset
    Utc,    // a timestamp with zone, in UTC: the client's (in UTC) with T and Z
    Binary, // {"base64", "bytes"}; the client prints hex
    Json,   // the same JSON value as the client prints
};

struct Column
{
    QString name;
    QString type;
    QString value;  // SQL literal for the row of values
    QString oracle; // what the client is asked to print
    Mode mode;
};

QList<Column> columnsFor(ConnectionParams::Engine e)
{
    using M = Mode;
    switch (e) {
    case ConnectionParams::Engine::Sqlite:
        return {
            {"big", "INTEGER", "9007199254740993", "big", M::Same},
            {"small", "INTEGER", "-42", "small", M::Same},
            {"approx", "REAL", "0.1", "approx", M::Number},
            {"num", "NUMERIC", "12.5", "num", M::Number},
            {"flag", "BOOLEAN", "1", "flag", M::Same}, // SQLite stores booleans as integers
            {"txt", "TEXT", "'héllo, \"world\"'", "txt", M::Same},
            {"empty", "TEXT", "''", "empty", M::Same},
            {"ts", "TIMESTAMP", "'2024-01-02 03:04:05'", "ts", M::Same}, // text, as stored
            {"bin", "BLOB", "x'00ff10'", "nullif(hex(bin), '')", M::Binary},
            {"doc", "JSON", "'{\"a\":[1,2],\"b\":null}'", "doc", M::Json},
        };
    case ConnectionParams::Engine::Postgres:
        return {
            {"big", "BIGINT", "9007199254740993", "big", M::Same},
            {"small", "SMALLINT", "-42", "small", M::Same},
            {"approx", "DOUBLE PRECISION", "0.1", "approx", M::Number},
            {"num", "NUMERIC(30,10)", "12345678901234567890.1234567890", "num", M::Exact},
            {"cash", "MONEY", "12.34", "cash", M::Same},
            {"flag", "BOOLEAN", "true", "flag", M::Bool},
            {"txt", "TEXT", "'héllo, \"world\"'", "txt", M::Same},
            {"empty", "TEXT", "''", "empty", M::Same},
            {"ts", "TIMESTAMP", "'2024-03-31 02:30:00'", "ts", M::NoZone},
            {"tstz", "TIMESTAMPTZ", "'2024-01-02 03:04:05.123+02'", "tstz", M::Utc},
            {"day", "DATE", "'2024-02-29'", "day", M::Same},
            {"bin", "BYTEA", "'\\x00ff10'", "encode(bin, 'hex')", M::Binary},
            {"doc", "JSONB", "'{\"a\": [1, 2], \"b\": null}'", "doc", M::Json},
            {"nums", "INTEGER[]", "'{1,2,NULL}'", "array_to_json(nums)", M::Json},
            {"words", "TEXT[]", "'{\"a b\",\"c,d\"}'", "array_to_json(words)", M::Json},
            {"uid", "UUID", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "uid", M::Same},
            {"addr", "INET", "'192.168.0.1/24'", "addr", M::Same},
            {"mood", "mood", "'sad'", "mood", M::Same},
            {"span", "INTERVAL", "'1 day 2 hours'", "span", M::Same},
        };
    case ConnectionParams::Engine::MariaDb:
        return {
            {"big", "BIGINT", "9007199254740993", "big", M::Same},
            {"ubig", "BIGINT UNSIGNED", "18446744073709551615", "ubig", M::Same},
            {"small", "SMALLINT", "-42", "small", M::Same},
            {"approx", "DOUBLE", "0.1", "approx", M::Number},
            {"num", "DECIMAL(30,10)", "12345678901234567890.1234567890", "num", M::Exact},
            {"flag", "BOOLEAN", "true", "flag", M::Same}, // TINYINT(1): the number stored, as mariadb prints
            {"txt", "TEXT", "'héllo, \"world\"'", "txt", M::Same},
            {"empty", "VARCHAR(10)", "''", "empty", M::Same},
            {"ts", "DATETIME", "'2024-03-31 02:30:00'", "ts", M::NoZone},
            {"tstz", "TIMESTAMP NULL", "'2024-01-02 03:04:05'", "tstz", M::Utc},
            {"day", "DATE", "'2024-02-29'", "day", M::Same},
            {"bin", "BLOB", "x'00ff10'", "HEX(bin)", M::Binary},
            {"doc", "JSON", "'{\"a\": [1, 2], \"b\": null}'", "doc", M::Json},
            {"mood", "ENUM('happy','sad')", "'sad'", "mood", M::Same},
            {"uid", "UUID", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "uid", M::Same},
        };
    }
    return {};
}

const QString kNull = QStringLiteral("<NULL>");

// The client's output for `SELECT oracles FROM everything ORDER BY id`: one list of texts per row, NULL as
// kNull.
QList<QStringList> clientRows(ConnectionParams::Engine e, const ConnectionParams& p,
                              const QStringList& oracles, QString* error)
{
    const QString select =
        QStringLiteral("SELECT %1 FROM everything ORDER BY id").arg(oracles.join(QStringLiteral(", ")));
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString program;
    QStringList args;
    QChar separator(0x1f);
    switch (e) {
    case ConnectionParams::Engine::Sqlite:
        program = QStringLiteral("sqlite3");
        args = {QStringLiteral("-batch"),
                QStringLiteral("-noheader"),
                QStringLiteral("-separator"),
                separator,
                QStringLiteral("-nullvalue"),
                kNull,
                p.path,
                select};
        break;
    case ConnectionParams::Engine::Postgres:
        program = QStringLiteral("psql");
        env.insert(QStringLiteral("PGTZ"), QStringLiteral("UTC"));
        env.insert(QStringLiteral("PGPASSWORD"), p.password);
        args = {QStringLiteral("-X"),
                QStringLiteral("-A"),
                QStringLiteral("-t"),
                QStringLiteral("-F"),
                separator,
                QStringLiteral("-P"),
                QStringLiteral("null=") + kNull,
                QStringLiteral("-h"),
                p.host,
                QStringLiteral("-p"),
                QString::number(p.port),
                QStringLiteral("-U"),
                p.user,
                QStringLiteral("-d"),
                p.database,
                QStringLiteral("-c"),
                select};
        break;
    case ConnectionParams::Engine::MariaDb:
        program = QStringLiteral("mariadb");
        env.insert(QStringLiteral("MYSQL_PWD"), p.password);
        separator = QLatin1Char('\t');
        args = {QStringLiteral("--batch"),
                QStringLiteral("--raw"),
                QStringLiteral("-N"),
                QStringLiteral("-h"),
                p.host,
                QStringLiteral("-P"),
                QString::number(p.port),
                QStringLiteral("-u"),
                p.user,
                p.database,
                QStringLiteral("-e"),
                QStringLiteral("SET time_zone = '+00:00'; ") + select};
        break;
    }
    proc.setProcessEnvironment(env);
    proc.start(program, args);
    if (!proc.waitForFinished(60000) || proc.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(proc.readAllStandardError()));
        return {};
    }
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(proc.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            continue;
        QStringList cells = line.split(separator);
        if (e == ConnectionParams::Engine::MariaDb)
            cells.replaceInStrings(QRegularExpression(QStringLiteral("^NULL$")), kNull);
        rows << cells;
    }
    return rows;
}

const QString kNoValue = QStringLiteral("(no value)"); // how text, the report and the viewer show NULL

// Whether a JSON value (the preview's --json, the bundle's data file) says what the client printed; the
// reason when not.
QString compare(const QJsonValue& ours, const QString& client, Mode mode)
{
    auto fail = [&](const char* what) {
        return QStringLiteral("%1: ours %2, the client's \"%3\"")
            .arg(QLatin1String(what),
                 QString::fromUtf8(QJsonDocument(QJsonArray{ours}).toJson(QJsonDocument::Compact)), client);
    };
    if (client == kNull)
        return ours.isNull() ? QString() : fail("NULL must be null");
    if (ours.isNull())
        return fail("a value came out as null");
    switch (mode) {
    case Mode::Same:
        if (ours.isString())
            return ours.toString() == client ? QString() : fail("different text");
        // A number: whole numbers up to 2^53 may be JSON numbers; anything larger must be text.
        return ours.isDouble() && QString::number(qint64(ours.toDouble())) == client
                   ? QString()
                   : fail("different value");
    case Mode::Exact:
        return ours.isString() && ours.toString() == client ? QString()
                                                            : fail("not the exact digits as a string");
    case Mode::Number:
        return ours.isDouble() && ours.toDouble() == client.toDouble() ? QString() : fail("not the number");
    case Mode::Bool:
        return ours.isBool() && ours.toBool() == (client == QLatin1String("t")) ? QString()
                                                                                : fail("not the boolean");
    case Mode::NoZone: {
        QString c = client;
        c.replace(QLatin1Char(' '), QLatin1Char('T'));
        return ours.isString() && ours.toString() == c ? QString() : fail("not the timestamp without a zone");
    }
    case Mode::Utc: {
        QString c = client;
        c.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (c.endsWith(QLatin1String("+00")))
            c.chop(3);
        return ours.isString() && ours.toString() == c + QLatin1Char('Z') ? QString()
                                                                          : fail("not the UTC time");
    }
    case Mode::Binary: {
        const QJsonObject o = ours.toObject();
        const QByteArray bytes =
            QByteArray::fromBase64(o.value(QLatin1String("base64")).toString().toLatin1());
        return ours.isObject() && bytes == QByteArray::fromHex(client.toLatin1()) &&
                       o.value(QLatin1String("bytes")).toInt() == bytes.size()
                   ? QString()
                   : fail("not the bytes");
    }
    case Mode::Json: {
        const QJsonValue theirs =
            QJsonDocument::fromJson(QByteArray("[") + client.toUtf8() + "]").array().at(0);
        return !theirs.isUndefined() && ours == theirs && (ours.isObject() || ours.isArray())
                   ? QString()
                   : fail("not the same JSON");
    }
    }
    return fail("unknown mode");
}

// Whether a cell's text (the text preview, CSV, the report, the viewer) says what the client printed. `null`
// is how that surface writes NULL.
QString compareText(const QString& ours, const QString& client, Mode mode, const QString& null)
{
    auto fail = [&](const char* what) {
        return QStringLiteral("%1: ours \"%2\", the client's \"%3\"").arg(QLatin1String(what), ours, client);
    };
    if (client == kNull)
        return ours == null ? QString() : fail("NULL must be shown as having no value");
    if (ours == null && !(null.isEmpty() && client.isEmpty()))
        return fail("a value came out as NULL");
    switch (mode) {
    case Mode::Same:
    case Mode::Exact:
        return ours == client ? QString() : fail("different text");
    case Mode::Number:
        return ours.toDouble() == client.toDouble() ? QString() : fail("not the number");
    case Mode::Bool:
        return ours == (client == QLatin1String("t") ? QLatin1String("true") : QLatin1String("false"))
                   ? QString()
                   : fail("not the boolean");
    case Mode::NoZone:
    case Mode::Utc:
        return compare(QJsonValue(ours), client, mode).isEmpty() ? QString() : fail("not the time");
    case Mode::Binary: {
        const QString b64 = QString::fromLatin1(QByteArray::fromHex(client.toLatin1()).toBase64());
        const int n = int(QByteArray::fromHex(client.toLatin1()).size());
        return ours.contains(b64) && ours.contains(QStringLiteral("%1 byte").arg(n)) ? QString()
                                                                                     : fail("not the bytes");
    }
    case Mode::Json: {
        const QJsonValue mine = QJsonDocument::fromJson(QByteArray("[") + ours.toUtf8() + "]").array().at(0);
        return compare(mine, client, mode).isEmpty() ? QString() : fail("not the same JSON");
    }
    }
    return fail("unknown mode");
}

// The cells of one CSV line as written (RFC 4180), each with whether it was quoted.
QList<std::pair<QString, bool>> csvCells(const QString& line)
{
    QList<std::pair<QString, bool>> out;
    qsizetype i = 0;
    while (i <= line.size()) {
        QString cell;
        bool quoted = false;
        if (i < line.size() && line[i] == QLatin1Char('"')) {
            quoted = true;
            for (++i; i < line.size(); ++i) {
                if (line[i] == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    cell += line[i];
                }
            }
        } else {
            while (i < line.size() && line[i] != QLatin1Char(','))
                cell += line[i++];
        }
        out << std::pair{cell, quoted};
        ++i; // the comma
    }
    return out;
}

using test::KeychainSecret;

QString sourceYaml(ConnectionParams::Engine e, const ConnectionParams& p, const QString& passwordKey)
{
    if (e == ConnectionParams::Engine::Sqlite)
        return QStringLiteral("    engine: sqlite\n    path: %1\n").arg(p.path);
    QString s = QStringLiteral("    engine: %1\n    host: %2\n    port: %3\n    database: %4\n    user: %5\n")
                    .arg(ConnectionParams::engineKey(e), p.host)
                    .arg(p.port)
                    .arg(p.database, p.user);
    if (!passwordKey.isEmpty())
        s += QStringLiteral("    password_key: %1\n").arg(passwordKey);
    return s;
}

} // namespace

void TestValues::initTestCase()
{
    test::isolate();
    QVERIFY(m_home.isValid());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run through scripts/test, which starts one with an unlocked keyring.");
}

void TestValues::everyType()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("values.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    const QList<Column> columns = columnsFor(e);
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        if (e == ConnectionParams::Engine::Postgres)
            QVERIFY(q.exec(QStringLiteral("CREATE TYPE mood AS ENUM ('happy', 'sad')")));
        QStringList ddl{QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("email VARCHAR(100)")};
        QStringList names{QStringLiteral("id"), QStringLiteral("email")},
            values{QStringLiteral("1"), QStringLiteral("'ann@example.com'")};
        for (const Column& col : columns) {
            ddl << col.name + QLatin1Char(' ') + col.type;
            names << col.name;
            values << col.value;
        }
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE everything (%1)").arg(ddl.join(QStringLiteral(", ")))),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO everything (%1) VALUES (%2)")
                            .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))),
                 qPrintable(q.lastError().text()));
        // The same subject's row of NULLs.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO everything (id, email) VALUES (2, 'ann@example.com')")),
                 qPrintable(q.lastError().text()));
    }
    QStringList oracles{QStringLiteral("id"), QStringLiteral("email")};
    for (const Column& col : columns)
        oracles << col.oracle;
    QString error;
    const QList<QStringList> client = clientRows(e, p, oracles, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.size(), 2);
    QCOMPARE(client[0].size(), columns.size() + 2);

    // The map, in a workspace's datamaps folder; the MariaDB password in the keychain.
    std::unique_ptr<KeychainSecret> secret;
    if (!p.password.isEmpty()) {
        secret = std::make_unique<KeychainSecret>(p.password);
        QVERIFY2(secret->error.isEmpty(), qPrintable(secret->error));
    }
    QString yaml =
        QStringLiteral("lethe_datamap: 1\n"
                       "system: {key: values, name: Values, art15: {purposes: [Tests]}, identities: "
                       "[email]}\n"
                       "sources:\n"
                       "  - key: main\n") +
        sourceYaml(e, p, secret ? secret->key : QString()) +
        QStringLiteral("    tables:\n"
                       "      - name: everything\n"
                       "        primary_key: id\n"
                       "        fields:\n"
                       "          - {name: id, categories: [user.unique_id]}\n"
                       "          - {name: email, categories: [user.contact.email], identity: email}\n");
    for (const Column& col : columns)
        yaml += QStringLiteral("          - {name: %1, categories: [user]}\n").arg(col.name);
    const QString mapFile = dir.filePath(QStringLiteral("values.yaml"));
    {
        QFile f(mapFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml.toUtf8());
    }
    const QString cli = QStringLiteral(LETHE_CLI_PATH);
    auto checkRow = [&](const QJsonObject& row, int r, const QString& where) {
        QStringList problems;
        for (int c = 0; c < columns.size(); ++c) {
            const QString why = compare(row.value(columns[c].name), client[r][c + 2], columns[c].mode);
            if (!why.isEmpty())
                problems
                    << QStringLiteral("%1 row %2 %3: %4").arg(where).arg(r + 1).arg(columns[c].name, why);
        }
        return problems;
    };

    // The preview, as JSON.
    const test::CliRun pv = test::runCli(cli, m_home.path(),
                                         {QStringLiteral("preview"), QStringLiteral("--map"), mapFile,
                                          QStringLiteral("--email"), QStringLiteral("ann@example.com")});
    QVERIFY2(pv.code == 0, pv.err.constData());
    const QJsonArray previewRows = pv.json()
                                       .object()[QStringLiteral("systems")]
                                       .toArray()[0]
                                       .toObject()[QStringLiteral("tables")]
                                       .toArray()[0]
                                       .toObject()[QStringLiteral("rows")]
                                       .toArray();
    QCOMPARE(previewRows.size(), 2);
    QStringList problems;
    QList<QJsonObject> previewValues(2);
    for (const QJsonValue& v : previewRows) {
        const QJsonObject values = v.toObject()[QStringLiteral("values")].toObject();
        previewValues[values[QStringLiteral("id")].toInt() - 1] = values;
    }
    for (int r = 0; r < 2; ++r)
        problems += checkRow(previewValues[r], r, QStringLiteral("preview"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The preview, as text: NULL is the "no value" mark, an empty string is empty.
    const test::CliRun text = test::runCli(cli, m_home.path(),
                                           {QStringLiteral("preview"), QStringLiteral("--map"), mapFile,
                                            QStringLiteral("--email"), QStringLiteral("ann@example.com")},
                                           false);
    QVERIFY2(text.code == 0, text.err.constData());
    const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'));
    QList<QString> textRows(2);
    for (const QString& l : lines) {
        for (int r = 0; r < 2; ++r) {
            if (l.trimmed().startsWith(QStringLiteral("id=%1,").arg(r + 1)))
                textRows[r] = l.trimmed();
        }
    }
    QVERIFY2(!textRows[0].isEmpty() && !textRows[1].isEmpty(), text.out.constData());
    for (int r = 0; r < 2; ++r) {
        // "id=1, email=..., name=value, ..., last=value   [via]": each value between its name and the next's.
        for (int c = 0; c < columns.size(); ++c) {
            const QString start = QStringLiteral(", %1=").arg(columns[c].name);
            const qsizetype from = textRows[r].indexOf(start) + start.size();
            const qsizetype to =
                c + 1 < columns.size()
                    ? textRows[r].indexOf(QStringLiteral(", %1=").arg(columns[c + 1].name), from)
                    : textRows[r].lastIndexOf(QLatin1String("   ["));
            QVERIFY2(from >= start.size() && to >= from, qPrintable(textRows[r]));
            const QString why =
                compareText(textRows[r].mid(from, to - from), client[r][c + 2], columns[c].mode, kNoValue);
            if (!why.isEmpty())
                problems << QStringLiteral("text preview row %1 %2: %3").arg(r + 1).arg(columns[c].name, why);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The export: JSON, CSV and the report.
    DataMapLoad load = DataMapLoader::load(mapFile);
    QVERIFY(load.ok());
    Request request;
    request.humanId = QStringLiteral("R-2026-0001");
    request.type = RequestType::Access;
    request.status = RequestStatus::InProgress; // verified and open: bundles are made only then
    request.subjectName = QStringLiteral("Ann");
    request.identities = {{IdentityKind::Email, QStringLiteral("ann@example.com")}};
    BundleExporter::Options o;
    o.contacts = {QStringLiteral("Example Ltd"),
                  QStringLiteral("privacy@example.com"),
                  {},
                  QStringLiteral("A supervisory authority"),
                  {}};
    o.generated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QString bundle = dir.filePath(QStringLiteral("ann.zip"));
    auto summary = BundleExporter::write(request, {{*load.map, mapFile, {p}, {}}}, bundle, o);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rows, 2);
    auto session = BundleSession::open(bundle, nullptr);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    const std::shared_ptr<BundleSession> s = *session;
    QCOMPARE(s->tables().size(), 1);
    QFile json(s->filePath(s->tables()[0].json));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray data =
        QJsonDocument::fromJson(json.readAll()).object()[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 2);
    QList<QJsonObject> bundleValues(2);
    QList<int> rowOf(2); // bundle row -> our row
    for (int i = 0; i < 2; ++i) {
        const int r = data[i].toObject()[QStringLiteral("id")].toInt() - 1;
        bundleValues[r] = data[i].toObject();
        rowOf[i] = r;
    }
    for (int r = 0; r < 2; ++r)
        problems += checkRow(bundleValues[r], r, QStringLiteral("bundle"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QFile csv(s->filePath(s->tables()[0].json.chopped(5) + QStringLiteral(".csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList csvLines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    for (int i = 0; i < 2; ++i) {
        const auto cells = csvCells(csvLines[i + 1]);
        QCOMPARE(cells.size(), columns.size() + 2);
        const int r = rowOf[i];
        for (int c = 0; c < columns.size(); ++c) {
            auto [cell, quoted] = cells[c + 2];
            // NULL is an empty field; an empty string a quoted one; a leading - or + gets an apostrophe.
            if (cell.startsWith(QLatin1String("'-")) || cell.startsWith(QLatin1String("'+")))
                cell.remove(0, 1);
            const bool nullCell = cell.isEmpty() && !quoted;
            QString why =
                compareText(nullCell ? kNoValue : cell, client[r][c + 2], columns[c].mode, kNoValue);
            if (!why.isEmpty())
                problems << QStringLiteral("CSV row %1 %2: %3").arg(r + 1).arg(columns[c].name, why);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The report: each row on its line, NULL marked in a cell of its own class.
    QFile report(s->filePath(QStringLiteral("index.html")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    for (int i = 0; i < 2; ++i) {
        const qsizetype at = html.indexOf(QStringLiteral("data-row=\"%1\">").arg(i));
        QVERIFY(at > 0);
        const QString line = html.mid(at, html.indexOf(QLatin1String("</tr>"), at) - at);
        static const QRegularExpression td(QStringLiteral("<td( class=\"none\")?>(.*?)</td>"));
        QStringList cells;
        for (auto m = td.globalMatch(line); m.hasNext();) {
            const auto match = m.next();
            QString t = match.captured(2);
            t.replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&lt;"), QLatin1String("<"));
            t.replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            cells << (match.captured(1).isEmpty() ? t : QStringLiteral("\u0001"));
        }
        QCOMPARE(cells.size(), columns.size() + 2);
        for (int c = 0; c < columns.size(); ++c) {
            const QString why =
                compareText(cells[c + 2], client[rowOf[i]][c + 2], columns[c].mode, QStringLiteral("\u0001"));
            if (!why.isEmpty())
                problems
                    << QStringLiteral("report row %1 %2: %3").arg(rowOf[i] + 1).arg(columns[c].name, why);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The viewer's model: the same, with NULL marked (its own role, for the grey italics) and never empty.
    BundleTableModel model(s, 0, nullptr);
    QCOMPARE(model.rowCount(), 2);
    const int noValueRole = BundleTableModel::OriginalRole + 1;
    for (int i = 0; i < 2; ++i) {
        for (int c = 0; c < columns.size(); ++c) {
            const QModelIndex index = model.index(i, c + 2);
            const QString client_ = client[rowOf[i]][c + 2];
            QString why = compareText(model.data(index, Qt::DisplayRole).toString(), client_, columns[c].mode,
                                      kNoValue);
            if (model.data(index, noValueRole).toBool() != (client_ == kNull))
                why += QStringLiteral(" (the no-value role is wrong)");
            if (!why.isEmpty())
                problems
                    << QStringLiteral("viewer row %1 %2: %3").arg(rowOf[i] + 1).arg(columns[c].name, why);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestValues::compositeKeys()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("nodes.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        // Ann owns nodes (1, 1) and (1, 2), Bob node (2, 1): his key shares its second column with Ann's. The
        // tags point at their node by the database's two-column foreign key; the notes only by the map's.
        for (const char* sql : {
                 "CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(100))",
                 "CREATE TABLE nodes (id INTEGER NOT NULL, version INTEGER NOT NULL, owner_id INTEGER NOT "
                 "NULL "
                 "REFERENCES people(id), title VARCHAR(100), PRIMARY KEY (id, version))",
                 "CREATE TABLE node_tags (node_id INTEGER NOT NULL, version INTEGER NOT NULL, tag "
                 "VARCHAR(50) NOT "
                 "NULL, PRIMARY KEY (node_id, version, tag), FOREIGN KEY (node_id, version) REFERENCES nodes "
                 "(id, "
                 "version))",
                 "CREATE TABLE node_notes (id INTEGER PRIMARY KEY, node_id INTEGER NOT NULL, version INTEGER "
                 "NOT "
                 "NULL, note VARCHAR(100))",
                 "INSERT INTO people VALUES (1, 'ann@example.com'), (2, 'bob@example.com')",
                 "INSERT INTO nodes VALUES (1, 1, 1, 'Ann one'), (1, 2, 1, 'Ann two'), (2, 1, 2, 'Bob one')",
                 "INSERT INTO node_tags VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'c'), (2, 1, 'd')",
                 "INSERT INTO node_notes VALUES (10, 1, 1, 'ann'), (11, 1, 2, 'ann again'), (12, 2, 1, "
                 "'bob')",
             })
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    // The live foreign key as the catalogue reads it: its columns paired by position.
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QStringList pairs;
        for (const SqlConnection::ForeignKey& fk : SqlConnection::foreignKeys(
                 c.db(), e,
                 {QStringLiteral("nodes"), QStringLiteral("node_tags"), QStringLiteral("people")})) {
            if (fk.table == QLatin1String("node_tags"))
                pairs << QStringLiteral("%1 -> %2.%3").arg(fk.column, fk.parentTable, fk.parentColumn);
        }
        QCOMPARE(pairs, (QStringList{QStringLiteral("node_id -> nodes.id"),
                                     QStringLiteral("version -> nodes.version")}));
    }
    const QByteArray yaml = R"(lethe_datamap: 1
system: {key: nodes, name: Nodes, art15: {purposes: [Tests]}, identities: [email]}
sources:
  - key: main
)" + sourceYaml(e, p, {}).toUtf8() +
                            R"(    tables:
      - name: people
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email}
      - name: nodes
        primary_key: [id, version]
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: version, categories: [system.operations]}
          - {name: owner_id, categories: [user.unique_id], references: people.id}
          - {name: title, categories: [user.content.private]}
      - name: node_tags
        primary_key: [node_id, version, tag]
        erase: rows
        fields:
          - {name: node_id, categories: [system.operations]}
          - {name: version, categories: [system.operations]}
          - {name: tag, categories: [user.content.private]}
      - name: node_notes
        primary_key: id
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: node_id, categories: [system.operations]}
          - {name: version, categories: [system.operations]}
          - {name: note, categories: [user.content.private]}
        references:
          - {columns: [node_id, version], table: nodes, to: [id, version]}
)";
    auto rowsOf = [](const Dossier& d, const char* table) {
        QStringList out;
        for (const DossierTable& t : d.tables) {
            if (t.table != QLatin1String(table))
                continue;
            for (const DossierRow& r : t.rows) {
                QStringList cells;
                for (const QVariant& v : r.values)
                    cells << v.toString();
                out << cells.join(QLatin1Char('|'));
            }
        }
        out.sort();
        return out;
    };
    // With the database's foreign key alone (the map declares no reference for the tags): each person's
    // tags only, found through both columns of the key together.
    {
        const QByteArray liveOnly = yaml.left(yaml.indexOf("        references:\n"));
        const DataMapLoad load =
            DataMapLoader::parse(liveOnly, dir.filePath(QStringLiteral("nodes.yaml")), dir.path());
        QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().toString()));
        for (const auto& [email, tags] : {std::pair{"ann@example.com", QStringList{"1|1|a", "1|2|b"}},
                                          std::pair{"bob@example.com", QStringList{"2|1|c", "2|1|d"}}}) {
            auto d = Traversal::run(*load.map, {p}, {{IdentityKind::Email, QLatin1String(email)}}, {});
            QVERIFY2(d, d ? "" : qPrintable(d.error().message));
            QCOMPARE(rowsOf(*d, "node_tags"), tags);
        }
    }
    // The map's reference of two columns (a list on each side) leads to the notes the same way.
    const DataMapLoad load =
        DataMapLoader::parse(yaml, dir.filePath(QStringLiteral("nodes.yaml")), dir.path());
    QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().toString()));
    const DataMap map = *load.map;
    // Each person's preview: their own tags and notes only.
    for (const auto& [email, tags, notes] :
         {std::tuple{"ann@example.com", QStringList{"1|1|a", "1|2|b"},
                     QStringList{"10|1|1|ann", "11|1|2|ann again"}},
          std::tuple{"bob@example.com", QStringList{"2|1|c", "2|1|d"}, QStringList{"12|2|1|bob"}}}) {
        auto d = Traversal::run(map, {p}, {{IdentityKind::Email, QLatin1String(email)}}, {});
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(rowsOf(*d, "node_tags"), tags);
        QCOMPARE(rowsOf(*d, "node_notes"), notes);
        for (const DossierTable& t : d->tables) {
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            if (t.table == QLatin1String("node_tags"))
                QCOMPARE(t.rows.value(0).via,
                         QStringLiteral("nodes.(id, version) → node_tags.(node_id, version)"));
        }
    }

    // Ann's erasure: planned and run, it takes her rows and leaves every one of Bob's.
    ConnectionParams wsParams;
    wsParams.path = dir.filePath(QStringLiteral("ws.db"));
    auto store = WorkspaceStore::open(wsParams, QStringLiteral("olga"),
                                      [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    NewRequest nr;
    nr.type = RequestType::Erasure;
    nr.regulation = Regulation::Gdpr;
    nr.received = QDate(2026, 11, 20);
    nr.subjectName = QStringLiteral("Ann");
    nr.identities = {{IdentityKind::Email, QStringLiteral("ann@example.com")}};
    auto added = (*store)->addRequest(nr);
    QVERIFY(added);
    auto verified = (*store)->transition(added->humanId, RequestStatus::Verified);
    QVERIFY(verified);
    ErasurePlanner::Input in;
    in.request = *verified;
    in.today = QDate(2026, 12, 1);
    in.systems << ErasurePlanner::SystemInput{map, {p}, {}, {}, {}};
    auto plan = ErasurePlanner::build(in);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.join(QStringLiteral("; "))));
    for (const ErasureTablePlan& t : plan->systems[0].sources[0].tables) {
        if (t.table == QLatin1String("node_tags"))
            QCOMPARE(t.keys.toList(), (QList<QStringList>{{"1", "1", "a"}, {"1", "2", "b"}}));
        if (t.table == QLatin1String("node_notes"))
            QCOMPARE(t.keys.toList(), (QList<QStringList>{{"10"}, {"11"}}));
        if (t.table == QLatin1String("nodes"))
            QCOMPARE(t.keys.toList(), (QList<QStringList>{{"1", "1"}, {"1", "2"}}));
    }
    ErasureStore erasures(**store);
    auto saved = erasures.savePlan(*verified, plan->digest, QJsonDocument(plan->toJson(true)).toJson(),
                                   plan->toJson(false).value(QStringLiteral("counts")).toObject());
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    auto started = erasures.start(*verified, plan->digest);
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    ErasureExecutor::Options eo;
    eo.hmacKey = QByteArray(32, 'k');
    auto report = ErasureExecutor::run(**store, started->id, *plan, {{map, {p}, {}}}, eo);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->value(QStringLiteral("verified")).toBool());
    SqlConnection c;
    QVERIFY(c.open(p).ok());
    QSqlQuery q(c.db());
    for (const auto& [sql, count] :
         {std::pair{"SELECT COUNT(*) FROM node_tags WHERE node_id = 2", 2},
          std::pair{"SELECT COUNT(*) FROM node_tags", 2},
          std::pair{"SELECT COUNT(*) FROM node_notes WHERE node_id = 2", 1},
          std::pair{"SELECT COUNT(*) FROM node_notes", 1}, std::pair{"SELECT COUNT(*) FROM nodes", 1},
          std::pair{"SELECT COUNT(*) FROM people WHERE id = 2", 1},
          std::pair{"SELECT COUNT(*) FROM people", 1}}) {
        QVERIFY2(q.exec(QLatin1String(sql)) && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toInt() == count, sql);
    }
}

void TestValues::identitiesOnlyWhereTheTypeHoldsThem()
{
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("accounts.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(100), email_valid BOOLEAN)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts VALUES (1, 'ann@example.com', true), (2, "
                                      "'bob@example.com', false)")));
    }
    // Discovery: the name says email, the type says boolean; only the text column holds an identity.
    SchemaDiscovery::Options options;
    auto found = SchemaDiscovery::run(p, options);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    const Table* accounts = found->draft.sources.value(0).table(QStringLiteral("accounts"));
    QVERIFY(accounts);
    QCOMPARE(accounts->field(QStringLiteral("email"))->identity, std::optional(IdentityKind::Email));
    QVERIFY2(!accounts->field(QStringLiteral("email_valid"))->identity,
             "a boolean column was proposed as an email identity");

    // A map that says otherwise: the preview names the column and its type in the table's error (on SQLite,
    // which stores anything anywhere, a table that is not there fails the same way), and exits 8.
    std::unique_ptr<KeychainSecret> secret;
    if (!p.password.isEmpty()) {
        secret = std::make_unique<KeychainSecret>(p.password);
        QVERIFY2(secret->error.isEmpty(), qPrintable(secret->error));
    }
    const QString table =
        e == ConnectionParams::Engine::Sqlite ? QStringLiteral("not_there") : QStringLiteral("accounts");
    const QString yaml = QStringLiteral("lethe_datamap: 1\n"
                                        "system: {key: acc, name: Accounts, art15: {purposes: [Tests]}, "
                                        "identities: [email]}\n"
                                        "sources:\n"
                                        "  - key: main\n") +
                         sourceYaml(e, p, secret ? secret->key : QString()) +
                         QStringLiteral("    tables:\n"
                                        "      - name: %1\n"
                                        "        primary_key: id\n"
                                        "        fields:\n"
                                        "          - {name: id, categories: [user.unique_id]}\n"
                                        "          - {name: email_valid, categories: [user.contact.email], "
                                        "identity: email}\n")
                             .arg(table);
    const QString mapFile = dir.filePath(QStringLiteral("accounts.yaml"));
    {
        QFile f(mapFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml.toUtf8());
    }
    const test::CliRun pv = test::runCli(QStringLiteral(LETHE_CLI_PATH), m_home.path(),
                                         {QStringLiteral("preview"), QStringLiteral("--map"), mapFile,
                                          QStringLiteral("--email"), QStringLiteral("ann@example.com")});
    QCOMPARE(pv.code, 8);
    QVERIFY2(pv.err.contains("the preview is incomplete"), pv.err.constData());
    const QString error = pv.json()
                              .object()[QStringLiteral("systems")]
                              .toArray()[0]
                              .toObject()[QStringLiteral("tables")]
                              .toArray()[0]
                              .toObject()[QStringLiteral("error")]
                              .toString();
    if (e == ConnectionParams::Engine::Sqlite) {
        QVERIFY2(error.contains(QLatin1String("not_there")), qPrintable(error));
    } else {
        QVERIFY2(error.contains(QLatin1String("accounts.email_valid is of type ")) &&
                     error.contains(e == ConnectionParams::Engine::Postgres ? QLatin1String("boolean")
                                                                            : QLatin1String("tinyint")),
                 qPrintable(error));
    }
}

void TestValues::rowThatStaysKeepsOnlyTheRowItPointsAt()
{
    // Ann's tags are only rewritten, so they stay, and the node each points at stays with them; her node
    // (1, 3), which no tag points at, is deleted even though it shares the first column of a kept tag's key.
    QFETCH(int, engine);
    const auto e = ConnectionParams::Engine(engine);
    QTemporaryDir dir;
    const test::EngineDatabase database(e, dir, QStringLiteral("nodes.db"));
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const ConnectionParams p = database.params();
    {
        SqlConnection c;
        QVERIFY(c.open(p).ok());
        QSqlQuery q(c.db());
        for (const char* sql : {
                 "CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(100))",
                 "CREATE TABLE nodes (id INTEGER NOT NULL, version INTEGER NOT NULL, owner_id INTEGER NOT "
                 "NULL "
                 "REFERENCES people(id), PRIMARY KEY (id, version))",
                 "CREATE TABLE node_tags (node_id INTEGER NOT NULL, version INTEGER NOT NULL, tag "
                 "VARCHAR(50) NOT "
                 "NULL, PRIMARY KEY (node_id, version), FOREIGN KEY (node_id, version) REFERENCES nodes (id, "
                 "version))",
                 "INSERT INTO people VALUES (1, 'ann@example.com')",
                 "INSERT INTO nodes VALUES (1, 1, 1), (1, 2, 1), (1, 3, 1), (2, 1, 1)",
                 "INSERT INTO node_tags VALUES (1, 1, 'a'), (2, 1, 'b')",
             })
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    const QByteArray yaml = R"(lethe_datamap: 1
system: {key: nodes, name: Nodes, art15: {purposes: [Tests]}, identities: [email]}
sources:
  - key: main
)" + sourceYaml(e, p, {}).toUtf8() +
                            R"(    tables:
      - name: people
        primary_key: id
        fields:
          - {name: id, categories: [user.unique_id]}
          - {name: email, categories: [user.contact.email], identity: email, erasure: {fixed: "gone"}}
      - name: nodes
        primary_key: [id, version]
        erase: rows
        fields:
          - {name: id, categories: [system.operations]}
          - {name: version, categories: [system.operations]}
          - {name: owner_id, categories: [user.unique_id], references: people.id}
      - name: node_tags
        primary_key: [node_id, version]
        fields:
          - {name: node_id, categories: [system.operations]}
          - {name: version, categories: [system.operations]}
          - {name: tag, categories: [user.content.private], erasure: {fixed: "x"}}
)";
    const DataMapLoad load =
        DataMapLoader::parse(yaml, dir.filePath(QStringLiteral("nodes.yaml")), dir.path());
    QVERIFY2(load.ok(), qPrintable(load.issues.isEmpty() ? QString() : load.issues.first().toString()));
    Request request;
    request.humanId = QStringLiteral("R-2026-0001");
    request.type = RequestType::Erasure;
    request.identities = {{IdentityKind::Email, QStringLiteral("ann@example.com")}};
    ErasurePlanner::Input in;
    in.request = request;
    in.today = QDate(2026, 12, 1);
    in.systems << ErasurePlanner::SystemInput{*load.map, {p}, {}, {}, {}};
    auto plan = ErasurePlanner::build(in);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.join(QStringLiteral("; "))));
    bool seen = false;
    for (const ErasureTablePlan& t : plan->systems[0].sources[0].tables) {
        if (t.table != QLatin1String("nodes"))
            continue;
        seen = true;
        QList<QStringList> deleted = t.keys.toList(), kept;
        for (const KeptRows& k : t.kept)
            kept += k.keys.toList();
        std::sort(deleted.begin(), deleted.end());
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, (QList<QStringList>{{"1", "1"}, {"2", "1"}}));
        QCOMPARE(deleted, (QList<QStringList>{{"1", "2"}, {"1", "3"}}));
    }
    QVERIFY(seen);
}

void TestValues::largeBinaryWithheldWithItsLength()
{
    // Up to the limit: base64 with the length; past it: the length and why it is not there.
    const QByteArray small(3, '\x01');
    const QJsonObject shown = StoredValue::json(small).toObject();
    QCOMPARE(shown.value(QLatin1String("base64")).toString(), QStringLiteral("AQEB"));
    QCOMPARE(shown.value(QLatin1String("bytes")).toInt(), 3);
    QVERIFY(StoredValue::text(shown).startsWith(QStringLiteral("base64 AQEB (3 byte")));
    const QByteArray large(StoredValue::kMaxBinary + 1, 'x');
    const QJsonObject withheld = StoredValue::json(large).toObject();
    QVERIFY(!withheld.contains(QLatin1String("base64")));
    QCOMPARE(withheld.value(QLatin1String("bytes")).toInteger(), StoredValue::kMaxBinary + 1);
    QVERIFY(!withheld.value(QLatin1String("withheld")).toString().isEmpty());
    QVERIFY(StoredValue::text(withheld).startsWith(QStringLiteral("(%1 byte").arg(large.size())));
    // NULL is never 0, false or "".
    QVERIFY(StoredValue::json(QVariant()).isNull());
    QVERIFY(StoredValue::text(QJsonValue::Null).isNull());
    QCOMPARE(StoredValue::display(QJsonValue::Null), StoredValue::noValue());
    QVERIFY(!StoredValue::text(QStringLiteral("")).isNull());
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
