#include "DemoGenerator.h"

#include "DemoTemplate.h"

#include <QRandomGenerator64>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <memory>
#include <optional>

namespace lethe {

namespace {

using namespace demotemplate;

quint64 fnv1a(const QString& s)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : s.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

const char* kAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile "
    "Safari/537.36",
};

struct Kept
{
    int person;
    QVariantList values;
};

class Evaluator
{
public:
    Evaluator(const DemoPopulation& people, QDate today) : m_people(people), m_today(today) {}

    QVariant eval(const Compiled& c, const DemoColumn& col, int person, const Kept* parent, qint64 row,
                  QRandomGenerator64& rng) const
    {
        if (c.single())
            return one(c.segments[0], col, person, parent, row, rng);
        QString out;
        for (const Segment& s : c.segments)
            out += s.func.isEmpty() ? s.literal : one(s, col, person, parent, row, rng).toString();
        return out;
    }

private:
    QVariant one(const Segment& s, const DemoColumn& col, int person, const Kept* parent, qint64 row,
                 QRandomGenerator64& rng) const
    {
        const DemoPerson* p = person >= 0 ? &m_people.at(person) : nullptr;
        const QString& f = s.func;
        const QString arg = s.args.value(0);
        if (f == QLatin1String("parent"))
            return parent && s.parentColumn >= 0 ? parent->values.value(s.parentColumn) : QVariant();
        if (f == QLatin1String("row"))
            return row;
        if (f == QLatin1String("n"))
            return m_nth;
        if (f == QLatin1String("int")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            return qint64(lo + qint64(rng.bounded(quint64(hi - lo + 1))));
        }
        if (f == QLatin1String("money")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            const qint64 cents = qint64(lo) * 100 + qint64(rng.bounded(quint64(hi - lo) * 100 + 1));
            return QString::number(double(cents) / 100.0, 'f', 2);
        }
        if (f == QLatin1String("date")) {
            const int lo = s.args[0].toInt(), hi = s.args[1].toInt();
            const QDate d = m_today.addDays(lo + qint64(rng.bounded(quint64(hi - lo + 1))));
            const int secs = int(rng.bounded(86400U));
            return QDateTime(d, QTime(0, 0).addSecs(secs), Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        if (f == QLatin1String("pick"))
            return s.args[int(rng.bounded(quint64(s.args.size())))];
        if (f == QLatin1String("bool"))
            return rng.bounded(100U) < (s.args.isEmpty() ? 50U : s.args[0].toUInt());
        if (f == QLatin1String("ip")) {
            // Documentation ranges only (RFC 5737): 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24.
            static const char* nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
            return QLatin1String(nets[rng.bounded(3U)]) + QString::number(1 + rng.bounded(254U));
        }
        if (f == QLatin1String("ua"))
            return QLatin1String(kAgents[rng.bounded(quint64(std::size(kAgents)))]);
        if (f == QLatin1String("uuid")) {
            const quint64 a = rng.generate(), b = rng.generate();
            QByteArray bytes(16, Qt::Uninitialized);
            for (int i = 0; i < 8; ++i) {
                bytes[i] = char(a >> (8 * i));
                bytes[8 + i] = char(b >> (8 * i));
            }
            bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
            bytes[8] = char((bytes[8] & 0x3f) | 0x80); // variant
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        }
        if (f == QLatin1String("hex")) {
            const int n = qBound(1, arg.toInt() > 0 ? arg.toInt() : 32, 128);
            QString out;
            while (out.size() < n)
                out += QString::number(rng.generate(), 16).rightJustified(16, QLatin1Char('0'));
            return out.left(n);
        }
        if (!p)
            return {};
        if (f == QLatin1String("name"))
            return p->name;
        if (f == QLatin1String("first"))
            return p->first;
        if (f == QLatin1String("last"))
            return p->last;
        if (f == QLatin1String("company"))
            return p->company;
        if (f == QLatin1String("city"))
            return p->city;
        if (f == QLatin1String("country"))
            return p->country;
        if (f == QLatin1String("title"))
            return p->title;
        if (f == QLatin1String("domain"))
            return p->email.section(QLatin1Char('@'), 1);
        if (f == QLatin1String("slug"))
            return p->company.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                QStringLiteral("-"));
        if (f == QLatin1String("email")) {
            if (arg != QLatin1String("messy"))
                return p->email;
            // As people type it into forms: capitals, and now and then a stray space.
            QString e = p->email;
            const quint64 r = rng.generate();
            if (r % 3 == 0)
                e = e.toUpper();
            else if (r % 3 == 1)
                e[0] = e[0].toUpper();
            if ((r >> 8) % 4 == 0)
                e = QLatin1Char(' ') + e + QLatin1Char(' ');
            return e;
        }
        if (f == QLatin1String("phone")) {
            if (p->phone.isEmpty())
                return {};
            if (arg == QLatin1String("national"))
                return DemoPopulation::nationalFormat(p->phone, p->country);
            return p->phone;
        }
        Q_UNUSED(col);
        return {};
    }

    const DemoPopulation& m_people;
    QDate m_today;

public:
    qint64 m_nth = 1; // the row's place among its parent's rows, from 1
};

QString sqlType(ConnectionParams::Engine e, const QString& type)
{
    using E = ConnectionParams::Engine;
    const bool pg = e == E::Postgres, my = e == E::MariaDb;
    if (type == QLatin1String("id") || type == QLatin1String("int"))
        return pg || my ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    if (type == QLatin1String("text"))
        return my ? QStringLiteral("VARCHAR(255)") : QStringLiteral("TEXT");
    if (type == QLatin1String("long_text"))
        return QStringLiteral("TEXT");
    if (type == QLatin1String("timestamp"))
        return pg ? QStringLiteral("TIMESTAMP") : my ? QStringLiteral("DATETIME") : QStringLiteral("TEXT");
    if (type == QLatin1String("bool"))
        return pg || my ? QStringLiteral("BOOLEAN") : QStringLiteral("INTEGER");
    if (type == QLatin1String("decimal"))
        return pg || my ? QStringLiteral("DECIMAL(12,2)") : QStringLiteral("NUMERIC");
    return pg ? QStringLiteral("UUID") : my ? QStringLiteral("CHAR(36)") : QStringLiteral("TEXT");
}

// One fill of a demo database, shared by the steps of DemoGenerator::fill: the connection, the tables whose
// rows later tables hang off (kept while the children are generated), and what was written.
struct Filling
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoGenerator)
public:
    using Options = DemoGenerator::Options;

    Filling(const DemoSpec& spec_, const DemoPopulation& people_, ConnectionParams::Engine engine_,
            const Options& options_)
        : spec(spec_), people(people_), engine(engine_), options(options_),
          evaluator(people_, options_.today.isValid() ? options_.today : QDate::currentDate())
    {}

    Result<DemoFill> run(const ConnectionParams& db);
    QString quote(const QString& name) const;
    Status exec(const QString& sql);
    Status prepare();
    Status createTable(const DemoTable& t);
    QList<Compiled> compileTemplates(const DemoTable& t) const;
    Status createIndexes();

    const DemoSpec& spec;
    const DemoPopulation& people;
    const ConnectionParams::Engine engine;
    const Options& options;
    SqlConnection conn;
    std::optional<QSqlQuery> q;
    QSet<QString> parents;
    QHash<QString, QList<Kept>> kept;
    QHash<QString, QStringList> columnsOf;
    Evaluator evaluator;
    DemoFill result;
};

// One table's rows, generated and inserted up to perStatement rows a statement, in one transaction.
class TableFill
{
    Q_DECLARE_TR_FUNCTIONS(lethe::DemoGenerator)
public:
    TableFill(Filling& f, const DemoTable& t_, QList<Compiled> compiled_)
        : fill(f), t(t_), conn(f.conn), options(f.options), people(f.people), spec(f.spec),
          evaluator(f.evaluator), engine(f.engine), names(f.columnsOf.value(t_.name)),
          compiled(std::move(compiled_)), cols(int(t_.columns.size())),
          perStatement(std::max(1, std::min(500, 900 / cols))), full(f.conn.db()),
          rng(fnv1a(f.spec.system + QLatin1Char('/') + t_.name)), keep(f.parents.contains(t_.name))
    {}

    Status run();

private:
    QString quote(const QString& name) const { return fill.quote(name); }
    QString insertSql(int rows) const;
    Status flush();
    Status emitRow(int person, const Kept* parent);

    Filling& fill;
    const DemoTable& t;
    SqlConnection& conn;
    const DemoGenerator::Options& options;
    const DemoPopulation& people;
    const DemoSpec& spec;
    Evaluator& evaluator;
    const ConnectionParams::Engine engine;
    const QStringList names;
    const QList<Compiled> compiled;
    const int cols;
    const int perStatement;
    QSqlQuery full;
    QList<QVariantList> pending;
    qint64 written = 0;
    QRandomGenerator64 rng;
    const bool keep;
    QList<Kept> mine;
    qint64 row = 0;
};

QString Filling::quote(const QString& name) const
{
    return SqlConnection::quoteIdentifier(engine, name).value();
}

Status Filling::exec(const QString& sql)
{
    if (!q->exec(sql))
        return makeError(Error::Code::Storage, tr("%1 failed: %2").arg(sql.left(80), q->lastError().text()));
    return {};
}

// A throwaway demo file is written fast; the spec's tables are dropped first when asked.
Status Filling::prepare()
{
    if (engine == ConnectionParams::Engine::Sqlite) {
        // A throwaway demo file: no journal and no fsync while it is written.
        (void)exec(QStringLiteral("PRAGMA journal_mode=OFF"));
        (void)exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    if (options.replace) {
        if (engine == ConnectionParams::Engine::MariaDb)
            (void)exec(QStringLiteral("SET FOREIGN_KEY_CHECKS=0"));
        for (qsizetype i = spec.tables.size() - 1; i >= 0; --i) {
            const QString extra =
                engine == ConnectionParams::Engine::Postgres ? QStringLiteral(" CASCADE") : QString();
            if (Status st =
                    exec(QStringLiteral("DROP TABLE IF EXISTS %1%2").arg(quote(spec.tables[i].name), extra));
                !st)
                return st.error();
        }
        if (engine == ConnectionParams::Engine::MariaDb)
            (void)exec(QStringLiteral("SET FOREIGN_KEY_CHECKS=1"));
    }
    return {};
}

// Create the table.
Status Filling::createTable(const DemoTable& t)
{
    QStringList defs, names;
    for (const DemoColumn& c : t.columns) {
        defs << QStringLiteral("%1 %2").arg(quote(c.name), sqlType(engine, c.type));
        names << c.name;
    }
    columnsOf[t.name] = names;
    QStringList pk;
    for (const QString& k : t.primaryKey)
        pk << quote(k);
    defs << QStringLiteral("PRIMARY KEY (%1)").arg(pk.join(QStringLiteral(", ")));
    for (const DemoColumn& c : t.columns) {
        if (c.refTable.isEmpty())
            continue;
        QString fk = QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)")
                         .arg(quote(c.name), quote(c.refTable), quote(c.refColumn));
        if (!c.onDelete.isEmpty())
            fk += QStringLiteral(" ON DELETE ") + c.onDelete.toUpper();
        defs << fk;
    }
    if (Status st =
            exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quote(t.name), defs.join(QStringLiteral(", "))));
        !st)
        return st.error();
    return {};
}

// Compile the templates, resolving parent columns to positions.
QList<Compiled> Filling::compileTemplates(const DemoTable& t) const
{
    QList<Compiled> compiled;
    for (const DemoColumn& c : t.columns) {
        QString error;
        Compiled cc = compile(c.value, &error);
        for (Segment& s : cc.segments) {
            if (s.func == QLatin1String("parent"))
                s.parentColumn = int(columnsOf.value(t.parent).indexOf(s.args.value(0)));
        }
        compiled << cc;
    }
    return compiled;
}

// Indexes after the data: faster than keeping them up to date row by row.
Status Filling::createIndexes()
{
    for (const DemoTable& t : spec.tables) {
        for (const DemoColumn& c : t.columns) {
            if (!c.index)
                continue;
            const QString name = QStringLiteral("idx_%1_%2").arg(t.name, c.name).left(60);
            if (Status st = exec(QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                                     .arg(quote(name), quote(t.name), quote(c.name)));
                !st)
                return st.error();
        }
    }
    return {};
}

Result<DemoFill> Filling::run(const ConnectionParams& db)
{
    if (Status st = conn.open(db); !st)
        return st.error();
    q.emplace(conn.db());
    if (Status st = prepare(); !st)
        return st.error();

    // Which tables later tables hang off: their rows are kept in memory while the children are generated.
    for (const DemoTable& t : spec.tables) {
        if (t.rows == DemoTable::Rows::PerParent)
            parents.insert(t.parent);
    }
    for (const DemoTable& t : spec.tables) {
        if (Status st = createTable(t); !st)
            return st.error();
        if (Status st = TableFill(*this, t, compileTemplates(t)).run(); !st)
            return st.error();
    }
    if (Status st = createIndexes(); !st)
        return st.error();
    return result;
}

QString TableFill::insertSql(int rows) const
{
    QStringList marks(cols, QStringLiteral("?"));
    const QString one = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList quoted;
    for (const QString& n : names)
        quoted << quote(n);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quote(t.name), quoted.join(QStringLiteral(", ")),
             QStringList(rows, one).join(QStringLiteral(", ")));
}

Status TableFill::flush()
{
    if (pending.isEmpty())
        return {};
    QSqlQuery partial(conn.db());
    QSqlQuery* ins = &full;
    if (pending.size() != perStatement) {
        if (!partial.prepare(insertSql(int(pending.size()))))
            return makeError(Error::Code::Storage,
                             tr("%1: cannot prepare the insert: %2").arg(t.name, partial.lastError().text()));
        ins = &partial;
    }
    int at = 0;
    for (const QVariantList& r : std::as_const(pending)) {
        for (const QVariant& v : r)
            ins->bindValue(at++, v);
    }
    if (!ins->exec())
        return makeError(Error::Code::Storage,
                         tr("%1: insert failed: %2").arg(t.name, ins->lastError().text()));
    written += pending.size();
    pending.clear();
    if (options.progress)
        options.progress(t.name, written);
    return {};
}

Status TableFill::emitRow(int person, const Kept* parent)
{
    ++row;
    QVariantList values;
    values.reserve(cols);
    for (int c = 0; c < cols; ++c) {
        const DemoColumn& col = t.columns[c];
        QVariant v = evaluator.eval(compiled[c], col, person, parent, row, rng);
        if (col.nullShare > 0 && rng.bounded(1000U) < quint32(col.nullShare * 1000))
            v = QVariant();
        if (col.type == QLatin1String("bool") && v.isValid())
            v = engine == ConnectionParams::Engine::Postgres ? QVariant(v.toBool())
                                                             : QVariant(v.toBool() ? 1 : 0);
        if (!v.isValid())
            v = QVariant(QMetaType::fromType<QString>());
        values << v;
    }
    if (keep)
        mine << Kept{person, values};
    pending << values;
    if (pending.size() == perStatement) {
        if (options.stop.stop_requested())
            return makeError(Error::Code::Cancelled, tr("Generating the demo data was cancelled."));
        return flush();
    }
    return {};
}

Status TableFill::run()
{
    if (!full.prepare(insertSql(perStatement)))
        return makeError(Error::Code::Storage,
                         tr("%1: cannot prepare the insert: %2").arg(t.name, full.lastError().text()));
    conn.db().transaction();
    if (t.rows == DemoTable::Rows::Accounts) {
        evaluator.m_nth = 1;
        for (int i = 0; i < people.size(); ++i) {
            if (!DemoPopulation::holdsAccount(options.product, options.products, i, spec.accountShare))
                continue;
            if (Status st = emitRow(i, nullptr); !st) {
                conn.db().rollback();
                return st.error();
            }
        }
    } else {
        const QList<Kept>& parentRows = fill.kept[t.parent];
        for (const Kept& p : parentRows) {
            const int n = t.minCount + int(rng.bounded(quint64(t.maxCount - t.minCount + 1)));
            for (int k = 0; k < n; ++k) {
                evaluator.m_nth = k + 1;
                const int person =
                    t.person == DemoTable::Person::Lead ? int(rng.bounded(quint64(people.size()))) : p.person;
                if (Status st = emitRow(person, &p); !st) {
                    conn.db().rollback();
                    return st.error();
                }
            }
        }
    }
    if (Status st = flush(); !st) {
        conn.db().rollback();
        return st.error();
    }
    if (!conn.db().commit())
        return makeError(Error::Code::Storage,
                         tr("%1: commit failed: %2").arg(t.name, conn.db().lastError().text()));
    if (keep)
        fill.kept[t.name] = mine;
    fill.result.perTable[t.name] = written;
    fill.result.rows += written;
    return {};
}

} // namespace

Result<DemoFill> DemoGenerator::fill(const DemoSpec& spec, const DemoPopulation& people,
                                     const ConnectionParams& db, const Options& options)
{
    return Filling(spec, people, db.engine, options).run(db);
}

} // namespace lethe
