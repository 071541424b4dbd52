// The traversal: a search per source (SourceSearch.h), and here the query of one lookup and what is done with
// every row it finds.
#include "Traversal.h"

#include "Job.h"
#include "SourceSearch.h"
#include "SqliteStatement.h"
#include "Validation.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include <memory>
#include <vector>

namespace lethe {

qint64 Dossier::totalRows() const
{
    qint64 n = 0;
    for (const DossierTable& t : tables)
        if (!t.nearMatches)
            n += t.count;
    return n;
}

namespace traversal {

namespace {

constexpr int kChunk = 500; // values per IN (...) list

// The rows of one lookup handed from the thread reading them to a second thread that does the rest with
// each (SourceSearch::foundRow: counted, remembered, followed, given to the caller), in batches and in the
// order read, once a lookup has returned enough rows for a second thread to pay (a million events of one
// account). The reader fills a slot and commits it; a slot not committed (a row not asked for) is reused.
// Only one thread at a time works on the search's state: the reader touches nothing but its query and the
// slots it fills, and the lookup ends (finish) only when every row handed over has been done.
class RowPipe
{
public:
    explicit RowPipe(std::function<void(DossierRow&)> consume)
        : m_consume(std::move(consume)), m_batches(kBatches, std::vector<DossierRow>(kBatch)),
          m_thread([this] { work(); })
    {}
    ~RowPipe() { finish(); }
    RowPipe(const RowPipe&) = delete;
    RowPipe& operator=(const RowPipe&) = delete;

    // The slot for the next row, in the batch being filled.
    DossierRow& slot() { return m_batches[size_t(m_filling)][size_t(m_fill)]; }
    // The row in the slot is one to hand over.
    void commit()
    {
        if (++m_fill < kBatch)
            return;
        handOver();
        std::unique_lock lock(m_mutex);
        m_free.wait(lock, [this] { return m_full < kBatches; });
    }
    // Hands over what is left and waits until every row has been done.
    void finish()
    {
        if (!m_thread.joinable())
            return;
        if (m_fill > 0)
            handOver();
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_ready.notify_one();
        m_thread.join();
    }

private:
    static constexpr int kBatch = 1024;
    static constexpr int kBatches = 4;

    void handOver()
    {
        {
            std::lock_guard lock(m_mutex);
            m_counts[size_t(m_filling)] = m_fill;
            ++m_full;
        }
        m_ready.notify_one();
        m_filling = (m_filling + 1) % kBatches;
        m_fill = 0;
    }
    void work()
    {
        for (int at = 0;; at = (at + 1) % kBatches) {
            int count = 0;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_full > 0 || m_done; });
                if (m_full == 0)
                    return; // done, and nothing left
                count = m_counts[size_t(at)];
            }
            // The batch's rows from a local pointer: reading the pipe's own members for every row would
            // fetch the cache line the reader writes (m_fill) once per row, from the other core.
            DossierRow* rows = m_batches[size_t(at)].data();
            const auto& consume = m_consume;
            for (int i = 0; i < count; ++i)
                consume(rows[i]);
            {
                std::lock_guard lock(m_mutex);
                --m_full;
            }
            m_free.notify_one();
        }
    }

    std::function<void(DossierRow&)> m_consume;
    std::vector<std::vector<DossierRow>> m_batches;
    std::array<int, kBatches> m_counts{};
    // The reader's own counters, on a cache line of their own: m_fill changes with every row, and the
    // worker's reads of the members above must not wait for that line to come back from the reader's core.
    alignas(64) int m_filling = 0; // the batch the reader fills (the reader's alone)
    int m_fill = 0;                // rows committed in it
    alignas(64) std::mutex m_mutex;
    std::condition_variable m_ready, m_free;
    int m_full = 0; // batches handed over and not yet done
    bool m_done = false;
    std::thread m_thread; // last: started once everything above is made
};

} // namespace

void SourceSearch::query(const Lookup& l)
{
    if (m_besideParent.contains(l.table))
        return;
    const Table& table = m_source.tables[l.table];
    const qsizetype width = l.fields.size();
    if (!m_declared.contains(l.table))
        m_declared.insert(l.table, StoredValue::declared(m_conn->db(), m_engine, table.name, table.schema));
    if (!identitiesFit(l))
        return;
    const QVariantList fresh = freshValues(l);
    if (fresh.isEmpty())
        return;
    const Plan plan = planOf(l);
    const qsizetype perChunk = qMax<qsizetype>(1, kChunk / width);
    for (qsizetype from = 0; from < fresh.size(); from += perChunk * width) {
        const QVariantList chunk = fresh.mid(from, perChunk * width);
        if (!queryChunk(l, plan, chunk))
            return;
    }
}

// An identity looked up in a column whose type cannot hold it (an email in a boolean) is a mistake in
// the map: said in the table's error rather than sent to the database, which would refuse it
// (PostgreSQL) or convert it and match other people's rows (MariaDB compares 'a@b' with 0).
bool SourceSearch::identitiesFit(const Lookup& l)
{
    const Table& table = m_source.tables[l.table];
    if (l.identity) {
        for (int f : l.fields) {
            const Field& field = table.fields[f];
            const QString type = m_declared[l.table].types.value(field.name);
            if (field.identity && !StoredValue::canHold(m_engine, type, *field.identity)) {
                tables[l.table].error =
                    Traversal::tr("%1.%2 is of type %3, which cannot hold %4; correct the identity the map "
                                  "gives this field.")
                        .arg(table.name, field.name, type, Names::display(*field.identity));
                return false;
            }
        }
    }
    return true;
}

// A value already looked up is not looked up again, unless it was looked up from a phone number alone
// and is now reached another way: its rows then count as found by more than the phone.
QVariantList SourceSearch::freshValues(const Lookup& l)
{
    const qsizetype width = l.fields.size();
    RowKeySet& done =
        (l.related ? m_relatedQueried
                   : m_queried)[key(l.table, l.fields) + (l.others ? QStringLiteral("o") : QString())];
    QList<int> all;
    for (int i = 0; i < width; ++i)
        all << i;
    QVariantList fresh;
    for (qsizetype at = 0; at + width <= l.values.size(); at += width) {
        const QVariantList tuple = l.values.mid(at, width);
        const RowKeySet::Key k = RowKeySet::of(tuple, all);
        const std::optional<bool> phoneOnly = done.find(k);
        if (!phoneOnly || (*phoneOnly && !l.phoneOnly)) {
            done.insert(k, l.phoneOnly);
            fresh += tuple;
        }
    }
    return fresh;
}

// What every chunk of a lookup's values is queried with (Plan).
SourceSearch::Plan SourceSearch::planOf(const Lookup& l)
{
    const Table& table = m_source.tables[l.table];
    Plan plan;
    for (int f = 0; f < table.fields.size(); ++f)
        plan.cols << (m_read.value(l.table).value(f, true)
                          ? SqlConnection::quoteIdentifier(m_engine, table.fields[f].name).value()
                          : QStringLiteral("NULL"));
    // Where stored values are not normalised, the column is normalised in the query: emails trimmed and
    // lower-cased, phone numbers stripped to their digits.
    for (int f : l.fields) {
        const Field& field = table.fields[f];
        QString match = SqlConnection::quoteIdentifier(m_engine, field.name).value();
        if (l.byIdentity && field.identity == IdentityKind::Email && !field.normalized) {
            match = QStringLiteral("LOWER(TRIM(%1))").arg(match);
        } else if (l.byIdentity && field.identity == IdentityKind::Phone && !field.normalized) {
            for (const char* c : {" ", "-", "(", ")", ".", "+", "/"})
                match = QStringLiteral("REPLACE(%1, '%2', '')").arg(match, QLatin1String(c));
        }
        plan.matches << match;
    }
    for (const QString& p : table.primaryKey) {
        for (int i = 0; i < table.fields.size(); ++i) {
            if (table.fields[i].name == p)
                plan.pk << i;
        }
    }
    auto names = [](const Table& t, const QList<int>& fields) {
        QStringList n;
        for (int f : fields)
            n << t.fields[f].name;
        return n.size() == 1 ? QStringLiteral("%1.%2").arg(t.name, n[0])
                             : QStringLiteral("%1.(%2)").arg(t.name, n.join(QStringLiteral(", ")));
    };
    for (const Edge& e : edges(m_children, l.table))
        plan.leaving << Out{e, QStringLiteral("%1 → %2").arg(names(table, e.parentFields),
                                                             names(m_source.tables[e.child], e.childFields))};
    plan.tableIsRoot = m_roots.contains(l.table);
    plan.fromIsRoot = l.from >= 0 && m_roots.contains(l.from);
    return plan;
}

// One chunk of a lookup's values: queried, and every row found checked against what was asked and taken
// (foundRow). False when the query failed (the table's error says why).
bool SourceSearch::queryChunk(const Lookup& l, const Plan& plan, const QVariantList& chunk)
{
    const Table& table = m_source.tables[l.table];
    const qsizetype width = l.fields.size();
    const QStringList& cols = plan.cols;
    const QStringList& matches = plan.matches;
    DossierTable& out = tables[l.table];
    QString condition;
    if (width == 1) {
        // One column: col IN (?, ?, ...).
        condition =
            QStringLiteral("%1 IN (%2)")
                .arg(matches[0], QStringList(chunk.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    } else {
        // Several, paired: (a = ? AND b = ?) OR (a = ? AND b = ?) ...
        QStringList one;
        for (const QString& m : std::as_const(matches))
            one << m + QStringLiteral(" = ?");
        const QString tuple = QLatin1Char('(') + one.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        condition = QStringList(chunk.size() / width, tuple).join(QStringLiteral(" OR "));
    }
    QSqlQuery q(m_conn->db());
    q.setForwardOnly(true);
    StoredValue::prepare(q);
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3")
            .arg(cols.join(QStringLiteral(", ")),
                 SqlConnection::qualifiedTable(m_engine, table.schema, table.name).value(), condition);
    if (!q.prepare(sql)) {
        out.error = q.lastError().text();
        return false;
    }
    for (const QVariant& v : chunk)
        q.addBindValue(v);
    if (m_options.queryLog)
        m_options.queryLog(sql, chunk);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return false;
    }
    // What the database matched is checked against what was asked, value by value: a collation that
    // ignores case or accents (MariaDB's default, PostgreSQL's citext) would otherwise hand over
    // another person's row (stanisław.wojcik@ for stanisław.wójcik@).
    QSet<QString> asked;
    auto exactKey = [&](const QVariantList& values, qsizetype at, const QList<int>* fields) {
        if (width == 1)
            return exactForm(values[fields ? (*fields)[0] : at], table.fields[l.fields[0]], l.byIdentity);
        QStringList parts;
        for (qsizetype i = 0; i < width; ++i)
            parts << exactForm(values[fields ? (*fields)[i] : at + i], table.fields[l.fields[i]],
                               l.byIdentity);
        return parts.join(QChar(0x1f));
    };
    for (qsizetype at = 0; at + width <= chunk.size(); at += width)
        asked.insert(exactKey(chunk, at, nullptr));
    // Each column's kind, so every value is read as stored (StoredValue): once per table.
    if (!m_kinds.contains(l.table))
        m_kinds.insert(l.table, StoredValue::kinds(q.record(), m_engine, m_declared[l.table]));
    const QList<StoredValue::Kind>& kinds = m_kinds[l.table];
    // SQLite's rows after the first are read from its statement directly (sqlite::value), as the driver
    // would read them, when every column is read as stored: the driver's copies of each value cost
    // the search of a million rows about a second.
    sqlite3_stmt* statement = nullptr;
    if (m_engine == ConnectionParams::Engine::Sqlite &&
        std::all_of(kinds.cbegin(), kinds.cend(),
                    [](StoredValue::Kind k) { return k == StoredValue::Kind::AsRead; })) {
        statement = sqlite::statementOf(q);
    }
    // Whether the last whole number met in a one-column lookup was asked for: the rows of one lookup
    // mostly hold the same value (a million events of one account), and its exact form (exactForm)
    // depends on nothing else.
    std::optional<std::pair<qint64, bool>> lastNumber;
    // `number`: the matched column's whole number when the row was read from SQLite's statement directly
    // (the same value the list holds), so the usual row needs no call on its QVariant.
    auto isAsked = [&](const QVariantList& values, std::optional<qint64> number) {
        if (width != 1)
            return asked.contains(exactKey(values, 0, &l.fields));
        if (!number) {
            const QVariant& v = values[l.fields[0]];
            if (v.typeId() != QMetaType::LongLong)
                return asked.contains(exactKey(values, 0, &l.fields));
            number = v.toLongLong();
        }
        if (!lastNumber || lastNumber->first != *number)
            lastNumber = std::pair{*number, asked.contains(exactKey(values, 0, &l.fields))};
        return lastNumber->second;
    };
    const int matched = width == 1 ? l.fields[0] : -1;
    // The columns read; the others are selected as NULL (Options::fieldsNeeded).
    std::vector<bool> selected(size_t(table.fields.size()), true);
    const QList<bool> read = m_read.value(l.table);
    for (qsizetype f = 0; f < table.fields.size(); ++f)
        selected[size_t(f)] = read.value(f, true);
    DossierRow first; // one row's storage for every row done on this thread (a copy kept detaches)
    // Past pipeAfter rows, the rest of the lookup's rows go through a pipe to a second thread.
    std::optional<RowPipe> pipe;
    qsizetype found = 0;
    for (bool firstRow = true;; firstRow = false) {
        std::optional<qint64> number; // the matched column's whole number, read from the statement
        if (!pipe && found == m_options.pipeAfter) {
            try {
                pipe.emplace([&](DossierRow& r) { foundRow(l, plan, r); });
            } catch (const std::system_error&) {
                // No second thread to be had: the rows are done here, as before.
            }
        }
        DossierRow& row = pipe ? pipe->slot() : first;
        if (!row.via.isSharedWith(l.via))
            row.via = l.via;
        row.sharedWith = -1;
        row.others = false;
        // Each value is assigned in place: the list keeps its size from row to row (a row kept for the
        // preview shares it, and the first assignment then copies it once).
        const int n = int(table.fields.size());
        if (row.values.size() != n)
            row.values.resize(n);
        if (firstRow || !statement) {
            // The driver has stepped to the first row already (and resets the statement at the
            // end): that row through it, the statement's own stepping only after it.
            if (!q.next())
                break;
            for (int i = 0; i < n; ++i)
                row.values[i] = StoredValue::read(q, i, kinds.value(i, StoredValue::Kind::AsRead));
        } else {
            const int step = sqlite3_step(statement);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW) {
                if (pipe)
                    pipe->finish(); // the rows read before are done, then the error is the table's
                out.error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
                return false;
            }
            QVariant* values = row.values.data();
            for (int i = 0; i < n; ++i) {
                if (i == matched && sqlite3_column_type(statement, i) == SQLITE_INTEGER) {
                    number = qint64(sqlite3_column_int64(statement, i));
                    values[i].setValue(*number);
                } else if (selected[size_t(i)]) {
                    sqlite::assign(values[i], statement, i);
                } else if (values[i].isValid()) {
                    values[i] = QVariant(); // selected as NULL: not asked of SQLite
                }
            }
        }
        if (!isAsked(row.values, number))
            continue;
        ++found;
        if (pipe)
            pipe->commit();
        else
            foundRow(l, plan, row);
    }
    if (pipe)
        pipe->finish();
    return true;
}

// A row the lookup found that holds a value asked for: counted, kept for the preview, followed.
void SourceSearch::foundRow(const Lookup& l, const Plan& plan, DossierRow& row)
{
    const Table& table = m_source.tables[l.table];
    const QList<int>& pk = plan.pk;
    const QList<Out>& leaving = plan.leaving;
    DossierTable& out = tables[l.table];
    RowKeySet& seenHere = m_seen[size_t(l.table)];
    const RowKeySet::Key rowKey = RowKeySet::of(row.values, pk);
    const std::optional<bool> seen = seenHere.find(rowKey);
    const bool repeat = seen.has_value();
    if (l.related) {
        // One of the subject's rows points at it: shown once, never followed.
        if (m_options.onRelated && !repeat)
            m_options.onRelated(m_source.key, l.table, row.values,
                                l.mention || !exclusive(l.table, row.values));
        if (repeat || !m_relatedSeen[size_t(l.table)].insert(rowKey, false))
            return;
        ++out.relatedCount;
        if (out.related.size() < m_options.previewRows)
            out.related << row;
        return;
    }
    // Reached through a row of the subject that is not a person's own row (an address, an order):
    // the subject's only if every other row it points at that could be the subject's is. Another
    // customer's order that ships to the subject's address points at that customer: left out.
    // A person's own row (its table has an identity field) reached through a reference, not by
    // the subject's identity (a membership): the subject's only if it points at no one else's row
    // either. Bob's membership names Alice as the inviter and Bob as the member: Bob's.
    if (!repeat && l.from >= 0 && plan.tableIsRoot && table.about == Table::About::Auto &&
        !exclusive(l.table, row.values)) {
        if (m_shared[size_t(l.table)].insert(rowKey, false))
            ++out.sharedLeftOut;
        return;
    }
    if (!repeat && l.from >= 0 && !plan.fromIsRoot && !exclusive(l.table, row.values)) {
        if (m_shared[size_t(l.table)].insert(rowKey, false))
            ++out.sharedLeftOut;
        return;
    }
    if (!repeat) {
        // Shared when first met, the subject's now that the rest of what it points at is known.
        if (const std::optional<bool> shared = m_shared[size_t(l.table)].find(rowKey); shared && !*shared) {
            m_shared[size_t(l.table)].insert(rowKey, true);
            --out.sharedLeftOut;
        }
        owned(l.table, row.values);
    }
    // Held in the subject's account about someone else: a person's row reached through a
    // reference (a lead in the subject's workspace), what hangs off such a row (the emails sent
    // to that lead), and rows of a table the map says holds data about others. The subject's own
    // when its own identity or another path of theirs reaches it.
    const bool others = !l.byIdentity && !l.identity && (l.others || table.about == Table::About::Others) &&
                        table.about != Table::About::Subject;
    bool first = !repeat;
    if (!repeat && others) {
        m_others[size_t(l.table)].insert(rowKey, false);
        ++out.othersCount;
    } else if (repeat && !others) {
        if (const std::optional<bool> was = m_others[size_t(l.table)].find(rowKey); was && !*was) {
            m_others[size_t(l.table)].insert(rowKey, true);
            --out.othersCount;
            first = true; // reported again, now as the subject's own
        }
    }
    if (m_options.onRow)
        m_options.onRow(m_source.key, l.table, row.values, l.phoneOnly, first, others);
    // A row found again is not counted again; it is followed again only when it was first found
    // from a phone number alone and now another way, so what it leads to is no longer phone-only
    // either.
    if (repeat && !(*seen && !l.phoneOnly))
        return;
    seenHere.insert(rowKey, l.phoneOnly);
    if (!repeat)
        ++out.count;
    // Follow every reference whose known side is in this row (all its columns hold a value).
    for (const Out& o : std::as_const(leaving)) {
        // A person's row that points at another row of the same table (a reply to a comment, an
        // employee's manager, a user who invited another) links two people: the rows pointing at
        // the subject's are someone else's. The subject's row points at is shown as related.
        if (o.edge.child == l.table && plan.tableIsRoot)
            continue;
        QVariantList tuple;
        for (int f : o.edge.parentFields) {
            if (row.values[f].isNull())
                break;
            tuple << row.values[f];
        }
        if (tuple.size() == o.edge.parentFields.size())
            follow(o.edge.child, o.edge.childFields, tuple, o.via, l.phoneOnly, l.table, others);
    }
    for (int f = 0; l.byIdentity && f < table.fields.size(); ++f) {
        const QVariant& v = row.values[f];
        if (v.isNull())
            continue;
        // A user id held by a row the subject's own identity found (their account row) is theirs
        // too: it is looked up in the other user-id fields here and in the system's other
        // sources. Only one step: ids in rows reached that way, or through references, are not
        // followed. An id in a row found from a phone number alone stays phone-only: looked up
        // here as such (left alone unless a person confirms), and never carried to other sources
        // or processors.
        if (l.byIdentity && table.fields[f].identity == IdentityKind::UserId) {
            const QString id = v.toString();
            const auto known = m_known.constFind(id);
            if (known == m_known.cend() || (*known && !l.phoneOnly)) {
                m_known.insert(id, l.phoneOnly);
                const QString where =
                    QStringLiteral("%1.%2.%3").arg(m_source.key, table.name, table.fields[f].name);
                if (!l.phoneOnly)
                    learnedUserIds.insert(id, where);
                queueUserId(id, where, l.phoneOnly);
            }
        }
    }
    row.others = others;
    if (!repeat && out.rows.size() < m_options.previewRows)
        out.rows << row;
}

// A value as the lookup compares it: text exactly, after the same normalising the query applies to a
// column whose stored identities are not normalised (emails trimmed and lower-cased, phones stripped of
// punctuation); anything else as its text, which is how numbers, UUIDs and dates compare.
QString SourceSearch::exactForm(const QVariant& v, const Field& field, bool byIdentity)
{
    if (v.isNull())
        return QStringLiteral("\x01null");
    QString text =
        v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex()) : v.toString();
    if (byIdentity && !field.normalized && field.identity == IdentityKind::Email) {
        while (text.startsWith(QLatin1Char(' ')))
            text.remove(0, 1);
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        text = text.toLower();
    } else if (byIdentity && !field.normalized && field.identity == IdentityKind::Phone) {
        for (const char* c : {" ", "-", "(", ")", ".", "+", "/"})
            text.remove(QLatin1String(c));
    }
    return text;
}

} // namespace traversal

using traversal::SourceSearch;

Result<Dossier> Traversal::run(const DataMap& map, const QList<ConnectionParams>& connections,
                               const QList<Identity>& identities, const Options& options)
{
    Dossier d;
    d.systemKey = map.key;
    d.systemName = map.name;
    for (const Identity& i : identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        if (!d.identities.contains(*n))
            d.identities << *n;
    }
    if (d.identities.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("identities: at least one email, phone or user id is needed."));

    // Each source on its own thread with its own connection; results in the map's order.
    std::vector<std::unique_ptr<SourceSearch>> searches;
    QList<char> completed(map.sources.size(), 1);
    for (const DataSource& s : map.sources)
        searches.push_back(std::make_unique<SourceSearch>(s, options));
    auto paramsOf = [&](int s) { return connections.value(s, map.sources[s].connection); };
    if (map.sources.size() == 1) {
        // One source gains nothing from a thread: search it here.
        completed[0] = searches[0]->run(paramsOf(0), d.identities);
    } else {
        QList<std::function<void()>> tasks;
        for (int s = 0; s < map.sources.size(); ++s) {
            // Each task touches only its own search and completion slot.
            SourceSearch* search = searches[s].get();
            char* done = &completed[s];
            const ConnectionParams params = paramsOf(s);
            const QList<Identity> ids = d.identities;
            tasks << [search, done, params, ids] { *done = search->run(params, ids); };
        }
        JobSlot::runAll(tasks);
        // User ids one source learned (an account row found by email) are looked up in the others: the way an
        // auth database's user id leads to the application database's rows.
        for (int s = 0; s < map.sources.size() && !completed.contains(0); ++s) {
            QHash<QString, QString> elsewhere;
            for (int o = 0; o < map.sources.size(); ++o) {
                if (o != s)
                    elsewhere.insert(searches[o]->learnedUserIds);
            }
            if (!elsewhere.isEmpty())
                completed[s] = searches[s]->more(paramsOf(s), elsewhere);
        }
    }
    if (completed.contains(0))
        return makeError(Error::Code::Cancelled, tr("The search was cancelled."));
    for (const auto& search : searches) {
        d.tables += search->tables;
        for (auto it = search->learnedUserIds.cbegin(); it != search->learnedUserIds.cend(); ++it) {
            const Identity learned{IdentityKind::UserId, it.key()};
            if (!d.identities.contains(learned) && !d.learned.contains(learned))
                d.learned << learned;
        }
    }
    return d;
}

} // namespace lethe
