#pragma once

// The traversal's search of one source (Traversal.cpp runs one per source of a system). Internal to
// core/sources: SourceSearch.cpp holds the search's state, work queue and references; Traversal.cpp the query
// of one lookup and what it does with every row found.

#include "DigestSet.h"
#include "RowKeySet.h"
#include "SqlConnection.h"
#include "StoredValue.h"
#include "Traversal.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace lethe::traversal {

struct Lookup
{
    int table;
    QList<int> fields;   // one column, or the columns of a reference of several, in the reference's order
    QVariantList values; // tuples of fields.size() values, one after the other
    QString via;
    bool byIdentity = false; // the values are the subject's identities, not values from found rows
    bool phoneOnly = false;  // reached from a phone number alone
    bool identity = false;   // the values are identities (given or learned): the column's type must hold them
    int from = -1;           // followed from a row of this table (a reference), or -1
    bool related = false;    // parents of the subject's rows: shown, not followed, not the subject's own
    bool others = false;     // followed from a row held in the subject's account about someone else
    bool mention = false;    // related through a column that names a person the row is not about
};

QString key(int table, const QList<int>& fields);

// A reference between a table the search knows rows of (the parent) and one whose rows point at them: one
// column on each side, or several paired by position.
struct Edge
{
    QList<int> parentFields;
    int child;
    QList<int> childFields;
    int parent = -1;
    bool mention = false; // a column the map says names a person the row is not about (follow: false)
    QString parentKey;    // key(parent, parentFields), made once rather than for every row
    bool operator==(const Edge&) const = default;
};

// One source's search: its tables, the edges between them, and what has been looked up and found so far, so
// that further identities (user ids found in another source) can be followed without repeating anything.
class SourceSearch
{
public:
    SourceSearch(const DataSource& source, const Traversal::Options& options);

    bool run(const ConnectionParams& params, const QList<Identity>& identities);
    bool more(const ConnectionParams& params, const QHash<QString, QString>& userIds);

    QList<DossierTable> tables;
    // User ids this source found in identity fields of rows the subject's own identities led to, with where.
    QHash<QString, QString> learnedUserIds;

private:
    // The references leaving a table, and how each is described, made once per lookup rather than for every
    // row found.
    struct Out
    {
        Edge edge;
        QString via;
    };
    // What every chunk of one lookup's values shares: the columns selected, the columns matched, the primary
    // key and the references leaving the table.
    struct Plan
    {
        QStringList cols;
        QStringList matches;
        QList<int> pk;
        QList<Out> leaving;
        bool tableIsRoot = false; // the lookup's table holds a person's own rows (m_roots)
        bool fromIsRoot = false;  // so does the table it was followed from
    };

    bool open(const ConnectionParams& params);
    std::pair<int, int> indexOf(const QString& table, const QString& field) const;
    std::optional<std::pair<int, QList<int>>> indexOf(const QString& table, const QStringList& names) const;
    void buildEdges(ConnectionParams::Engine engine);
    void markRead();
    void markUnreachable();
    void queueUserId(const QString& value, const QString& where, bool phoneOnly);
    void follow(int table, const QList<int>& fields, const QVariantList& tuple, const QString& via,
                bool phoneOnly, int from, bool others);
    void relate(const Edge& e, const QVariantList& tuple, const QString& via);
    bool drain();
    bool drainOwned();

    // The query of one lookup, in its steps (Traversal.cpp).
    void query(const Lookup& l);
    bool identitiesFit(const Lookup& l);
    QVariantList freshValues(const Lookup& l);
    Plan planOf(const Lookup& l);
    bool queryChunk(const Lookup& l, const Plan& plan, const QVariantList& chunk);
    void foundRow(const Lookup& l, const Plan& plan, DossierRow& row);
    static QString exactForm(const QVariant& v, const Field& field, bool byIdentity);

    static QVariantList tupleOf(const QVariantList& values, const QList<int>& fields);
    static const QList<Edge>& edges(const QHash<int, QList<Edge>>& map, int table);
    static const QList<int>& positions(qsizetype n);
    bool exclusive(int table, const QVariantList& values) const;
    void owned(int table, const QVariantList& values);
    // Whether the values at `fields` of `values` are `last`, value for value and type for type.
    static bool sameValues(const QVariantList& values, const QList<int>& fields, const QVariantList& last);
    QString edgeKey(const Edge& e) const;
    void countShares();

    const DataSource& m_source;
    const Traversal::Options& m_options;
    std::unique_ptr<SqlConnection> m_conn;
    QSet<int> m_besideParent; // tables listed beside their parent (a partition, an inheritance child)
    bool m_opened = false;
    ConnectionParams::Engine m_engine = ConnectionParams::Engine::Sqlite;
    QHash<int, QList<Edge>> m_children;      // parent table -> references pointing at it
    QHash<int, QList<Edge>> m_parents;       // child table -> its references
    QHash<int, QList<Edge>> m_incoming;      // parent table -> every reference pointing at it
    QSet<int> m_roots;                       // tables with an identity field: a person's own rows
    QHash<QString, RowKeySet> m_ownedValues; // (table, fields) -> the subject's rows' values there
    QList<Lookup> m_relatedWork;
    QHash<QString, RowKeySet> m_relatedQueried;
    QHash<QByteArray, qint64> m_ownPointers;      // (reference, value) -> the subject's rows pointing at it
    QHash<int, StoredValue::Declared> m_declared; // per table: its columns' declared types
    QHash<int, QList<StoredValue::Kind>> m_kinds; // per table: how its columns' values are read
    QList<QList<bool>> m_read;                    // per table and field: read (or NULL selected instead)
    QHash<int, QList<QVariantList>> m_lastOwned;  // per table and reference: see owned()
    QSet<int> m_reachable;
    QList<Lookup> m_work;
    QHash<QString, RowKeySet> m_queried; // (table, fields) -> values looked up (-> phone only)
    std::vector<RowKeySet> m_seen; // primary keys of rows found, per table (-> found from a phone alone)
    std::vector<RowKeySet> m_relatedSeen; // primary keys of related rows shown, per table
    std::vector<RowKeySet> m_shared;      // rows left out as shared (-> the subject's after all)
    std::vector<RowKeySet> m_others;      // rows about others (-> the subject's own after all)
    QHash<QString, bool> m_known;         // user ids given or learned (-> learned from a phone alone)
};

} // namespace lethe::traversal
