#include "ErasureOrder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <set>

namespace lethe {

namespace {

// One text per reference or link, for finding repeats in a hash instead of comparing with every earlier one
// (quadratic on a schema of thousands of foreign keys).
QString identity(const QStringList& parts)
{
    return parts.join(QChar(0x1f));
}

} // namespace

Result<ErasureOrder::Plan> ErasureOrder::compute(const QStringList& tables,
                                                 const QList<Reference>& references)
{
    Plan plan;
    QHash<QString, qsizetype> indexOf; // table -> its position in `tables` (the first, if named twice)
    for (qsizetype i = 0; i < tables.size(); ++i)
        indexOf.insert(tables[i], std::min(indexOf.value(tables[i], i), i));
    QList<Reference> edges;
    QSet<QString> seen;
    for (const Reference& r : references) {
        if (!indexOf.contains(r.child) || !indexOf.contains(r.parent))
            continue;
        const QString id = identity({r.child, r.column, r.parent, r.parentColumn,
                                     r.nullable ? QStringLiteral("1") : QStringLiteral("0")});
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (r.child == r.parent) {
            // A row pointing at a row of its own table: null the pointer first when it may be NULL, else the
            // rows are ordered among themselves when they are erased.
            if (r.nullable)
                plan.nullFirst << r;
            else if (!plan.selfOrdered.contains(r.child))
                plan.selfOrdered << r.child;
            continue;
        }
        edges << r;
    }
    // Kahn's algorithm in the tables' given order, so the result is stable: a table goes next when no
    // remaining table points at it (its children are done), the first such in `tables`. Each table counts the
    // references into it from remaining tables; a table leaving lowers the counts of the tables it points
    // at. (Scanning every table and every reference for each table placed was cubic: seconds for a thousand
    // tables.)
    const qsizetype n = tables.size();
    QList<bool> remaining(n, true);
    QList<qsizetype> children(n, 0);                 // references into each table from remaining tables
    QHash<QString, QList<qsizetype>> edgesFromChild; // child table -> its edges, by index into `edges`
    for (qsizetype e = 0; e < edges.size(); ++e) {
        ++children[indexOf.value(edges[e].parent)];
        edgesFromChild[edges[e].child] << e;
    }
    QList<bool> removedEdge(edges.size(), false);
    std::set<qsizetype> ready; // tables with no child left, by position
    for (qsizetype i = 0; i < n; ++i)
        if (indexOf.value(tables[i]) == i && children[i] == 0)
            ready.insert(i);
    qsizetype left = 0;
    for (qsizetype i = 0; i < n; ++i)
        left += indexOf.value(tables[i]) == i;
    auto firstRemaining = [&] {
        for (qsizetype i = 0; i < n; ++i)
            if (remaining[i] && indexOf.value(tables[i]) == i)
                return i;
        return qsizetype(-1);
    };
    auto isRemaining = [&](const QString& t) { return remaining[indexOf.value(t)]; };
    while (left > 0) {
        if (!ready.empty()) {
            const qsizetype i = *ready.begin();
            ready.erase(ready.begin());
            plan.order << tables[i];
            remaining[i] = false;
            --left;
            for (qsizetype e : edgesFromChild.value(tables[i])) {
                if (removedEdge[e])
                    continue;
                const qsizetype p = indexOf.value(edges[e].parent);
                if (--children[p] == 0 && remaining[p])
                    ready.insert(p);
            }
            continue;
        }
        // Every remaining table has a child among them, so walking from a table to one that points at it
        // never ends: it comes back to a table already met, and that stretch is a cycle.
        QStringList path{tables[firstRemaining()]};
        QList<qsizetype> via;
        while (true) {
            qsizetype next = -1;
            for (qsizetype e = 0; e < edges.size(); ++e)
                if (!removedEdge[e] && edges[e].parent == path.last() && isRemaining(edges[e].child)) {
                    next = e;
                    break;
                }
            if (next < 0)
                break; // cannot happen: path.last() has a child among the remaining tables
            via << next;
            const qsizetype at = path.indexOf(edges[next].child);
            path << edges[next].child;
            if (at >= 0) {
                path = path.mid(at);
                via = via.mid(at);
                break;
            }
        }
        std::reverse(path.begin(), path.end()); // child -> parent, as the references read
        std::reverse(via.begin(), via.end());
        qsizetype breakable = -1;
        for (qsizetype e : std::as_const(via))
            if (edges[e].nullable) {
                breakable = e;
                break;
            }
        if (breakable < 0) {
            QStringList links;
            for (qsizetype e : std::as_const(via))
                links << QStringLiteral("%1.%2 → %3.%4")
                             .arg(edges[e].child, edges[e].column, edges[e].parent, edges[e].parentColumn);
            return makeError(
                Error::Code::InvalidInput,
                tr("The tables %1 point at each other and none of these references may be NULL, so no "
                   "erasure order exists: %2. Make one of the columns nullable, or erase these tables "
                   "by a rule the database runs (ON DELETE CASCADE).")
                    .arg(path.join(QStringLiteral(" → ")), links.join(QStringLiteral(", "))));
        }
        plan.nullFirst << edges[breakable];
        // The first reference equal to it goes, as the cycle is broken there.
        for (qsizetype e = 0; e < edges.size(); ++e) {
            if (!removedEdge[e] && edges[e] == edges[breakable]) {
                removedEdge[e] = true;
                const qsizetype p = indexOf.value(edges[e].parent);
                if (--children[p] == 0 && remaining[p])
                    ready.insert(p);
                break;
            }
        }
    }
    return plan;
}

QList<ErasureOrder::Reference> ErasureOrder::references(const DataSource& source,
                                                        const QList<SqlConnection::ForeignKey>& live,
                                                        const QSet<QString>& nullable)
{
    QList<Reference> out;
    QSet<QString> seen;
    auto add = [&](const QString& child, const QString& column, const QString& parent,
                   const QString& parentColumn) {
        const bool canBeNull = nullable.contains(QStringLiteral("%1.%2").arg(child, column));
        const QString id = identity(
            {child, column, parent, parentColumn, canBeNull ? QStringLiteral("1") : QStringLiteral("0")});
        if (seen.contains(id))
            return;
        seen.insert(id);
        out << Reference{child, column, parent, parentColumn, canBeNull};
    };
    for (const Table& t : source.tables)
        for (const Field& f : t.fields)
            if (f.references)
                add(t.name, f.name, f.references->table, f.references->field);
    // A reference of several columns orders its tables as its first column does; each column is listed, so a
    // cycle through it may be broken by nulling any nullable one of them.
    for (const Table& t : source.tables)
        for (const TableReference& r : t.references)
            for (int i = 0; i < r.columns.size() && i < r.to.size(); ++i)
                add(t.name, r.columns[i], r.table, r.to[i]);
    for (const SqlConnection::ForeignKey& fk : live)
        add(fk.table, fk.column, fk.parentTable, fk.parentColumn);
    return out;
}

QList<ErasureOrder::Link> ErasureOrder::links(const DataSource& source,
                                              const QList<SqlConnection::ForeignKey>& live)
{
    QList<Link> out;
    QSet<QString> seen;
    auto add = [&](const Link& l) {
        const QString id =
            identity({l.child, l.columns.join(QChar(0x1e)), l.parent, l.parentColumns.join(QChar(0x1e))});
        if (seen.contains(id))
            return;
        seen.insert(id);
        out << l;
    };
    for (const Table& t : source.tables) {
        for (const Field& f : t.fields)
            if (f.references)
                add({t.name, {f.name}, f.references->table, {f.references->field}});
        for (const TableReference& r : t.references)
            add({t.name, r.columns, r.table, r.to});
    }
    for (const SqlConnection::CompositeKey& k : SqlConnection::group(live))
        add({k.table, k.columns, k.parentTable, k.parentColumns});
    return out;
}

namespace {

using Kind = ErasureOrder::Column::Kind;

// SQLite's affinity for a declared type (https://sqlite.org/datatype3.html, 3.1).
Kind sqliteAffinity(const QString& lower)
{
    if (lower.contains(QLatin1String("int")))
        return Kind::Integer;
    if (lower.contains(QLatin1String("char")) || lower.contains(QLatin1String("clob")) ||
        lower.contains(QLatin1String("text")))
        return Kind::Text;
    if (lower.isEmpty())
        return Kind::Any;
    if (lower.contains(QLatin1String("blob")))
        return Kind::Binary;
    if (lower.contains(QLatin1String("real")) || lower.contains(QLatin1String("floa")) ||
        lower.contains(QLatin1String("doub")))
        return Kind::Float;
    return Kind::Decimal;
}

QString describeKind(const ErasureOrder::Column& c)
{
    switch (c.kind) {
    case Kind::Integer:
        return ErasureOrder::tr("a whole number from %1 to %2").arg(c.min).arg(c.max);
    case Kind::Decimal:
        return c.precision > 0 ? ErasureOrder::tr("a number of at most %1 digits, %2 after the point")
                                     .arg(c.precision)
                                     .arg(qMax(0, c.scale))
                               : ErasureOrder::tr("a number");
    case Kind::Float:
        return ErasureOrder::tr("a number");
    case Kind::Boolean:
        return ErasureOrder::tr("true or false");
    case Kind::Date:
        return ErasureOrder::tr("a date (YYYY-MM-DD)");
    case Kind::Time:
        return ErasureOrder::tr("a time (HH:MM:SS)");
    case Kind::DateTime:
        return ErasureOrder::tr("a date and time (YYYY-MM-DD HH:MM:SS)");
    case Kind::Uuid:
        return ErasureOrder::tr("a UUID");
    case Kind::Json:
        return ErasureOrder::tr("JSON");
    case Kind::Text:
    case Kind::Binary:
        return c.maxLength >= 0 ? ErasureOrder::tr("text of at most %1 characters").arg(c.maxLength)
                                : ErasureOrder::tr("text");
    case Kind::Any:
        return ErasureOrder::tr("any value");
    case Kind::Other:
        break;
    }
    return ErasureOrder::tr("only values Lethe cannot check");
}

// Whether `value` (as text, as the run binds it) is a value of the column's type; if not, why.
QString fixedValueProblem(const ErasureOrder::Column& c, const QString& value)
{
    auto fail = [&] { return ErasureOrder::tr("\"%1\" is not %2").arg(value, describeKind(c)); };
    switch (c.kind) {
    case Kind::Any:
        return {};
    case Kind::Text:
    case Kind::Binary:
        if (c.maxLength >= 0 && (c.kind == Kind::Text ? value.size() : value.toUtf8().size()) > c.maxLength)
            return ErasureOrder::tr("\"%1\" has %2 characters; the column holds at most %3")
                .arg(value)
                .arg(value.size())
                .arg(c.maxLength);
        return {};
    case Kind::Integer: {
        bool ok = false;
        const qlonglong v = value.trimmed().toLongLong(&ok);
        return ok && v >= c.min && v <= c.max ? QString() : fail();
    }
    case Kind::Decimal: {
        static const QRegularExpression number(QStringLiteral("^\\s*[-+]?(\\d*)(?:\\.(\\d*))?\\s*$"));
        const auto m = number.match(value);
        if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
            return fail();
        if (c.precision > 0) {
            QString whole = m.captured(1);
            while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
                whole.remove(0, 1);
            QString fraction = m.captured(2);
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
            const int scale = qMax(0, c.scale);
            if ((whole != QLatin1String("0") && whole.size() > c.precision - scale) ||
                fraction.size() > scale)
                return fail();
        }
        return {};
    }
    case Kind::Float: {
        bool ok = false;
        value.trimmed().toDouble(&ok);
        return ok ? QString() : fail();
    }
    case Kind::Boolean: {
        static const QStringList words{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("t"),
                                       QStringLiteral("f"),    QStringLiteral("1"),     QStringLiteral("0"),
                                       QStringLiteral("yes"),  QStringLiteral("no")};
        return words.contains(value.trimmed().toLower()) ? QString() : fail();
    }
    case Kind::Date:
        return QDate::fromString(value.trimmed(), Qt::ISODate).isValid() ? QString() : fail();
    case Kind::Time:
        return QTime::fromString(value.trimmed(), Qt::ISODate).isValid() ? QString() : fail();
    case Kind::DateTime: {
        const QString v = value.trimmed();
        const bool ok =
            QDate::fromString(v, Qt::ISODate).isValid() || QDateTime::fromString(v, Qt::ISODate).isValid() ||
            QDateTime::fromString(QString(v).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate)
                .isValid();
        return ok ? QString() : fail();
    }
    case Kind::Uuid:
        return QUuid::fromString(value.trimmed()).isNull() &&
                       value.trimmed() != QLatin1String("00000000-0000-0000-0000-000000000000")
                   ? fail()
                   : QString();
    case Kind::Json: {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + "]", &error);
        return error.error == QJsonParseError::NoError ? QString() : fail();
    }
    case Kind::Other:
        break;
    }
    return ErasureOrder::tr("Lethe cannot check that a %1 column takes \"%2\"").arg(c.type, value);
}

} // namespace

void ErasureOrder::classify(Column& c, ConnectionParams::Engine engine)
{
    const QString lower = c.type.trimmed().toLower();
    static const QRegularExpression args(QStringLiteral("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)"));
    const auto a = args.match(lower);
    const int first = a.hasMatch() ? a.captured(1).toInt() : -1;
    const int second = a.hasMatch() && !a.captured(2).isEmpty() ? a.captured(2).toInt() : -1;
    static const QRegularExpression word(QStringLiteral("[a-z0-9_]+"));
    QStringList words;
    for (auto it = word.globalMatch(lower); it.hasNext();)
        words << it.next().captured(0);
    const QString head = words.value(0);
    auto has = [&](const char* part) { return lower.contains(QLatin1String(part)); };

    c.maxLength = -1;
    c.precision = -1;
    c.scale = -1;
    if (head == QLatin1String("interval") || head == QLatin1String("point") ||
        head == QLatin1String("enum") || head == QLatin1String("set") || head == QLatin1String("inet") ||
        head == QLatin1String("cidr") || has("[]") || head == QLatin1String("array") ||
        head == QLatin1String("money") || head == QLatin1String("year") || head == QLatin1String("bit"))
        c.kind = Kind::Other;
    else if (has("timestamp") || has("datetime"))
        c.kind = Kind::DateTime;
    else if (head == QLatin1String("date"))
        c.kind = Kind::Date;
    else if (head == QLatin1String("time") || head == QLatin1String("timetz"))
        c.kind = Kind::Time;
    else if (has("bool"))
        c.kind = Kind::Boolean;
    else if (has("uuid"))
        c.kind = Kind::Uuid;
    else if (has("json"))
        c.kind = Kind::Json;
    else if (has("bytea") || has("blob") || has("binary"))
        c.kind = Kind::Binary;
    else if (has("char") || has("text") || has("clob") || has("string"))
        c.kind = Kind::Text;
    else if (has("int") || has("serial"))
        c.kind = Kind::Integer;
    else if (has("numeric") || has("decimal") || has("number"))
        c.kind = Kind::Decimal;
    else if (has("real") || has("double") || has("float"))
        c.kind = Kind::Float;
    else
        c.kind = engine == ConnectionParams::Engine::Sqlite ? sqliteAffinity(lower) : Kind::Other;

    if ((c.kind == Kind::Text || c.kind == Kind::Binary) && first > 0 && !has("text") && !has("blob"))
        c.maxLength = first;
    if (c.kind == Kind::Text &&
        (head == QLatin1String("char") || head == QLatin1String("character") ||
         head == QLatin1String("nchar")) &&
        first < 0 && !has("varying"))
        c.maxLength = engine == ConnectionParams::Engine::Sqlite ? -1 : 1; // CHAR without a length is CHAR(1)
    if (c.kind == Kind::Decimal && first > 0) {
        c.precision = first;
        c.scale = qMax(0, second);
    }
    if (c.kind == Kind::Integer) {
        c.min = std::numeric_limits<qint64>::min();
        c.max = std::numeric_limits<qint64>::max();
        const bool isUnsigned = has("unsigned");
        auto range = [&](qint64 bits) {
            c.min = isUnsigned ? 0 : -(qint64(1) << (bits - 1));
            c.max = isUnsigned ? (qint64(1) << bits) - 1 : (qint64(1) << (bits - 1)) - 1;
        };
        if (engine != ConnectionParams::Engine::Sqlite) { // SQLite integers are 64-bit whatever the name
            if (head == QLatin1String("tinyint"))
                range(8);
            else if (head == QLatin1String("smallint") || head == QLatin1String("int2") ||
                     head == QLatin1String("smallserial"))
                range(16);
            else if (head == QLatin1String("mediumint"))
                range(24);
            else if (head == QLatin1String("integer") || head == QLatin1String("int") ||
                     head == QLatin1String("int4") || head == QLatin1String("serial"))
                range(32);
        }
    }
}

QList<DataMapIssue> ErasureOrder::strategyProblems(const QString& mapFile, const DataSource& source,
                                                   const Columns& columns)
{
    QList<DataMapIssue> out;
    for (const Table& t : source.tables) {
        bool deleteRows = t.deleteRows;
        for (const Field& f : t.fields)
            deleteRows = deleteRows || f.erasure.strategy == ErasureStrategy::DeleteRow;
        if (deleteRows)
            continue; // whole rows go: no column is written
        for (const Field& f : t.fields) {
            const ErasureStrategy s = f.erasure.strategy;
            if (s != ErasureStrategy::Null && s != ErasureStrategy::Fixed && s != ErasureStrategy::Hmac)
                continue;
            const auto it = columns.constFind(t.name + QLatin1Char('.') + f.name);
            if (it == columns.cend())
                continue; // a missing column is the live check's finding, reported on its own
            const Column& c = *it;
            const QString what = s == ErasureStrategy::Null ? tr("erasure: null")
                                 : s == ErasureStrategy::Hmac
                                     ? tr("erasure: hmac (a keyed hash, %1 characters of "
                                          "text)")
                                           .arg(kKeyedHashLength)
                                     : tr("erasure: {fixed: \"%1\"}").arg(f.erasure.fixedValue);
            auto problem = [&](const QString& why, const QString& instead) {
                out << DataMapIssue{
                    mapFile, f.line, 1,
                    tr("%1.%2 is %3: %4 cannot be written there, because %5. %6")
                        .arg(t.name, f.name, c.type.isEmpty() ? tr("untyped") : c.type, what, why, instead)};
            };
            const QString nullOrRow =
                c.nullable ? tr("Use erasure: null, or erase the row (erase: rows).")
                           : tr("The column is NOT NULL, so erase the row (erase: rows) or keep the field.");
            if (c.primaryKey || t.primaryKey.contains(f.name)) {
                problem(tr("it is the table's primary key, which identifies the row"),
                        tr("Erase the row instead (erase: rows)."));
                continue;
            }
            if (!c.referencedBy.isEmpty()) {
                problem(tr("rows of %1 point at it through a foreign key")
                            .arg(c.referencedBy.join(QStringLiteral(", "))),
                        tr("Erase the row (erase: rows) or keep the field."));
                continue;
            }
            QStringList references = c.references;
            if (f.references) {
                const QString declared = f.references->table + QLatin1Char('.') + f.references->field;
                if (!references.contains(declared))
                    references << declared;
            }
            if (!references.isEmpty() && s != ErasureStrategy::Null) {
                problem(tr("it is part of a foreign key to %1, which only NULL or an existing key satisfies")
                            .arg(references.join(QStringLiteral(", "))),
                        nullOrRow);
                continue;
            }
            if (s == ErasureStrategy::Null) {
                if (!c.nullable)
                    problem(tr("the column is NOT NULL"),
                            references.isEmpty()
                                ? tr("Use a {fixed: \"...\"} value of its type (%1) or hmac on text, or "
                                     "erase the "
                                     "row (erase: rows).")
                                      .arg(describeKind(c))
                                : tr("It is part of a foreign key, so erase the row (erase: rows)."));
                continue;
            }
            const QString value = s == ErasureStrategy::Hmac ? QString(kKeyedHashLength, QLatin1Char('0'))
                                                             : f.erasure.fixedValue;
            if (s == ErasureStrategy::Hmac && c.kind != Kind::Text && c.kind != Kind::Any &&
                c.kind != Kind::Binary) {
                problem(
                    tr("the column holds %1, not text").arg(describeKind(c)),
                    c.nullable
                        ? tr("Use erasure: null, a {fixed: \"...\"} value of its type, or erase the row "
                             "(erase: rows).")
                        : tr("Use a {fixed: \"...\"} value of its type, or erase the row (erase: rows)."));
                continue;
            }
            const QString why = fixedValueProblem(c, value);
            if (why.isEmpty()) {
                if (s == ErasureStrategy::Fixed && c.unique)
                    problem(tr("the column is UNIQUE, so the second row erased would collide with the first"),
                            c.nullable
                                ? tr("Use erasure: null or hmac (distinct values stay distinct), or erase "
                                     "the row (erase: rows).")
                                : tr("Use hmac (distinct values stay distinct), or erase the row (erase: "
                                     "rows)."));
                continue;
            }
            if (s == ErasureStrategy::Hmac)
                problem(tr("the column holds at most %1 characters").arg(c.maxLength),
                        tr("Widen the column to at least %1 characters, or use erasure: null or a shorter "
                           "{fixed: \"...\"} value, or erase the row (erase: rows).")
                            .arg(kKeyedHashLength));
            else
                problem(why, c.kind == Kind::Other
                                 ? nullOrRow
                                 : tr("Use a fixed value that is %1, erasure: null, or erase "
                                      "the row (erase: rows).")
                                       .arg(describeKind(c)));
        }
    }
    return out;
}

} // namespace lethe
