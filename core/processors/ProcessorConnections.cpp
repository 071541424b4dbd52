#include "ProcessorConnections.h"

#include "NetworkThread.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>

namespace lethe {

QString ProcessorConnections::filePath(const QString& workspaceFolder)
{
    return QDir(workspaceFolder).filePath(QStringLiteral("connections.json"));
}

QList<ConnectorDefinition> ProcessorConnections::definitions(const QString& workspaceFolder,
                                                             QStringList* problems)
{
    QStringList folders;
    if (QDir(QStringLiteral(":/connectors")).exists())
        folders << QStringLiteral(":/connectors");
    if (const QByteArray dir = qgetenv("LETHE_CONNECTORS_DIR"); !dir.isEmpty())
        folders << QString::fromLocal8Bit(dir);
    if (!workspaceFolder.isEmpty())
        folders << QDir(workspaceFolder).filePath(QStringLiteral("connectors"));
    return ConnectorLoader::loadAll(folders, problems);
}

Result<QList<ProcessorConnection>> ProcessorConnections::load(const QString& workspaceFolder)
{
    const QString path = filePath(workspaceFolder);
    QList<ProcessorConnection> out;
    QFile f(path);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Storage, tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::InvalidInput,
            tr("%1 is not valid JSON at offset %2: %3").arg(path).arg(err.offset).arg(err.errorString()));
    const QJsonArray list = doc.object().value(QStringLiteral("connections")).toArray();
    int i = 0;
    for (const QJsonValue& v : list) {
        ++i;
        const QJsonObject o = v.toObject();
        ProcessorConnection c;
        c.key = o.value(QStringLiteral("key")).toString();
        c.connector = o.value(QStringLiteral("connector")).toString();
        c.baseUrl = o.value(QStringLiteral("base_url")).toString();
        c.secretKey = o.value(QStringLiteral("secret_key")).toString();
        const QJsonObject params = o.value(QStringLiteral("parameters")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            c.parameters.insert(it.key(), it.value().toString());
        if (c.key.isEmpty() || c.connector.isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("%1: connection %2 needs \"key\" and \"connector\".").arg(path).arg(i));
        if (c.secretKey.isEmpty())
            c.secretKey = secretKeyFor(c.key);
        out << c;
    }
    return out;
}

Status ProcessorConnections::save(const QString& workspaceFolder,
                                  const QList<ProcessorConnection>& connections)
{
    QJsonArray list;
    for (const ProcessorConnection& c : connections) {
        QJsonObject o{{QStringLiteral("key"), c.key},
                      {QStringLiteral("connector"), c.connector},
                      {QStringLiteral("secret_key"), c.secretKey}};
        if (!c.baseUrl.isEmpty())
            o.insert(QStringLiteral("base_url"), c.baseUrl);
        QJsonObject params;
        for (auto it = c.parameters.begin(); it != c.parameters.end(); ++it)
            params.insert(it.key(), it.value());
        if (!params.isEmpty())
            o.insert(QStringLiteral("parameters"), params);
        list.append(o);
    }
    QSaveFile f(filePath(workspaceFolder));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    f.write(QJsonDocument(
                QJsonObject{{QStringLiteral("lethe_connections"), 1}, {QStringLiteral("connections"), list}})
                .toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return Status::success();
}

Result<QList<ProcessorConnections::WithSecret>>
ProcessorConnections::fromSandboxTemplate(const QByteArray& templateJson, const QByteArray& portsJson)
{
    QJsonParseError err;
    const QJsonObject tpl = QJsonDocument::fromJson(templateJson, &err).object();
    if (err.error != QJsonParseError::NoError)
        return makeError(Error::Code::InvalidInput,
                         tr("The sandbox connection template is not valid JSON: %1").arg(err.errorString()));
    const QJsonObject ports = QJsonDocument::fromJson(portsJson, &err).object();
    if (err.error != QJsonParseError::NoError || ports.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("The sandbox's ports file is not the JSON lethe-sandbox writes."));
    QList<WithSecret> out;
    for (const QJsonValue& v : tpl.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString server = o.value(QStringLiteral("sandbox")).toString();
        const int port = ports.value(server).toInt();
        if (port <= 0)
            return makeError(Error::Code::InvalidInput,
                             tr("The sandbox reported no port for \"%1\".").arg(server));
        WithSecret w;
        w.connection.key = o.value(QStringLiteral("key")).toString();
        w.connection.connector = o.value(QStringLiteral("connector")).toString();
        w.connection.baseUrl =
            QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(o.value(QStringLiteral("path")).toString());
        w.connection.secretKey = secretKeyFor(w.connection.key);
        const QJsonObject params = o.value(QStringLiteral("parameters")).toObject();
        for (auto it = params.begin(); it != params.end(); ++it)
            w.connection.parameters.insert(it.key(), it.value().toString());
        w.secret = o.value(QStringLiteral("secret")).toString();
        out << w;
    }
    return out;
}

Status ProcessorConnections::merge(const QString& workspaceFolder,
                                   const QList<ProcessorConnection>& connections)
{
    auto existing = load(workspaceFolder);
    if (!existing)
        return existing.error();
    QList<ProcessorConnection> list = *existing;
    for (const ProcessorConnection& c : connections) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const ProcessorConnection& x) { return x.key == c.key; }),
                   list.end());
        list << c;
    }
    return save(workspaceFolder, list);
}

Status ProcessorConnections::check(const ProcessorConnection& c,
                                   const QList<ConnectorDefinition>& definitions)
{
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
    if (!key.match(c.key).hasMatch())
        return makeError(
            Error::Code::InvalidInput,
            tr("The connection key \"%1\" must be lower-case letters, digits, - and _, starting with a "
               "letter.")
                .arg(c.key));
    const ConnectorDefinition* def = ConnectorLoader::find(definitions, c.connector);
    QStringList known;
    for (const ConnectorDefinition& d : definitions)
        known << d.key;
    if (!def)
        return makeError(
            Error::Code::InvalidInput,
            tr("Unknown connector \"%1\" (known: %2).").arg(c.connector, known.join(QStringLiteral(", "))));
    for (auto it = c.parameters.begin(); it != c.parameters.end(); ++it) {
        bool declared = false;
        for (const ConnectorParameter& p : def->parameters)
            declared = declared || p.name == it.key();
        if (!declared)
            return makeError(Error::Code::InvalidInput,
                             tr("The connector \"%1\" has no parameter \"%2\".").arg(c.connector, it.key()));
    }
    QNetworkAccessManager network;
    ProcessorClient client(*def, c, QString(), &network);
    if (!client.problem().isEmpty())
        return makeError(Error::Code::InvalidInput, client.problem());
    return Status::success();
}

QString ProcessorConnections::verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Reachable:
        return QStringLiteral("reachable");
    case Verdict::AuthRefused:
        return QStringLiteral("auth-refused");
    case Verdict::WrongUrl:
        return QStringLiteral("wrong-url");
    case Verdict::TlsFailed:
        return QStringLiteral("tls-failed");
    case Verdict::Unreachable:
        return QStringLiteral("unreachable");
    case Verdict::ProcessorError:
        return QStringLiteral("processor-error");
    case Verdict::NotTestable:
        return QStringLiteral("not-testable");
    }
    return {};
}

ProcessorConnections::TestResult ProcessorConnections::test(const ConnectorDefinition& definition,
                                                            const ProcessorConnection& connection,
                                                            const QString& secret)
{
    struct Run
    {
        std::shared_ptr<NetworkWait> wait = std::make_shared<NetworkWait>();
        TestResult out; // written on the network thread before the wait is finished
    };
    auto run = std::make_shared<Run>();
    NetworkThread::post([run, definition, connection, secret] {
        QObject* host = NetworkThread::host(run->wait);
        auto* test = new ConnectionTest(definition, connection, secret, host);
        QObject::connect(test, &ConnectionTest::finished, host, [run, host, test] {
            run->out = test->result();
            host->deleteLater(); // wakes the caller
        });
        test->start(); // finished() comes later, never from start() itself
    });
    run->wait->wait();
    return run->out;
}

ConnectionTest::ConnectionTest(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                               const QString& secret, QObject* parent)
    : QObject(parent), m_definition(definition), m_connection(connection), m_secret(secret)
{
    m_definition.retries = 1;
    m_definition.timeoutMs = std::min(m_definition.timeoutMs, 15000);
}

ConnectionTest::~ConnectionTest()
{
    abort();
    delete m_client; // before its network manager, a child too
}

void ConnectionTest::start()
{
    using Verdict = ProcessorConnections::Verdict;
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    auto* network = new QNetworkAccessManager(this);
    m_client = new ProcessorClient(m_definition, m_connection, m_secret, network, this);
    if (!m_client->problem().isEmpty())
        return finishLater({Verdict::WrongUrl, 0, m_client->problem()});
    if (!m_definition.test)
        return finishLater(
            {Verdict::NotTestable, 0,
             ProcessorConnections::tr("%1 declares no test request: it can only be checked by running an "
                                      "erasure.")
                 .arg(m_definition.name)});
    TemplateContext ctx;
    ctx.secret = m_secret;
    ctx.params = m_client->connection().parameters;
    QStringList missing;
    const ProcessorClient::Call call = Templates::build(*m_client, *m_definition.test, ctx, &missing);
    if (!missing.isEmpty())
        return finishLater({Verdict::WrongUrl, 0,
                            ProcessorConnections::tr("The test request needs %1, which the connection lacks.")
                                .arg(missing.join(QStringLiteral(", ")))});
    const QString describe = call.describe;
    m_client->send(call, [this, describe](const ProcessorClient::Answer& answer) {
        finish(verdictOf(answer, describe));
    });
}

void ConnectionTest::abort()
{
    if (m_state != State::Running)
        return;
    m_state = State::Aborted;
    if (m_client)
        m_client->abortAll(); // aborts the request in flight; its answer is not delivered
}

void ConnectionTest::finish(const ProcessorConnections::TestResult& result)
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    m_result = result;
    Q_EMIT finished();
}

void ConnectionTest::finishLater(const ProcessorConnections::TestResult& result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

ProcessorConnections::TestResult ConnectionTest::verdictOf(const ProcessorClient::Answer& answer,
                                                           const QString& describe) const
{
    using Verdict = ProcessorConnections::Verdict;
    const QString host = m_client->baseUrl().host();
    const ConnectorDefinition& definition = m_definition;
    const int s = answer.status;
    if (s == 0) {
        if (answer.tls)
            return {Verdict::TlsFailed, 0,
                    ProcessorConnections::tr("The TLS connection to %1 failed (%2); nothing was sent.")
                        .arg(host, answer.networkError)};
        return {Verdict::WrongUrl, 0,
                ProcessorConnections::tr("Nothing answers at %1: %2.").arg(host, answer.networkError)};
    }
    const QString processorMessage = m_client->processorMessage(answer);
    if (s == 401 || s == 403)
        return {Verdict::AuthRefused, s,
                ProcessorConnections::tr("%1 answered at %2 but refused the credentials (HTTP %3)%4.")
                    .arg(definition.name, host)
                    .arg(s)
                    .arg(processorMessage.isEmpty() ? QString() : QStringLiteral(": ") + processorMessage)};
    if (s == 404 || s == 405 || (s < 300 && !answer.jsonOk))
        return {Verdict::WrongUrl, s,
                ProcessorConnections::tr("Something answers at %1, but not %2's API (HTTP %3 for %4).")
                    .arg(host, definition.name)
                    .arg(s)
                    .arg(describe)};
    if (s >= 200 && s < 300)
        return {Verdict::Reachable, s,
                ProcessorConnections::tr("%1 is reachable at %2 and accepts the credentials.")
                    .arg(definition.name, host)};
    if (s == 429)
        return {Verdict::Reachable, s,
                ProcessorConnections::tr("%1 is reachable at %2 but is rate-limiting this account just now.")
                    .arg(definition.name, host)};
    return {Verdict::ProcessorError, s,
            ProcessorConnections::tr("%1 at %2 answered HTTP %3%4.")
                .arg(definition.name, host)
                .arg(s)
                .arg(processorMessage.isEmpty() ? QString() : QStringLiteral(": ") + processorMessage)};
}

ProcessorConnections::SystemProcessors
ProcessorConnections::forSystem(const DataMap& map, const QList<ProcessorConnection>& connections,
                                const QList<ConnectorDefinition>& definitions)
{
    SystemProcessors out;
    for (const Recipient& r : map.art15.recipients) {
        if (!r.manual.isEmpty()) {
            out.manual << r;
            continue;
        }
        if (r.connection.isEmpty())
            continue;
        const ProcessorConnection* conn = nullptr;
        for (const ProcessorConnection& c : connections)
            if (c.key == r.connection)
                conn = &c;
        if (!conn) {
            out.problems
                << tr("%1: the recipient %2 names the connection \"%3\", which this workspace does not have "
                      "(lethe-cli connections add).")
                       .arg(map.name, r.name, r.connection);
            continue;
        }
        const ConnectorDefinition* def = ConnectorLoader::find(definitions, conn->connector);
        if (!def) {
            out.problems << tr("%1: the connection \"%2\" uses the connector \"%3\", which is not installed.")
                                .arg(map.name, conn->key, conn->connector);
            continue;
        }
        out.jobs << ProcessorHub::Job{*def, *conn, QString()};
    }
    return out;
}

ProcessorConnections::MapsProcessors ProcessorConnections::forMaps(const QString& workspaceFolder,
                                                                   const QList<DataMap>& maps)
{
    MapsProcessors out;
    QList<ProcessorConnection> connections;
    if (!workspaceFolder.isEmpty()) {
        auto loaded = load(workspaceFolder);
        if (loaded)
            connections = *loaded;
        else
            out.problems << loaded.error().message;
    }
    const QList<ConnectorDefinition> defs = definitions(workspaceFolder, &out.problems);
    for (const DataMap& map : maps) {
        const SystemProcessors sp = forSystem(map, connections, defs);
        out.problems << sp.problems;
        out.manual[map.key] = sp.manual;
        for (const ProcessorHub::Job& job : sp.jobs) {
            if (!out.systemsOf.contains(job.connection.key))
                out.jobs << job;
            out.systemsOf[job.connection.key] << map.key;
        }
    }
    return out;
}

bool ProcessorConnections::waitsForUserIds(const ConnectorDefinition& definition)
{
    for (const Lookup& l : definition.lookups)
        if (l.identity == IdentityKind::UserId)
            return true;
    return false;
}

namespace {

// A nested value as a person reads it: "address.city: London; address.country: GB; email: ..."; empty and
// null members left out. Scalars as they are.
void flatten(const QJsonValue& v, const QString& prefix, QStringList& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), a.size() == 1 ? prefix : QStringLiteral("%1[%2]").arg(prefix).arg(i), out);
    } else if (!v.isNull() && !v.isUndefined()) {
        const QString text = Templates::text(v);
        if (!text.isEmpty())
            out << (prefix.isEmpty() ? text : QStringLiteral("%1: %2").arg(prefix, text));
    }
}

QVariant display(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject() && !v.isArray())
        return Templates::text(v);
    QStringList parts;
    flatten(v, QString(), parts);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QList<DossierTable> ProcessorConnections::asTables(const ProcessorResult& result, int previewRows,
                                                   bool withNearMatches)
{
    QList<DossierTable> out;
    for (const ProcessorRecordSet& set : result.sets) {
        DossierTable t;
        t.source = result.processorName;
        t.table = set.name;
        t.processor = result.connection;
        t.columns = set.columns;
        t.categories = set.categories;
        t.count = set.records.size();
        for (int i = 0; i < set.records.size() && i < previewRows; ++i) {
            DossierRow row;
            for (const QString& col : set.columns) {
                row.values << display(Templates::value(set.records[i], col));
            }
            row.via = set.via.value(i);
            t.rows << row;
        }
        out << t;
        if (!withNearMatches || set.nearMatches.isEmpty())
            continue;
        DossierTable near = t;
        near.table = tr("%1: near matches, not the subject's (not erased)").arg(set.name);
        near.nearMatches = true;
        near.count = set.nearMatches.size();
        near.rows.clear();
        for (int i = 0; i < set.nearMatches.size() && i < previewRows; ++i) {
            DossierRow row;
            for (const QString& col : set.columns)
                row.values << display(Templates::value(set.nearMatches[i], col));
            row.via = set.nearVia.value(i);
            near.rows << row;
        }
        out << near;
    }
    if (!result.errors.isEmpty()) {
        DossierTable t;
        t.source = result.processorName;
        t.table = tr("(errors)");
        t.processor = result.connection;
        t.error = result.errors.join(QLatin1Char('\n'));
        out << t;
    }
    return out;
}

} // namespace lethe
