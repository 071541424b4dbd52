#include "ErasurePlanRows.h"

#include "StoredValue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace lethe::erasureplan {

// Counts, per foreign key into a table the plan may delete from, how many rows of its table point at each
// row found there: SELECT cols, COUNT(*) ... WHERE cols IN (found values) GROUP BY cols, in chunks.
Status countInbound(const ConnectionParams& params, const DataSource& source, const QList<Collect>& found,
                    QList<Inbound>& inbound)
{
    bool any = false;
    for (const Inbound& in : inbound) {
        for (int t = 0; t < source.tables.size(); ++t)
            any = any || (source.tables[t].name == in.key.parentTable && !found[t].rows.isEmpty() &&
                          (actionOf(source.tables[t]).deletes || found[t].anyRelated()));
    }
    if (!any)
        return {};
    SqlConnection conn;
    if (Status st = conn.open(params); !st)
        return st;
    const auto engine = conn.engine();
    auto counted = [&](const Inbound& in) {
        for (int t = 0; t < source.tables.size(); ++t)
            if (source.tables[t].name == in.key.parentTable)
                return !found[t].rows.isEmpty() &&
                               (actionOf(source.tables[t]).deletes || found[t].anyRelated())
                           ? t
                           : -1;
        return -1;
    };
    // The child tables' declared column types, read once per table (in one or two queries for all of them
    // on a server: a round trip per foreign key adds up over a thousand tables, bench_schema_scale).
    auto relationKey = [](const SqlConnection::CompositeKey& k) {
        return k.schema + QChar(0x1f) + k.relation;
    };
    QHash<QString, StoredValue::Declared> declaredOf;
    {
        QList<std::pair<QString, QString>> children;
        QSet<QString> seen;
        for (const Inbound& in : std::as_const(inbound))
            if (counted(in) >= 0 && !seen.contains(relationKey(in.key))) {
                seen.insert(relationKey(in.key));
                children << std::pair{in.key.schema, in.key.relation};
            }
        const QList<StoredValue::Declared> all = StoredValue::declaredAll(conn.db(), engine, children);
        for (int i = 0; i < children.size() && i < all.size(); ++i)
            declaredOf.insert(children[i].first + QChar(0x1f) + children[i].second, all[i]);
    }
    for (Inbound& in : inbound) {
        const int pt = counted(in);
        if (pt < 0)
            continue;
        const Table& parent = source.tables[pt];
        QList<int> pf;
        for (const QString& c : in.key.parentColumns)
            for (int f = 0; f < parent.fields.size(); ++f)
                if (parent.fields[f].name == c)
                    pf << found[pt].extraOf(f);
        if (pf.contains(-1))
            continue; // cannot happen: the parent's columns were added to what the search collects
        const qsizetype width = pf.size();
        QVariantList values;
        QSet<QString> seen;
        for (const FoundRow& row : found[pt].rows) {
            QVariantList tuple;
            QStringList text;
            for (int i : pf) {
                if (row.extra[i].isNull())
                    break;
                tuple << row.extra[i];
                text << row.extra[i].toString();
            }
            if (tuple.size() == width && !seen.contains(text.join(kColSep))) {
                seen.insert(text.join(kColSep));
                values += tuple;
            }
        }
        QStringList cols;
        for (const QString& c : in.key.columns) {
            auto quoted = SqlConnection::quoteIdentifier(engine, c);
            if (!quoted)
                return quoted.error();
            cols << *quoted;
        }
        // The child in its own schema: it may be a table the map does not list, in any schema.
        auto table = SqlConnection::qualifiedTable(engine, in.key.schema, in.key.relation);
        if (!table)
            return table.error();
        const StoredValue::Declared declared = declaredOf.value(relationKey(in.key));
        const qsizetype perChunk = qMax<qsizetype>(1, 500 / width);
        for (qsizetype from = 0; from < values.size(); from += perChunk * width) {
            const QVariantList chunk = values.mid(from, perChunk * width);
            QString condition;
            if (width == 1) {
                condition =
                    QStringLiteral("%1 IN (%2)")
                        .arg(cols[0],
                             QStringList(chunk.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
            } else {
                QStringList one;
                for (const QString& c : std::as_const(cols))
                    one << c + QStringLiteral(" = ?");
                condition =
                    QStringList(chunk.size() / width,
                                QLatin1Char('(') + one.join(QStringLiteral(" AND ")) + QLatin1Char(')'))
                        .join(QStringLiteral(" OR "));
            }
            QSqlQuery q(conn.db());
            q.setForwardOnly(true);
            StoredValue::prepare(q);
            // One tuple of whole numbers (the one account a million events point at): counted without
            // GROUP BY, which costs SQLite about twice as much, under the text it would have grouped by.
            const bool oneNumber =
                chunk.size() == width && std::all_of(chunk.cbegin(), chunk.cend(), [](const QVariant& v) {
                    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::ULongLong;
                });
            if (oneNumber) {
                if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(*table, condition)))
                    return makeError(Error::Code::Storage,
                                     ErasurePlanner::tr("Counting the rows of %1 that point at %2: %3")
                                         .arg(in.key.table, in.key.parentTable, q.lastError().text()));
                for (const QVariant& v : chunk)
                    q.addBindValue(v);
                if (!q.exec() || !q.next())
                    return makeError(Error::Code::Storage,
                                     ErasurePlanner::tr("Counting the rows of %1 that point at %2: %3")
                                         .arg(in.key.table, in.key.parentTable, q.lastError().text()));
                QStringList text;
                for (const QVariant& v : chunk)
                    text << v.toString();
                if (const qint64 n = q.value(0).toLongLong(); n > 0)
                    in.counts[text.join(kColSep)] += n;
                continue;
            }
            const QString group = cols.join(QStringLiteral(", "));
            if (!q.prepare(QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY %1")
                               .arg(group, *table, condition)))
                return makeError(Error::Code::Storage,
                                 ErasurePlanner::tr("Counting the rows of %1 that point at %2: %3")
                                     .arg(in.key.table, in.key.parentTable, q.lastError().text()));
            for (const QVariant& v : chunk)
                q.addBindValue(v);
            if (!q.exec())
                return makeError(Error::Code::Storage,
                                 ErasurePlanner::tr("Counting the rows of %1 that point at %2: %3")
                                     .arg(in.key.table, in.key.parentTable, q.lastError().text()));
            const QList<StoredValue::Kind> kinds = StoredValue::kinds(q.record(), engine, declared);
            while (q.next()) {
                QStringList text;
                for (int i = 0; i < width; ++i)
                    text << StoredValue::read(q, i, kinds.value(i, StoredValue::Kind::AsRead)).toString();
                in.counts[text.join(kColSep)] += q.value(int(width)).toLongLong();
            }
        }
    }
    return {};
}

namespace {

// Each found row of one table: -1 acted on, otherwise the index of its KeptRows group. Held per row only
// once a row of the table is kept: a table whose million rows are all erased costs nothing here.
class Fates
{
public:
    explicit Fates(qsizetype rows = 0) : m_rows(rows) {}
    int operator[](qsizetype r) const { return m_groups.empty() ? -1 : m_groups[size_t(r)]; }
    void set(qsizetype r, int group)
    {
        if (m_groups.empty())
            m_groups.assign(size_t(m_rows), -1);
        m_groups[size_t(r)] = group;
    }
    bool anyKept() const { return !m_groups.empty(); }

private:
    qsizetype m_rows;
    std::vector<int> m_groups;
};

// The plan of one source from the rows its search found: each found row's fate (acted on, or the kept group
// it joins), the rows kept because something that stays points at them, then the keys in the order the run
// takes them.
class SourcePlanning
{
public:
    SourcePlanning(const DataSource& s, const QList<Collect>& f, const ErasurePlanner::Input& in)
        : source(s), found(f), input(in), plans(s.tables.size()), fate(s.tables.size()),
          groupOf(s.tables.size())
    {}

    const DataSource& source;
    const QList<Collect>& found;
    const ErasurePlanner::Input& input;
    // What happens to each found row: -1 acted on, otherwise the index of its KeptRows group.
    QList<ErasureTablePlan> plans;
    QList<Fates> fate;
    QList<QHash<QString, int>> groupOf; // reason|until -> kept group

    int tableIndex(const QString& name) const
    {
        for (int i = 0; i < source.tables.size(); ++i)
            if (source.tables[i].name == name)
                return i;
        return -1;
    }
    int fieldIndex(int t, const QString& name) const
    {
        for (int i = 0; i < source.tables[t].fields.size(); ++i)
            if (source.tables[t].fields[i].name == name)
                return i;
        return -1;
    }
    void keep(int t, int row, KeptRows::Why why, const QString& reason, QDate until)
    {
        const QString g =
            keptWhyKey(why) + QLatin1Char('|') + reason + QLatin1Char('|') + until.toString(Qt::ISODate);
        int idx = groupOf[t].value(g, -1);
        if (idx < 0) {
            idx = int(plans[t].kept.size());
            groupOf[t].insert(g, idx);
            plans[t].kept << KeptRows{why, reason, until, {}};
        }
        fate[t].set(row, idx);
    }

    // Each table's action, and each found row's fate from retention rules, phone-only and the map.
    void decideRows(const QSet<int>& relatedKept)
    {
        for (int t = 0; t < source.tables.size(); ++t) {
            const Table& table = source.tables[t];
            ErasureTablePlan& p = plans[t];
            p.table = table.name;
            p.schema = table.schema;
            p.keyColumns = table.primaryKey;
            for (const Field& f : table.fields) {
                if (f.erasure.strategy == ErasureStrategy::Keep ||
                    f.erasure.strategy == ErasureStrategy::DeleteRow)
                    continue;
                p.changes << ErasureFieldChange{f.name, f.erasure.strategy, f.erasure.fixedValue};
            }
            bool deleteRows = table.deleteRows;
            for (const Field& f : table.fields)
                deleteRows = deleteRows || f.erasure.strategy == ErasureStrategy::DeleteRow;
            p.action = deleteRows            ? ErasureTablePlan::Action::DeleteRows
                       : p.changes.isEmpty() ? ErasureTablePlan::Action::None
                                             : ErasureTablePlan::Action::UpdateFields;
            if (deleteRows)
                p.changes.clear();
            const Collect& c = found[t];
            p.found = c.rows.size();
            fate[t] = Fates(c.rows.size());
            for (int r = 0; r < c.rows.size(); ++r) {
                const FoundRow& row = c.rows[r];
                bool kept = false;
                for (const RetentionRule& rule : table.retention) {
                    const int wf = rule.whenField.isEmpty() ? -1 : c.extraOf(fieldIndex(t, rule.whenField));
                    const int ff = rule.fromField.isEmpty() ? -1 : c.extraOf(fieldIndex(t, rule.fromField));
                    QDate until;
                    if (ErasurePlanner::retains(rule, wf < 0 ? QVariant() : row.extra[wf],
                                                ff < 0 ? QVariant() : row.extra[ff], input.today, &until)) {
                        keep(t, r, KeptRows::Why::Retention, rule.basis, until);
                        kept = true;
                        break;
                    }
                }
                if (kept)
                    continue;
                if (row.related && relatedKept.contains(t))
                    keep(t, r, KeptRows::Why::Referenced,
                         ErasurePlanner::tr(
                             "related, not the subject's own: erasing it would need a circle of "
                             "references broken"),
                         {});
                else if (row.phoneOnly && !input.confirmPhoneMatches)
                    keep(t, r, KeptRows::Why::PhoneOnly, nowhere(), {});
                else if (p.action == ErasureTablePlan::Action::None)
                    keep(t, r, KeptRows::Why::NoStrategy,
                         ErasurePlanner::tr("the data map erases no field of this table"), {});
            }
        }
    }

    // A row that stays (kept, or only updated) and points at a row to be deleted keeps that row too: deleting
    // it would fail on the foreign key, or cascade into the row that stays. Repeated until nothing changes,
    // since a row kept this way may point further up.
    void keepReferencedByLinks(const QList<ErasureOrder::Link>& links)
    {
        // A reference of several columns points at the row whose columns hold all its values together.
        for (bool changed = true; changed;) {
            changed = false;
            for (const ErasureOrder::Link& link : links) {
                const int ct = tableIndex(link.child), pt = tableIndex(link.parent);
                if (ct < 0 || pt < 0 || plans[pt].action != ErasureTablePlan::Action::DeleteRows)
                    continue;
                QList<int> cf, pf;
                for (const QString& c : link.columns)
                    cf << found[ct].extraOf(fieldIndex(ct, c));
                for (const QString& c : link.parentColumns)
                    pf << found[pt].extraOf(fieldIndex(pt, c));
                if (cf.contains(-1) || pf.contains(-1) || cf.size() != pf.size())
                    continue;
                bool childNulls = false; // the child's own update nulls this reference before the parent goes
                for (const ErasureFieldChange& ch : plans[ct].changes)
                    childNulls = childNulls ||
                                 (link.columns.contains(ch.field) && ch.strategy == ErasureStrategy::Null);
                auto tuple = [](const FoundRow& row, const QList<int>& at) -> std::optional<QString> {
                    if (at.size() == 1)
                        return row.extra.text(at[0]); // a reference with a NULL in it points nowhere
                    QStringList values;
                    for (int i : at) {
                        auto text = row.extra.text(i);
                        if (!text)
                            return std::nullopt;
                        values << *text;
                    }
                    return values.join(QChar(0x1f));
                };
                QSet<QString> held;
                for (int r = 0; r < found[ct].rows.size(); ++r) {
                    const bool stays =
                        fate[ct][r] >= 0 ||
                        (plans[ct].action == ErasureTablePlan::Action::UpdateFields && !childNulls);
                    if (!stays)
                        continue;
                    if (const auto v = tuple(found[ct].rows[r], cf))
                        held.insert(*v);
                }
                if (held.isEmpty())
                    continue;
                for (int r = 0; r < found[pt].rows.size(); ++r) {
                    const auto v = tuple(found[pt].rows[r], pf);
                    if (fate[pt][r] >= 0 || !v || !held.contains(*v))
                        continue;
                    keep(pt, r, KeptRows::Why::Referenced,
                         (found[pt].rows[r].related
                              ? ErasurePlanner::tr(
                                    "related, not the subject's own: rows of %1 that stay point at it "
                                    "(%1.%2)")
                              : ErasurePlanner::tr("rows of %1 that stay point at it (%1.%2)"))
                             .arg(link.child, link.columns.join(QStringLiteral(", "))),
                         {});
                    changed = true;
                }
            }
        }
    }

    // The same against the database itself: every foreign key of the live schema that points at a row to be
    // deleted, declared in the map or not, from a mapped table or not. A row the plan does not remove (one it
    // did not find, keeps, or only updates without nulling the reference) still points at it afterwards: the
    // row is kept, with the reference named. The rows pointing at a found row were counted once; what changes
    // from round to round is only which of the found ones go, so this repeats until nothing changes.
    void keepReferencedInbound(const QList<Inbound>& inbound)
    {
        auto tupleOf = [](const FoundRow& row, const QList<int>& at) -> std::optional<QString> {
            if (at.size() == 1)
                return at[0] < 0 ? std::nullopt : row.extra.text(at[0]);
            QStringList values;
            for (int i : at) {
                auto text = i < 0 ? std::nullopt : row.extra.text(i);
                if (!text)
                    return std::nullopt;
                values << *text;
            }
            return values.join(kColSep);
        };
        for (bool changed = true; changed;) {
            changed = false;
            for (const Inbound& in : inbound) {
                const int pt = tableIndex(in.key.parentTable);
                // Related rows count in every table the plan changes: a row only updated is still another's
                // (another customer's order ships to the address) while anything that stays points at it.
                const bool deletes = pt >= 0 && plans[pt].action == ErasureTablePlan::Action::DeleteRows;
                if (pt < 0 || (!deletes && !found[pt].anyRelated()))
                    continue;
                QList<int> pf;
                for (const QString& c : in.key.parentColumns)
                    pf << found[pt].extraOf(fieldIndex(pt, c));
                // The rows of a mapped child that the plan removes, per parent value: deleted, or updated
                // with the reference nulled.
                QHash<QString, qint64> removed;
                if (in.child >= 0 && in.childFields.size() == in.key.columns.size()) {
                    const int ct = in.child;
                    const TableAction a = actionOf(source.tables[ct]);
                    bool nulls = false;
                    for (const QString& c : in.key.columns)
                        nulls = nulls || a.nulled.contains(c);
                    if (a.deletes || nulls) {
                        QList<int> cf;
                        for (int f : in.childFields)
                            cf << found[ct].extraOf(f);
                        // Counted in runs of the same value (a million events of one account point at one
                        // row).
                        // A row whose values read are the same bytes as the last row counted is in its run
                        // without its text made.
                        QString run;
                        qint64 runLength = 0;
                        QByteArrayView runBytes;
                        const KeyList& extras = found[ct].rows.extras();
                        KeyList::Walker walk(extras);
                        for (int r = 0; r < found[ct].rows.size(); ++r) {
                            const QByteArrayView bytes = walk.next(); // null past the extras
                            if (fate[ct][r] >= 0)
                                continue;
                            const FoundRow row = found[ct].rows[r];
                            if (runLength > 0 && !runBytes.isNull() && bytes == runBytes) {
                                ++runLength;
                                continue;
                            }
                            const auto v = tupleOf(row, cf);
                            if (!v)
                                continue;
                            runBytes = bytes;
                            if (runLength > 0 && *v == run) {
                                ++runLength;
                                continue;
                            }
                            if (runLength > 0)
                                removed[run] += runLength;
                            run = *v;
                            runLength = 1;
                        }
                        if (runLength > 0)
                            removed[run] += runLength;
                    }
                }
                for (int r = 0; r < found[pt].rows.size(); ++r) {
                    if (fate[pt][r] >= 0 || (!deletes && !found[pt].rows[r].related))
                        continue;
                    const auto v = tupleOf(found[pt].rows[r], pf);
                    if (!v)
                        continue;
                    const qint64 pointing = in.counts.value(*v);
                    if (pointing <= removed.value(*v))
                        continue;
                    if (found[pt].rows[r].related) {
                        const qint64 staying = pointing - removed.value(*v);
                        keep(pt, r, KeptRows::Why::Referenced,
                             ErasurePlanner::tr(
                                 "related, not the subject's own: %n row(s) that stay point at it "
                                 "through %1.%2 → %3",
                                 "", int(qMin<qint64>(staying, INT_MAX)))
                                 .arg(in.key.table, in.key.columns.join(QStringLiteral(", ")),
                                      in.key.parentTable),
                             {});
                        changed = true;
                        continue;
                    }
                    keep(
                        pt, r, KeptRows::Why::Referenced,
                        ErasurePlanner::tr("other rows point at it through %1.%2 → %3, and they stay")
                            .arg(in.key.table, in.key.columns.join(QStringLiteral(", ")), in.key.parentTable),
                        {});
                    changed = true;
                }
            }
        }
    }

    // The keys acted on and kept, rows ordered among themselves where a table points at itself, the
    // references nulled first, and the tables in the order computed.
    void assemble(const ErasureOrder::Plan& order, const QList<ErasureOrder::Reference>& refs,
                  ErasureSourcePlan& out)
    {
        for (int t = 0; t < source.tables.size(); ++t) {
            if (!fate[t].anyKept()) {
                // Every row acted on, in the order found: the same keys, their bytes shared, not copied.
                plans[t].keys = found[t].rows.keys();
                for (const FoundRow& row : found[t].rows) {
                    if (row.related)
                        ++plans[t].related;
                    else if (row.phoneOnly)
                        ++plans[t].phoneConfirmed;
                }
                continue;
            }
            for (int r = 0; r < found[t].rows.size(); ++r) {
                if (fate[t][r] >= 0) {
                    plans[t].kept[fate[t][r]].keys << found[t].rows[r].key;
                } else {
                    plans[t].keys << found[t].rows[r].key;
                    if (found[t].rows[r].related)
                        ++plans[t].related;
                    else if (found[t].rows[r].phoneOnly)
                        ++plans[t].phoneConfirmed;
                }
            }
        }

        // Rows of a table that point at rows of the same table through a NOT NULL column: a row goes before
        // the row it points at.
        for (const QString& name : order.selfOrdered) {
            const int t = tableIndex(name);
            if (t < 0 || plans[t].action != ErasureTablePlan::Action::DeleteRows)
                continue;
            out.selfOrdered << name;
            QHash<QString, QString> parentOf; // row key -> key of the row it points at (single-column keys)
            for (const ErasureOrder::Reference& ref : refs) {
                if (ref.child != name || ref.parent != name)
                    continue;
                const int cf = found[t].extraOf(fieldIndex(t, ref.column));
                if (cf < 0)
                    continue;
                for (const FoundRow& row : found[t].rows)
                    if (!row.extra[cf].isNull())
                        parentOf.insert(rowKeyOf(row.key), row.extra[cf].toString());
            }
            QList<QStringList> remaining = plans[t].keys.toList(), ordered;
            while (!remaining.isEmpty()) {
                QSet<QString> pointedAt;
                for (const QStringList& k : std::as_const(remaining))
                    if (parentOf.contains(rowKeyOf(k)) && parentOf.value(rowKeyOf(k)) != rowKeyOf(k))
                        pointedAt.insert(parentOf.value(rowKeyOf(k)));
                QList<QStringList> next;
                for (const QStringList& k : std::as_const(remaining))
                    (pointedAt.contains(rowKeyOf(k)) ? next : ordered) << k;
                if (next.size() ==
                    remaining.size()) { // a loop among the rows themselves: left in found order
                    ordered += next;
                    break;
                }
                remaining = next;
            }
            plans[t].keys = KeyList(ordered);
        }

        for (const ErasureOrder::Reference& ref : order.nullFirst) {
            const int ct = tableIndex(ref.child), pt = tableIndex(ref.parent);
            if (ct < 0 || pt < 0 || plans[pt].action != ErasureTablePlan::Action::DeleteRows)
                continue;
            const int cf = found[ct].extraOf(fieldIndex(ct, ref.column));
            QSet<QString> acted;
            for (const QStringList& k : std::as_const(plans[ct].keys))
                acted.insert(rowKeyOf(k));
            ErasureNulling n{ref.child, source.tables[ct].schema, ref.column, plans[ct].keyColumns, {}};
            for (const FoundRow& row : found[ct].rows)
                if (acted.contains(rowKeyOf(row.key)) && cf >= 0 && !row.extra[cf].isNull())
                    n.keys << row.key;
            if (!n.keys.isEmpty())
                out.nullFirst << n;
        }

        // Tables in the order computed over those the plan changes, then the others.
        for (const QString& name : order.order)
            out.tables << std::move(plans[tableIndex(name)]);
        for (int t = 0; t < source.tables.size(); ++t)
            if (!order.order.contains(source.tables[t].name))
                out.tables << std::move(plans[t]);
    }
};

} // namespace

// The plan for one source, from the rows the search found.
void planSource(const DataSource& source, const QList<Collect>& found, const ErasureOrder::Plan& order,
                const QList<ErasureOrder::Reference>& refs, const QList<ErasureOrder::Link>& links,
                const QList<Inbound>& inbound, const QSet<int>& relatedKept,
                const ErasurePlanner::Input& input, ErasureSourcePlan& out)
{
    SourcePlanning p(source, found, input);
    p.decideRows(relatedKept);
    p.keepReferencedByLinks(links);
    p.keepReferencedInbound(inbound);
    p.assemble(order, refs, out);
}

// The same data makes the same plan, and so the same digest: rows, kept groups, processor records and learned
// ids in a fixed order. (Rows of a table ordered among themselves keep the order the run needs.)
void canonicalize(ErasurePlan& plan)
{
    for (ErasureSystemPlan& s : plan.systems) {
        std::sort(s.learned.begin(), s.learned.end(),
                  [](const Identity& a, const Identity& b) { return a.value < b.value; });
        for (ErasureSourcePlan& src : s.sources) {
            for (ErasureNulling& n : src.nullFirst)
                n.keys.sort();
            for (ErasureTablePlan& t : src.tables) {
                if (!src.selfOrdered.contains(t.table))
                    t.keys.sort();
                for (KeptRows& k : t.kept)
                    k.keys.sort();
                std::sort(t.kept.begin(), t.kept.end(), [](const KeptRows& a, const KeptRows& b) {
                    return std::tuple(int(a.why), a.reason, a.until) <
                           std::tuple(int(b.why), b.reason, b.until);
                });
            }
        }
        for (ErasureProcessorPlan& p : s.processors) {
            for (ErasureProcessorPlan::Set& set : p.sets) {
                if (set.targets.size() == set.ids.size()) {
                    // ids and their targets sorted together, by id (then by what the target holds)
                    QList<std::pair<QString, QJsonObject>> both;
                    for (qsizetype i = 0; i < set.ids.size(); ++i)
                        both << std::pair{set.ids[i], set.targets[i]};
                    std::sort(both.begin(), both.end(), [](const auto& a, const auto& b) {
                        if (a.first != b.first)
                            return a.first < b.first;
                        return QJsonDocument(a.second).toJson(QJsonDocument::Compact) <
                               QJsonDocument(b.second).toJson(QJsonDocument::Compact);
                    });
                    for (qsizetype i = 0; i < both.size(); ++i) {
                        set.ids[i] = both[i].first;
                        set.targets[i] = both[i].second;
                    }
                } else {
                    std::sort(set.ids.begin(), set.ids.end());
                }
            }
            std::sort(p.sets.begin(), p.sets.end(),
                      [](const auto& a, const auto& b) { return a.lookup < b.lookup; });
        }
        std::sort(s.processors.begin(), s.processors.end(),
                  [](const ErasureProcessorPlan& a, const ErasureProcessorPlan& b) {
                      return a.connection < b.connection;
                  });
    }
}

} // namespace lethe::erasureplan
