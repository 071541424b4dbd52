#pragma once

// Internal to core/erasure (not installed, not used elsewhere): what the planner keeps of the rows the search
// finds, and the steps that turn them into the plan (ErasurePlanner.cpp, ErasureSourcePlanner.cpp,
// ErasurePlanRows.cpp). The plan's own types and its stored form are in ErasurePlan.h / ErasurePlan.cpp.

#include "ErasurePlan.h"
#include "SqlConnection.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace lethe::erasureplan {

const QChar kColSep(0x1f);

QString rowKeyOf(const QStringList& key);
QString strategyKey(ErasureStrategy s);
std::optional<ErasureStrategy> parseStrategy(const QString& key);

template <typename E>
std::optional<E> parseKey(const QString& key, QString (*toKey)(E), std::initializer_list<E> all)
{
    for (E e : all)
        if (toKey(e) == key)
            return e;
    return std::nullopt;
}

// A value the plan reads besides the key (a date a retention rule reads, a reference's column), held as
// text with a letter for its type in front, so a million found rows cost bytes each, not a QVariant list:
// read back as the same type (a whole number binds as one again), NULL as a null QVariant.
QString packValue(const QVariant& v);
// The value as a key holds it (its text, as KeyList::append of toString() would), a whole number written
// directly.
void addKeyValue(KeyList& list, const QVariant& v);
// The value as packValue() packs it, a whole number written directly.
void addPackedValue(KeyList& list, const QVariant& v);
QVariant unpackValue(const QString& packed);

// One row the search found, as the plan reads it: its key, the values of the columns retention rules and
// references read (per Collect::extraFields), and whether only a phone number led to it. A view into
// FoundRows, read on demand.
struct FoundRow
{
    struct Key
    {
        const KeyList* keys;
        qsizetype row;
        operator QStringList() const { return keys->at(row); }
    };
    struct Extra
    {
        const KeyList* values; // no entry for a row when its table's plan reads no value besides the key
        qsizetype row;
        QVariant operator[](qsizetype i) const
        {
            return row < values->size() ? unpackValue(values->value(row, i)) : QVariant();
        }
        // The value's text, as operator[](i).toString() gives it; nothing for NULL. Numbers, text, dates
        // and booleans are packed as their text behind the type letter, so read without a QVariant.
        std::optional<QString> text(qsizetype i) const
        {
            QString packed = row < values->size() ? values->value(row, i) : QString();
            if (packed.isNull())
                return std::nullopt;
            switch (packed.isEmpty() ? QChar().unicode() : packed.front().unicode()) {
            case 'i':
            case 'u':
            case 's':
            case 'D':
            case 'b':
                return packed.remove(0, 1);
            default:
                return unpackValue(packed).toString();
            }
        }
    };
    Key key;
    Extra extra;
    bool phoneOnly = true;
    // Not the subject's own: a row the subject's rows point at (their address), to be erased only when
    // nothing that stays points at it.
    bool related = false;
    // Someone else's: reached through a column naming a person the row is not about, or pointing at a row of
    // someone who is not the subject (another account holder's campaign). Never erased.
    bool someoneElses = false;
};

KeyList& operator<<(KeyList& list, const FoundRow::Key& key);

// The rows found in one table, compactly (KeyList): a heavy subject's million rows cost tens of MB.
class FoundRows
{
public:
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    FoundRow operator[](qsizetype r) const
    {
        const quint8 f = m_flags[size_t(r)];
        return {{&m_keys, r},
                {&m_extra, r},
                (f & kPhoneOnly) != 0,
                (f & kRelated) != 0,
                (f & kSomeoneElses) != 0};
    }
    void append(const QStringList& key, const QStringList& extra, bool phoneOnly, bool related = false,
                bool someoneElses = false)
    {
        m_keys.append(key);
        if (!extra.isEmpty()) {
            padExtra();
            m_extra.append(extra);
        }
        m_flags.push_back(flags(phoneOnly, related, someoneElses));
        m_relatedCount += related;
    }
    // The same as append() with the key fields' text and the extra fields packed, read straight from a row,
    // each list's entry written at once (a million rows of one lookup come through here).
    void appendValues(const QVariantList& values, const QList<int>& keyFields, const QList<int>& extraFields,
                      bool phoneOnly);
    void clearPhoneOnly(qsizetype r) { m_flags[size_t(r)] &= quint8(~kPhoneOnly); }
    // A row met as related first and then reached as the subject's own (a user id found later).
    void makeOwned(qsizetype r, bool phoneOnly)
    {
        m_relatedCount -= (m_flags[size_t(r)] & kRelated) != 0;
        m_flags[size_t(r)] = flags(phoneOnly, false, false);
    }
    void markSomeoneElses(qsizetype r) { m_flags[size_t(r)] |= kSomeoneElses; }
    qsizetype relatedCount() const { return m_relatedCount; }
    // Leaves out the related rows that are someone else's: not the plan's to touch. Row numbers change.
    void dropSomeoneElses()
    {
        FoundRows kept;
        for (qsizetype r = 0; r < size(); ++r) {
            const quint8 f = m_flags[size_t(r)];
            if ((f & kRelated) && (f & kSomeoneElses))
                continue;
            kept.m_keys.appendFrom(m_keys, r);
            if (r < m_extra.size()) {
                kept.padExtra();
                kept.m_extra.appendFrom(m_extra, r);
            }
            kept.m_flags.push_back(quint8(f & ~kSomeoneElses));
            kept.m_relatedCount += (f & kRelated) != 0;
        }
        *this = std::move(kept);
    }

    class const_iterator
    {
    public:
        const_iterator(const FoundRows* rows, qsizetype r) : m_rows(rows), m_r(r) {}
        FoundRow operator*() const { return (*m_rows)[m_r]; }
        const_iterator& operator++()
        {
            ++m_r;
            return *this;
        }
        bool operator!=(const const_iterator& o) const { return m_r != o.m_r; }

    private:
        const FoundRows* m_rows;
        qsizetype m_r;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // The keys in the order found (a plan that acts on every row of the table shares their bytes).
    const KeyList& keys() const { return m_keys; }
    // The values read besides the key, row by row (none past the last row that has any).
    const KeyList& extras() const { return m_extra; }

private:
    // Empty extras for the rows before the one being appended, which is the first to have any.
    void padExtra()
    {
        while (m_extra.size() < m_keys.size() - 1)
            m_extra.beginKey(0);
    }
    KeyList m_keys;
    // packValue per extra field; empty while no row has any (a table whose plan reads only keys: a million
    // rows would otherwise cost an empty entry each)
    KeyList m_extra;
    // Per row: found from a phone alone, related, someone else's (a byte each: reading bits of
    // std::vector<bool> was a third of making a million rows' plan).
    static constexpr quint8 kPhoneOnly = 1, kRelated = 2, kSomeoneElses = 4;
    static quint8 flags(bool phoneOnly, bool related, bool someoneElses)
    {
        return quint8((phoneOnly ? kPhoneOnly : 0) | (related ? kRelated : 0) |
                      (someoneElses ? kSomeoneElses : 0));
    }
    std::vector<quint8> m_flags;
    qsizetype m_relatedCount = 0;
};

// Rows found in one table, in the order first found.
struct Collect
{
    QList<int> keyFields;
    QList<int> extraFields; // field indices whose values the plan reads
    // Rows a later report may change: found from a phone alone, or first as data about someone else. A row
    // found otherwise is never reported as new again and stays what it is, so it needs no lookup.
    QHash<QString, qsizetype> revisit;
    // Related rows by key: reported once per reference that reaches them, and perhaps later as owned.
    QHash<QString, qsizetype> relatedAt;
    FoundRows rows;

    int extraOf(int field) const { return int(extraFields.indexOf(field)); }
    bool anyRelated() const { return rows.relatedCount() > 0; }
};

// A foreign key of the live schema that points at a mapped table, from any table of the database (mapped or
// not, its columns declared or not), and how many rows point at each of the found rows through it.
struct Inbound
{
    SqlConnection::CompositeKey key;
    int child = -1;                // the mapped child table, or -1
    QList<int> childFields;        // its columns as declared fields of the child, when all are
    QHash<QString, qint64> counts; // parent tuple (values joined by kColSep) -> rows pointing at it
};

// What the database runs and the plan must agree with: a row that is deleted, the columns whose update nulls
// a reference.
struct TableAction
{
    bool deletes = false;
    QStringList nulled;
    bool changes = false;
};

TableAction actionOf(const Table& t);
// Why a row found from a phone number alone is kept.
QString nowhere();

// Counts, per foreign key into a table the plan may delete from, how many rows of its table point at each
// row found there: SELECT cols, COUNT(*) ... WHERE cols IN (found values) GROUP BY cols, in chunks.
Status countInbound(const ConnectionParams& params, const DataSource& source, const QList<Collect>& found,
                    QList<Inbound>& inbound);
// The plan for one source, from the rows the search found.
void planSource(const DataSource& source, const QList<Collect>& found, const ErasureOrder::Plan& order,
                const QList<ErasureOrder::Reference>& refs, const QList<ErasureOrder::Link>& links,
                const QList<Inbound>& inbound, const QSet<int>& relatedKept,
                const ErasurePlanner::Input& input, ErasureSourcePlan& out);
// The same data makes the same plan, and so the same digest: rows, kept groups, processor records and learned
// ids in a fixed order. (Rows of a table ordered among themselves keep the order the run needs.)
void canonicalize(ErasurePlan& plan);

} // namespace lethe::erasureplan
