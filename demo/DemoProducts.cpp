#include "DemoProducts.h"

#include "ReportText.h"
#include "WorkspaceStore.h"

#include "DemoData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace lethe {

Result<QList<DemoSpec>> DemoProducts::load(const QString& folder)
{
    const QDir dir(folder);
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QList<DemoSpec> specs;
    for (const QString& sub : subdirs) {
        const QString spec = dir.filePath(sub + QStringLiteral("/generate.yaml"));
        const QString map = dir.filePath(sub + QStringLiteral("/datamap.yaml"));
        if (!QFileInfo::exists(spec) || !QFileInfo::exists(map))
            return makeError(
                Error::Code::NotFound,
                tr("%1: a demo product needs generate.yaml and datamap.yaml.").arg(dir.filePath(sub)));
        auto s = DemoGenerator::loadSpec(spec);
        if (!s)
            return s.error();
        specs << *s;
    }
    if (specs.isEmpty())
        return makeError(Error::Code::NotFound, tr("%1: no demo products found.").arg(folder));
    return specs;
}

namespace {

// Creates the database on the server unless it exists.
Status ensureDatabase(const ConnectionParams& server, const QString& name)
{
    ConnectionParams admin = server;
    admin.database =
        server.engine == ConnectionParams::Engine::Postgres ? QStringLiteral("postgres") : QString();
    SqlConnection c;
    if (Status st = c.open(admin); !st)
        return st;
    QSqlQuery q(c.db());
    q.prepare(server.engine == ConnectionParams::Engine::Postgres
                  ? QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?")
                  : QStringLiteral("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return makeError(Error::Code::Storage, q.lastError().text());
    if (q.next())
        return {};
    auto quoted = SqlConnection::quoteIdentifier(server.engine, name);
    if (!quoted)
        return quoted.error();
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(*quoted)))
        return makeError(Error::Code::Storage,
                         DemoProducts::tr("Cannot create database %1: %2").arg(name, q.lastError().text()));
    return {};
}

// The shipped map points at a SQLite file beside it; on a server it points at the product's database there.
QByteArray pointAt(const QByteArray& map, const ConnectionParams& db)
{
    if (db.engine == ConnectionParams::Engine::Sqlite)
        return map;
    static const QRegularExpression source(QStringLiteral("^( *)engine: sqlite\\n *path: [^\\n]*$"),
                                           QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(map);
    const auto m = source.match(text);
    if (!m.hasMatch())
        return map;
    const QString indent = m.captured(1);
    QStringList lines = {QStringLiteral("engine: %1").arg(ConnectionParams::engineKey(db.engine)),
                         QStringLiteral("host: %1").arg(db.host), QStringLiteral("port: %1").arg(db.port),
                         QStringLiteral("database: %1").arg(db.database),
                         QStringLiteral("user: %1").arg(db.user)};
    if (!db.passwordKey.isEmpty())
        lines << QStringLiteral("password_key: %1").arg(db.passwordKey);
    text.replace(m.capturedStart(), m.capturedLength(), indent + lines.join(QLatin1Char('\n') + indent));
    return text.toUtf8();
}

} // namespace

Result<QList<DemoProduct>> DemoProducts::install(const QList<DemoSpec>& specs, const QString& datamapsFolder,
                                                 const Target& target)
{
    if (!QDir().mkpath(datamapsFolder))
        return makeError(Error::Code::Storage, tr("Cannot create %1.").arg(datamapsFolder));
    const DemoPopulation people(target.scale);
    QList<DemoProduct> out;
    for (int i = 0; i < specs.size(); ++i) {
        const DemoSpec& spec = specs[i];
        DemoProduct p;
        p.spec = spec;
        p.db = target.server;
        if (p.db.engine == ConnectionParams::Engine::Sqlite) {
            p.db.path = QDir(datamapsFolder).filePath(spec.database + QStringLiteral(".db"));
            if (QFileInfo::exists(p.db.path) && !QFile::remove(p.db.path))
                return makeError(Error::Code::Storage, tr("Cannot replace %1.").arg(p.db.path));
        } else {
            p.db.database = target.server.database.isEmpty()
                                ? spec.database
                                : target.server.database + QLatin1Char('_') + spec.database;
            if (Status st = ensureDatabase(p.db, p.db.database); !st)
                return st.error();
        }
        DemoGenerator::Options o;
        o.today = target.today;
        o.replace = target.replace;
        o.product = i;
        o.products = int(specs.size());
        o.stop = target.stop;
        if (target.progress) {
            const QString name = spec.name;
            o.progress = [&target, name](const QString& table, qint64 rows) {
                target.progress(name, table, rows);
            };
        }
        auto filled = DemoGenerator::fill(spec, people, p.db, o);
        if (!filled)
            return filled.error();
        p.rows = filled->rows;

        QFile shipped(QFileInfo(spec.file).dir().filePath(QStringLiteral("datamap.yaml")));
        if (!shipped.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound,
                             tr("%1: cannot read: %2").arg(shipped.fileName(), shipped.errorString()));
        p.mapFile = QDir(datamapsFolder).filePath(spec.system + QStringLiteral(".yaml"));
        QSaveFile map(p.mapFile);
        if (!map.open(QIODevice::WriteOnly) || map.write(pointAt(shipped.readAll(), p.db)) < 0 ||
            !map.commit())
            return makeError(Error::Code::Storage,
                             tr("%1: cannot write: %2").arg(p.mapFile, map.errorString()));
        p.db.password.clear();
        out << p;
    }
    return out;
}

Result<QList<DemoProduct>> DemoProducts::populateWorkspace(const QString& workspaceFolder,
                                                           const ConnectionParams& store,
                                                           const QString& actor, int requests,
                                                           const QString& specsFolder, const Target& target)
{
    auto specs = load(specsFolder);
    if (!specs)
        return specs.error();
    auto products = install(*specs, QDir(workspaceFolder).filePath(QStringLiteral("datamaps")), target);
    if (!products)
        return products.error();
    const QList<DemoSpec> loaded = *specs;
    auto made = DemoData::populate(store, actor, target.today.isValid() ? target.today : QDate::currentDate(),
                                   requests, [&loaded](int person) { return productsOf(loaded, person); });
    if (!made)
        return made.error();
    // Who answers in the demo's reports: a fictional company, and a real authority for GDPR requests.
    auto opened = WorkspaceStore::open(store, actor);
    if (!opened)
        return opened.error();
    const QStringList values = {
        QStringLiteral("Example Leads Ltd (a fictional company)"),
        QStringLiteral("privacy@example.com, 1 Example Street, London EC1A 1AA, United Kingdom"),
        QStringLiteral("dpo@example.com"),
        QStringLiteral("Data Protection Commission (Ireland)"),
        QStringLiteral("https://www.dataprotection.ie"),
    };
    for (int i = 0; i < values.size(); ++i)
        if (Status s = (*opened)->setSetting(ReportContacts::settingKeys()[i], values[i]); !s)
            return s.error();
    return products;
}

QStringList DemoProducts::productsOf(const QList<DemoSpec>& specs, int person)
{
    QStringList names;
    for (int i = 0; i < specs.size(); ++i) {
        if (DemoPopulation::holdsAccount(i, int(specs.size()), person, specs[i].accountShare))
            names << specs[i].name;
    }
    return names;
}

} // namespace lethe
