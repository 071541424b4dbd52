#include "ErasurePlan.h"

#include "DataMapLive.h"
#include "ProcessorConnections.h"
#include "ProcessorErasure.h"
#include "Sha256.h"
#include "StoredValue.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <climits>

namespace lethe {

namespace {

const QChar kColSep(0x1f);

QString rowKeyOf(const QStringList& key)
{
    return key.join(kColSep);
}

QString strategyKey(ErasureStrategy s)
{
    switch (s) {
    case ErasureStrategy::Keep:
        return QStringLiteral("keep");
    case ErasureStrategy::Null:
        return QStringLiteral("null");
    case ErasureStrategy::Fixed:
        return QStringLiteral("fixed");
    case ErasureStrategy::Hmac:
        return QStringLiteral("hmac");
    case ErasureStrategy::DeleteRow:
        return QStringLiteral("delete_row");
    }
    return {};
}

std::optional<ErasureStrategy> parseStrategy(const QString& key)
{
    for (ErasureStrategy s : {ErasureStrategy::Keep, ErasureStrategy::Null, ErasureStrategy::Fixed,
                              ErasureStrategy::Hmac, ErasureStrategy::DeleteRow})
        if (strategyKey(s) == key)
            return s;
    return std::nullopt;
}

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
QString packValue(const QVariant& v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QLatin1Char('i') + v.toString();
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QLatin1Char('u') + v.toString();
    case QMetaType::Double:
        return QLatin1Char('d') + v.toString();
    case QMetaType::Bool:
        return QLatin1Char('b') + v.toString();
    case QMetaType::QDate:
        return QLatin1Char('D') + v.toString();
    case QMetaType::QDateTime:
        return QLatin1Char('T') + v.toString();
    case QMetaType::QByteArray:
        return QLatin1Char('x') + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return QLatin1Char('s') + v.toString();
    }
}

// A whole number's decimal text into `buf` (ASCII, as QVariant::toString() writes it); returns its start.
char* decimal(char* end, quint64 magnitude, bool negative)
{
    char* p = end;
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        *--p = '-';
    return p;
}

// Whether `v` is a whole number, and its text in `buf` (at least 24 bytes) if so.
std::optional<QByteArrayView> integerText(const QVariant& v, char* buf, qsizetype size)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: {
        const qint64 n = v.toLongLong();
        const char* p = decimal(buf + size, n < 0 ? quint64(0) - quint64(n) : quint64(n), n < 0);
        return QByteArrayView(p, buf + size - p);
    }
    case QMetaType::ULongLong:
    case QMetaType::UInt: {
        const char* p = decimal(buf + size, v.toULongLong(), false);
        return QByteArrayView(p, buf + size - p);
    }
    default:
        return std::nullopt;
    }
}

// The value as a key holds it (its text, as KeyList::append of toString() would), a whole number written
// directly.
void addKeyValue(KeyList& list, const QVariant& v)
{
    char buf[32];
    if (const auto digits = integerText(v, buf, sizeof buf))
        list.addUtf8(*digits);
    else
        list.addText(v.toString());
}

// The value as packValue() packs it, a whole number written directly.
void addPackedValue(KeyList& list, const QVariant& v)
{
    char buf[32];
    if (v.isNull()) {
        list.addNull();
    } else if (const auto digits = integerText(v, buf + 1, sizeof buf - 1)) {
        char* start = const_cast<char*>(digits->data()) - 1;
        *start = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int ? 'i' : 'u';
        list.addUtf8(QByteArrayView(start, digits->size() + 1));
    } else {
        list.addText(packValue(v));
    }
}

QVariant unpackValue(const QString& packed)
{
    if (packed.isNull())
        return {};
    const QString text = packed.mid(1);
    switch (packed.isEmpty() ? QChar().unicode() : packed.front().unicode()) {
    case 'i':
        return text.toLongLong();
    case 'u':
        return text.toULongLong();
    case 'd':
        return text.toDouble();
    case 'b':
        return text == QLatin1String("true");
    case 'D':
        return QDate::fromString(text, Qt::ISODate);
    case 'T':
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    case 'x':
        return QByteArray::fromHex(text.toLatin1());
    default:
        return text;
    }
}

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
        const KeyList* values;
        qsizetype row;
        QVariant operator[](qsizetype i) const { return unpackValue(values->value(row, i)); }
        // The value's text, as operator[](i).toString() gives it; nothing for NULL. Numbers, text, dates
        // and booleans are packed as their text behind the type letter, so read without a QVariant.
        std::optional<QString> text(qsizetype i) const
        {
            QString packed = values->value(row, i);
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

KeyList& operator<<(KeyList& list, const FoundRow::Key& key)
{
    list.appendFrom(*key.keys, key.row);
    return list;
}

// The rows found in one table, compactly (KeyList): a heavy subject's million rows cost tens of MB.
class FoundRows
{
public:
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    FoundRow operator[](qsizetype r) const
    {
        return {{&m_keys, r},
                {&m_extra, r},
                m_phoneOnly[size_t(r)],
                m_related[size_t(r)],
                m_someoneElses[size_t(r)]};
    }
    void append(const QStringList& key, const QStringList& extra, bool phoneOnly, bool related = false,
                bool someoneElses = false)
    {
        m_keys.append(key);
        m_extra.append(extra);
        m_phoneOnly.push_back(phoneOnly);
        m_related.push_back(related);
        m_someoneElses.push_back(someoneElses);
        m_relatedCount += related;
    }
    // The same as append() with the key fields' text and the extra fields packed, read straight from a row.
    void appendValues(const QVariantList& values, const QList<int>& keyFields, const QList<int>& extraFields,
                      bool phoneOnly)
    {
        m_keys.beginKey(keyFields.size());
        for (int f : keyFields)
            addKeyValue(m_keys, values[f]);
        m_extra.beginKey(extraFields.size());
        for (int f : extraFields)
            addPackedValue(m_extra, values[f]);
        m_phoneOnly.push_back(phoneOnly);
        m_related.push_back(false);
        m_someoneElses.push_back(false);
    }
    void clearPhoneOnly(qsizetype r) { m_phoneOnly[size_t(r)] = false; }
    // A row met as related first and then reached as the subject's own (a user id found later).
    void makeOwned(qsizetype r, bool phoneOnly)
    {
        m_relatedCount -= m_related[size_t(r)];
        m_related[size_t(r)] = m_someoneElses[size_t(r)] = false;
        m_phoneOnly[size_t(r)] = phoneOnly;
    }
    void markSomeoneElses(qsizetype r) { m_someoneElses[size_t(r)] = true; }
    qsizetype relatedCount() const { return m_relatedCount; }
    // Leaves out the related rows that are someone else's: not the plan's to touch. Row numbers change.
    void dropSomeoneElses()
    {
        FoundRows kept;
        for (qsizetype r = 0; r < size(); ++r) {
            if (m_related[size_t(r)] && m_someoneElses[size_t(r)])
                continue;
            kept.m_keys.appendFrom(m_keys, r);
            kept.m_extra.appendFrom(m_extra, r);
            kept.m_phoneOnly.push_back(m_phoneOnly[size_t(r)]);
            kept.m_related.push_back(m_related[size_t(r)]);
            kept.m_someoneElses.push_back(false);
            kept.m_relatedCount += m_related[size_t(r)];
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

private:
    KeyList m_keys;
    KeyList m_extra; // packValue per extra field
    std::vector<bool> m_phoneOnly;
    std::vector<bool> m_related;
    std::vector<bool> m_someoneElses;
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

TableAction actionOf(const Table& t)
{
    TableAction a;
    a.deletes = t.deleteRows;
    for (const Field& f : t.fields) {
        a.deletes = a.deletes || f.erasure.strategy == ErasureStrategy::DeleteRow;
        if (f.erasure.strategy == ErasureStrategy::Null)
            a.nulled << f.name;
        if (f.erasure.strategy != ErasureStrategy::Keep)
            a.changes = true;
    }
    if (a.deletes)
        a.nulled.clear();
    a.changes = a.changes || a.deletes;
    return a;
}

QString nowhere()
{
    return ErasurePlanner::tr(
        "found from a phone number alone; a phone number can be shared (an office line), "
        "so a person must confirm these rows are the subject's");
}

} // namespace

QString keptWhyKey(KeptRows::Why why)
{
    switch (why) {
    case KeptRows::Why::Retention:
        return QStringLiteral("retention");
    case KeptRows::Why::Referenced:
        return QStringLiteral("referenced");
    case KeptRows::Why::PhoneOnly:
        return QStringLiteral("phone-only");
    case KeptRows::Why::NoStrategy:
        return QStringLiteral("no-strategy");
    }
    return {};
}

QString tableActionKey(ErasureTablePlan::Action action)
{
    switch (action) {
    case ErasureTablePlan::Action::DeleteRows:
        return QStringLiteral("delete");
    case ErasureTablePlan::Action::UpdateFields:
        return QStringLiteral("update");
    case ErasureTablePlan::Action::None:
        return QStringLiteral("none");
    }
    return {};
}

qint64 ErasureTablePlan::keptCount() const
{
    qint64 n = 0;
    for (const KeptRows& k : kept)
        n += k.keys.size();
    return n;
}

qint64 ErasureProcessorPlan::targets() const
{
    qint64 n = 0;
    for (const Set& s : sets)
        n += s.ids.size();
    return n;
}

ErasurePlan::Counts ErasurePlan::counts() const
{
    Counts c;
    for (const ErasureSystemPlan& s : systems) {
        for (const ErasureSourcePlan& src : s.sources) {
            for (const ErasureNulling& n : src.nullFirst)
                c.nullFirst += n.keys.size();
            for (const ErasureTablePlan& t : src.tables) {
                if (t.action == ErasureTablePlan::Action::DeleteRows)
                    c.deleteRows += t.keys.size();
                else if (t.action == ErasureTablePlan::Action::UpdateFields)
                    c.updateRows += t.keys.size();
                for (const KeptRows& k : t.kept) {
                    if (k.why == KeptRows::Why::PhoneOnly)
                        c.phoneOnlyLeft += k.keys.size();
                    else
                        c.kept += k.keys.size();
                }
            }
        }
        for (const ErasureProcessorPlan& p : s.processors) {
            c.processorRecords += p.targets();
            c.phoneOnlyLeft += p.phoneOnlyLeft;
        }
        c.manualTasks += s.manualTasks.size();
    }
    return c;
}

QStringList ErasurePlan::keptForNoStrategy() const
{
    QStringList out;
    for (const ErasureSystemPlan& s : systems) {
        for (const ErasureSourcePlan& src : s.sources) {
            for (const ErasureTablePlan& t : src.tables) {
                qint64 n = 0;
                for (const KeptRows& k : t.kept) {
                    if (k.why == KeptRows::Why::NoStrategy)
                        n += k.keys.size();
                }
                if (n > 0)
                    out << ErasurePlanner::tr("%1 › %2.%3: %n row(s) kept: the data map erases no field of "
                                              "this table",
                                              nullptr, int(n))
                               .arg(s.key, src.source, t.table);
            }
        }
    }
    return out;
}

QJsonObject ErasurePlan::toJson(bool withKeys) const
{
    return toJsonWith(withKeys, nullptr, {});
}

QJsonObject ErasurePlan::toJsonWith(bool withKeys, QList<const KeyList*>* lists,
                                    const QString& placeholder) const
{
    auto keysJson = [&](const KeyList& keys, QJsonObject& o) {
        o[QStringLiteral("count")] = qint64(keys.size());
        if (!withKeys)
            return;
        if (lists) {
            o[QStringLiteral("keys")] = placeholder + QString::number(lists->size());
            *lists << &keys;
        } else {
            QByteArray packed;
            keys.appendPacked(packed);
            o[QStringLiteral("keys")] = QString::fromUtf8(packed);
        }
    };
    QJsonArray systemsJson;
    for (const ErasureSystemPlan& s : systems) {
        QJsonArray sourcesJson;
        for (const ErasureSourcePlan& src : s.sources) {
            QJsonArray nullsJson;
            for (const ErasureNulling& n : src.nullFirst) {
                QJsonObject o{{QStringLiteral("table"), n.table},
                              {QStringLiteral("column"), n.column},
                              {QStringLiteral("key_columns"), QJsonArray::fromStringList(n.keyColumns)}};
                if (!n.schema
                         .isEmpty()) // only when set: plans of tables in the default schema keep their digest
                    o[QStringLiteral("schema")] = n.schema;
                keysJson(n.keys, o);
                nullsJson << o;
            }
            QJsonArray tablesJson;
            for (const ErasureTablePlan& t : src.tables) {
                QJsonArray changes;
                for (const ErasureFieldChange& c : t.changes) {
                    QJsonObject co{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("strategy"), strategyKey(c.strategy)}};
                    if (c.strategy == ErasureStrategy::Fixed)
                        co[QStringLiteral("value")] = c.fixedValue;
                    changes << co;
                }
                QJsonArray keptJson;
                for (const KeptRows& k : t.kept) {
                    QJsonObject ko{{QStringLiteral("why"), keptWhyKey(k.why)},
                                   {QStringLiteral("reason"), k.reason}};
                    if (k.until.isValid())
                        ko[QStringLiteral("until")] = k.until.toString(Qt::ISODate);
                    keysJson(k.keys, ko);
                    keptJson << ko;
                }
                QJsonObject to{{QStringLiteral("table"), t.table},
                               {QStringLiteral("key_columns"), QJsonArray::fromStringList(t.keyColumns)},
                               {QStringLiteral("action"), tableActionKey(t.action)},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("kept"), keptJson},
                               {QStringLiteral("found"), t.found},
                               {QStringLiteral("phone_confirmed"), t.phoneConfirmed}};
                if (!t.schema.isEmpty())
                    to[QStringLiteral("schema")] = t.schema;
                if (t.related > 0) // only when set: plans without related rows keep their digest
                    to[QStringLiteral("related")] = t.related;
                keysJson(t.keys, to);
                tablesJson << to;
            }
            sourcesJson << QJsonObject{
                {QStringLiteral("source"), src.source},
                {QStringLiteral("null_first"), nullsJson},
                {QStringLiteral("tables"), tablesJson},
                {QStringLiteral("self_ordered"), QJsonArray::fromStringList(src.selfOrdered)}};
        }
        QJsonArray processorsJson;
        for (const ErasureProcessorPlan& p : s.processors) {
            QJsonArray sets;
            for (const ErasureProcessorPlan::Set& set : p.sets) {
                QJsonObject so{{QStringLiteral("lookup"), set.lookup},
                               {QStringLiteral("name"), set.name},
                               {QStringLiteral("count"), qint64(set.ids.size())}};
                if (withKeys) {
                    so[QStringLiteral("ids")] = QJsonArray::fromStringList(set.ids);
                    if (!set.targets.isEmpty()) {
                        QJsonArray targets;
                        for (const QJsonObject& t : set.targets)
                            targets << t;
                        so[QStringLiteral("targets")] = targets;
                    }
                }
                sets << so;
            }
            processorsJson << QJsonObject{{QStringLiteral("connection"), p.connection},
                                          {QStringLiteral("processor"), p.processor},
                                          {QStringLiteral("name"), p.processorName},
                                          {QStringLiteral("sets"), sets},
                                          {QStringLiteral("steps"), QJsonArray::fromStringList(p.steps)},
                                          {QStringLiteral("keeps"), QJsonArray::fromStringList(p.keeps)},
                                          {QStringLiteral("phone_only_left"), p.phoneOnlyLeft},
                                          {QStringLiteral("errors"), QJsonArray::fromStringList(p.errors)}};
        }
        QJsonArray manualJson;
        for (const Recipient& r : s.manualTasks)
            manualJson << QJsonObject{{QStringLiteral("processor"), r.name},
                                      {QStringLiteral("instructions"), r.manual}};
        QJsonArray learnedJson;
        for (const Identity& i : s.learned)
            learnedJson << i.value;
        systemsJson << QJsonObject{{QStringLiteral("system"), s.key},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("sources"), sourcesJson},
                                   {QStringLiteral("processors"), processorsJson},
                                   {QStringLiteral("manual_tasks"), manualJson},
                                   {QStringLiteral("learned_user_ids"), qint64(s.learned.size())}};
        if (withKeys)
            systemsJson.last() = [&] {
                QJsonObject o = systemsJson.last().toObject();
                o[QStringLiteral("learned")] = learnedJson;
                return o;
            }();
    }
    QJsonArray ids;
    for (const Identity& i : identities)
        ids << QJsonObject{{QStringLiteral("kind"), Names::key(i.kind)}, {QStringLiteral("value"), i.value}};
    const Counts c = counts();
    QJsonObject out{
        {QStringLiteral("request"), requestId},
        {QStringLiteral("made_on"), madeOn.toString(Qt::ISODate)},
        {QStringLiteral("phone_matches_confirmed"), phoneMatchesConfirmed},
        {QStringLiteral("systems"), systemsJson},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("delete_rows"), c.deleteRows},
                                               {QStringLiteral("update_rows"), c.updateRows},
                                               {QStringLiteral("null_first"), c.nullFirst},
                                               {QStringLiteral("kept"), c.kept},
                                               {QStringLiteral("phone_only_left"), c.phoneOnlyLeft},
                                               {QStringLiteral("processor_records"), c.processorRecords},
                                               {QStringLiteral("manual_tasks"), c.manualTasks}}},
    };
    if (withKeys) {
        out[QStringLiteral("identities")] = ids;
        out[QStringLiteral("subject")] = subjectName;
    }
    if (!digest.isEmpty())
        out[QStringLiteral("digest")] = digest;
    return out;
}

Result<ErasurePlan> ErasurePlan::fromJson(const QJsonObject& json)
{
    auto bad = [](const QString& what) {
        return makeError(Error::Code::Storage,
                         ErasurePlanner::tr("The stored erasure plan is damaged: %1.").arg(what));
    };
    ErasurePlan p;
    p.requestId = json.value(QStringLiteral("request")).toString();
    p.subjectName = json.value(QStringLiteral("subject")).toString();
    p.madeOn = QDate::fromString(json.value(QStringLiteral("made_on")).toString(), Qt::ISODate);
    p.phoneMatchesConfirmed = json.value(QStringLiteral("phone_matches_confirmed")).toBool();
    p.digest = json.value(QStringLiteral("digest")).toString();
    for (const QJsonValue& v : json.value(QStringLiteral("problems")).toArray())
        p.problems << v.toString();
    for (const QJsonValue& v : json.value(QStringLiteral("identities")).toArray()) {
        const auto kind = Names::parseIdentityKind(v[QStringLiteral("kind")].toString());
        if (!kind)
            return bad(QStringLiteral("identities"));
        p.identities << Identity{*kind, v[QStringLiteral("value")].toString()};
    }
    auto strings = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& s : v.toArray())
            out << s.toString();
        return out;
    };
    for (const QJsonValue& sv : json.value(QStringLiteral("systems")).toArray()) {
        ErasureSystemPlan s;
        s.key = sv[QStringLiteral("system")].toString();
        s.name = sv[QStringLiteral("name")].toString();
        for (const QJsonValue& l : sv[QStringLiteral("learned")].toArray())
            s.learned << Identity{IdentityKind::UserId, l.toString()};
        for (const QJsonValue& srcv : sv[QStringLiteral("sources")].toArray()) {
            ErasureSourcePlan src;
            src.source = srcv[QStringLiteral("source")].toString();
            src.selfOrdered = strings(srcv[QStringLiteral("self_ordered")]);
            for (const QJsonValue& nv : srcv[QStringLiteral("null_first")].toArray()) {
                ErasureNulling n;
                n.table = nv[QStringLiteral("table")].toString();
                n.schema = nv[QStringLiteral("schema")].toString();
                n.column = nv[QStringLiteral("column")].toString();
                n.keyColumns = strings(nv[QStringLiteral("key_columns")]);
                n.keys = KeyList::fromPacked(nv[QStringLiteral("keys")].toString());
                src.nullFirst << n;
            }
            for (const QJsonValue& tv : srcv[QStringLiteral("tables")].toArray()) {
                ErasureTablePlan t;
                t.table = tv[QStringLiteral("table")].toString();
                t.schema = tv[QStringLiteral("schema")].toString();
                t.keyColumns = strings(tv[QStringLiteral("key_columns")]);
                const auto action = parseKey<ErasureTablePlan::Action>(
                    tv[QStringLiteral("action")].toString(), tableActionKey,
                    {ErasureTablePlan::Action::DeleteRows, ErasureTablePlan::Action::UpdateFields,
                     ErasureTablePlan::Action::None});
                if (!action)
                    return bad(QStringLiteral("action of %1").arg(t.table));
                t.action = *action;
                for (const QJsonValue& cv : tv[QStringLiteral("changes")].toArray()) {
                    const auto strategy = parseStrategy(cv[QStringLiteral("strategy")].toString());
                    if (!strategy)
                        return bad(QStringLiteral("strategy in %1").arg(t.table));
                    t.changes << ErasureFieldChange{cv[QStringLiteral("field")].toString(), *strategy,
                                                    cv[QStringLiteral("value")].toString()};
                }
                for (const QJsonValue& kv : tv[QStringLiteral("kept")].toArray()) {
                    const auto why =
                        parseKey<KeptRows::Why>(kv[QStringLiteral("why")].toString(), keptWhyKey,
                                                {KeptRows::Why::Retention, KeptRows::Why::Referenced,
                                                 KeptRows::Why::PhoneOnly, KeptRows::Why::NoStrategy});
                    if (!why)
                        return bad(QStringLiteral("kept rows of %1").arg(t.table));
                    t.kept << KeptRows{*why, kv[QStringLiteral("reason")].toString(),
                                       QDate::fromString(kv[QStringLiteral("until")].toString(), Qt::ISODate),
                                       KeyList::fromPacked(kv[QStringLiteral("keys")].toString())};
                }
                t.keys = KeyList::fromPacked(tv[QStringLiteral("keys")].toString());
                if (t.keys.size() != tv[QStringLiteral("count")].toInteger())
                    return bad(QStringLiteral("keys of %1").arg(t.table));
                t.found = tv[QStringLiteral("found")].toInteger();
                t.phoneConfirmed = tv[QStringLiteral("phone_confirmed")].toInteger();
                t.related = tv[QStringLiteral("related")].toInteger();
                src.tables << t;
            }
            s.sources << src;
        }
        for (const QJsonValue& pv : sv[QStringLiteral("processors")].toArray()) {
            ErasureProcessorPlan pp;
            pp.connection = pv[QStringLiteral("connection")].toString();
            pp.processor = pv[QStringLiteral("processor")].toString();
            pp.processorName = pv[QStringLiteral("name")].toString();
            pp.found.connection = pp.connection;
            pp.found.processor = pp.processor;
            pp.found.processorName = pp.processorName;
            for (const QJsonValue& setv : pv[QStringLiteral("sets")].toArray()) {
                ErasureProcessorPlan::Set set{setv[QStringLiteral("lookup")].toString(),
                                              setv[QStringLiteral("name")].toString(),
                                              strings(setv[QStringLiteral("ids")]),
                                              {}};
                // The records the steps run on, as the plan stored them: a run never searches again.
                ProcessorRecordSet rs;
                rs.lookup = set.lookup;
                rs.name = set.name;
                for (const QJsonValue& tv : setv[QStringLiteral("targets")].toArray()) {
                    const QJsonObject t = tv.toObject();
                    set.targets << t;
                    const QJsonObject idj = t.value(QStringLiteral("identity")).toObject();
                    const auto kind = Names::parseIdentityKind(idj.value(QStringLiteral("kind")).toString());
                    rs.records << t.value(QStringLiteral("record")).toObject();
                    rs.parents << t.value(QStringLiteral("parents")).toObject();
                    rs.identities << Identity{kind.value_or(IdentityKind::Email),
                                              idj.value(QStringLiteral("value")).toString()};
                    rs.via << QString();
                }
                if (!rs.records.isEmpty())
                    pp.found.sets << rs;
                pp.sets << set;
            }
            pp.steps = strings(pv[QStringLiteral("steps")]);
            pp.keeps = strings(pv[QStringLiteral("keeps")]);
            pp.phoneOnlyLeft = pv[QStringLiteral("phone_only_left")].toInteger();
            pp.errors = strings(pv[QStringLiteral("errors")]);
            s.processors << pp;
        }
        for (const QJsonValue& mv : sv[QStringLiteral("manual_tasks")].toArray()) {
            Recipient r;
            r.name = mv[QStringLiteral("processor")].toString();
            r.manual = mv[QStringLiteral("instructions")].toString();
            s.manualTasks << r;
        }
        p.systems << s;
    }
    return p;
}

namespace {

// A random text no plan holds: where a key list goes in the plan's JSON while the rest is serialized.
QString placeholderText()
{
    const quint64 a = QRandomGenerator::system()->generate64(), b = QRandomGenerator::system()->generate64();
    return QStringLiteral("lethe-keys-%1%2-")
        .arg(a, 16, 16, QLatin1Char('0'))
        .arg(b, 16, 16, QLatin1Char('0'));
}

} // namespace

void ErasurePlan::writeJsonWith(const QJsonObject& skeleton, const QList<const KeyList*>& lists,
                                const QString& placeholder,
                                const std::function<void(QByteArrayView)>& out) const
{
    const QByteArray json = QJsonDocument(skeleton).toJson(QJsonDocument::Compact);
    const QByteArray marker = '"' + placeholder.toLatin1();
    // A key list's text, escaped as QJsonDocument escapes a string (it escapes character by character, so
    // escaping the text in pieces cut between keys gives the same bytes as escaping it whole).
    auto writeKeys = [&](const KeyList& keys) {
        QByteArray piece;
        auto flush = [&] {
            if (piece.isEmpty())
                return;
            const QByteArray escaped =
                QJsonDocument(QJsonArray{QString::fromUtf8(piece)}).toJson(QJsonDocument::Compact);
            out(QByteArrayView(escaped).sliced(2, escaped.size() - 4)); // ["…"]
            piece.clear();
        };
        out("\"");
        keys.forEachPacked([&](QByteArrayView part) {
            piece.append(part);
            if (piece.size() >= 1 << 16)
                flush();
        });
        flush();
        out("\"");
    };
    qsizetype at = 0;
    for (;;) {
        const qsizetype next = json.indexOf(marker, at);
        if (next < 0)
            break;
        out(QByteArrayView(json).sliced(at, next - at));
        const qsizetype digits = next + marker.size();
        const qsizetype close = json.indexOf('"', digits);
        const int index = json.mid(digits, close - digits).toInt();
        writeKeys(*lists.at(index));
        at = close + 1;
    }
    out(QByteArrayView(json).sliced(at));
}

void ErasurePlan::writeJson(const std::function<void(QByteArrayView)>& out) const
{
    QList<const KeyList*> lists;
    const QString placeholder = placeholderText();
    writeJsonWith(toJsonWith(true, &lists, placeholder), lists, placeholder, out);
}

QByteArray ErasurePlan::toStoredJson() const
{
    QByteArray json;
    writeJson([&](QByteArrayView piece) { json.append(piece); });
    return json;
}

QString ErasurePlan::computeDigest() const
{
    QList<const KeyList*> lists;
    const QString placeholder = placeholderText();
    QJsonObject j = toJsonWith(true, &lists, placeholder);
    j.remove(QStringLiteral("made_on"));
    j.remove(QStringLiteral("digest"));
    Sha256 hash; // the same digest as QCryptographicHash's, faster (a million keys are 20 MB of JSON)
    writeJsonWith(j, lists, placeholder, [&](QByteArrayView piece) { hash.addData(piece); });
    return QString::fromLatin1(hash.result().toHex());
}

Status ErasurePlanner::checkUnchanged(const ErasurePlan& fresh, const QString& shownDigest)
{
    if (!fresh.problems.isEmpty())
        return makeError(Error::Code::IllegalState,
                         tr("%1: the plan has problems and cannot run: %2")
                             .arg(fresh.requestId, fresh.problems.join(QStringLiteral("; "))));
    if (fresh.digest != shownDigest.trimmed().toLower())
        return makeError(
            Error::Code::Conflict,
            tr("%1: the data changed since the plan %2 was made (it is now %3); make the plan again, "
               "check it, and run that one.")
                .arg(fresh.requestId, shownDigest.left(16), fresh.digest.left(16)));
    return {};
}

bool ErasurePlanner::retains(const RetentionRule& rule, const QVariant& whenValue, const QVariant& fromValue,
                             QDate today, QDate* until)
{
    if (!rule.whenField.isEmpty() && !rule.whenValues.contains(whenValue.toString()))
        return false;
    if (rule.fromField.isEmpty()) {
        *until = QDate();
        return true;
    }
    QDate from;
    if (fromValue.typeId() == QMetaType::QDate)
        from = fromValue.toDate();
    else if (fromValue.typeId() == QMetaType::QDateTime)
        from = fromValue.toDateTime().date();
    else
        from = QDate::fromString(fromValue.toString().left(10), Qt::ISODate);
    if (!from.isValid()) {
        *until = QDate(); // no readable date: kept, with no end, for a person to look at
        return true;
    }
    // Periods run in calendar years and months, as the law counts them (7 years from 1 June 2025 ends on
    // 1 June 2032); a period the rule gives only in days is added as days.
    static const QRegularExpression period(QStringLiteral("^\\s*(\\d{1,4})\\s*([dmy])\\s*$"));
    const auto m = period.match(rule.keepFor.toLower());
    if (m.hasMatch() && m.captured(2) == QLatin1String("y"))
        *until = from.addYears(m.captured(1).toInt());
    else if (m.hasMatch() && m.captured(2) == QLatin1String("m"))
        *until = from.addMonths(m.captured(1).toInt());
    else
        *until = from.addDays(rule.keepDays);
    return *until > today;
}

namespace {

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

// The plan for one source, from the rows the search found.
void planSource(const DataSource& source, const QList<Collect>& found, const ErasureOrder::Plan& order,
                const QList<ErasureOrder::Reference>& refs, const QList<ErasureOrder::Link>& links,
                const QList<Inbound>& inbound, const QSet<int>& relatedKept,
                const ErasurePlanner::Input& input, ErasureSourcePlan& out)
{
    auto tableIndex = [&](const QString& name) {
        for (int i = 0; i < source.tables.size(); ++i)
            if (source.tables[i].name == name)
                return i;
        return -1;
    };
    auto fieldIndex = [&](int t, const QString& name) {
        for (int i = 0; i < source.tables[t].fields.size(); ++i)
            if (source.tables[t].fields[i].name == name)
                return i;
        return -1;
    };

    // What happens to each found row: -1 acted on, otherwise the index of its KeptRows group.
    QList<ErasureTablePlan> plans(source.tables.size());
    QList<QList<int>> fate(source.tables.size());
    QList<QHash<QString, int>> groupOf(source.tables.size()); // reason|until -> kept group
    auto keep = [&](int t, int row, KeptRows::Why why, const QString& reason, QDate until) {
        const QString g =
            keptWhyKey(why) + QLatin1Char('|') + reason + QLatin1Char('|') + until.toString(Qt::ISODate);
        int idx = groupOf[t].value(g, -1);
        if (idx < 0) {
            idx = int(plans[t].kept.size());
            groupOf[t].insert(g, idx);
            plans[t].kept << KeptRows{why, reason, until, {}};
        }
        fate[t][row] = idx;
    };

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
        fate[t] = QList<int>(c.rows.size(), -1);
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
                     ErasurePlanner::tr("related, not the subject's own: erasing it would need a circle of "
                                        "references broken"),
                     {});
            else if (row.phoneOnly && !input.confirmPhoneMatches)
                keep(t, r, KeptRows::Why::PhoneOnly, nowhere(), {});
            else if (p.action == ErasureTablePlan::Action::None)
                keep(t, r, KeptRows::Why::NoStrategy,
                     ErasurePlanner::tr("the data map erases no field of this table"), {});
        }
    }

    // A row that stays (kept, or only updated) and points at a row to be deleted keeps that row too: deleting
    // it would fail on the foreign key, or cascade into the row that stays. Repeated until nothing changes,
    // since a row kept this way may point further up.
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
                childNulls =
                    childNulls || (link.columns.contains(ch.field) && ch.strategy == ErasureStrategy::Null);
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

    // The same against the database itself: every foreign key of the live schema that points at a row to be
    // deleted, declared in the map or not, from a mapped table or not. A row the plan does not remove (one it
    // did not find, keeps, or only updates without nulling the reference) still points at it afterwards: the
    // row is kept, with the reference named. The rows pointing at a found row were counted once; what changes
    // from round to round is only which of the found ones go, so this repeats until nothing changes.
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
            // The rows of a mapped child that the plan removes, per parent value: deleted, or updated with
            // the reference nulled.
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
                    for (int r = 0; r < found[ct].rows.size(); ++r)
                        if (fate[ct][r] < 0)
                            if (const auto v = tupleOf(found[ct].rows[r], cf))
                                ++removed[*v];
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
                    keep(
                        pt, r, KeptRows::Why::Referenced,
                        ErasurePlanner::tr("related, not the subject's own: %n row(s) that stay point at it "
                                           "through %1.%2 → %3",
                                           "", int(qMin<qint64>(staying, INT_MAX)))
                            .arg(in.key.table, in.key.columns.join(QStringLiteral(", ")), in.key.parentTable),
                        {});
                    changed = true;
                    continue;
                }
                keep(pt, r, KeptRows::Why::Referenced,
                     ErasurePlanner::tr("other rows point at it through %1.%2 → %3, and they stay")
                         .arg(in.key.table, in.key.columns.join(QStringLiteral(", ")), in.key.parentTable),
                     {});
                changed = true;
            }
        }
    }

    for (int t = 0; t < source.tables.size(); ++t) {
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

    // Rows of a table that point at rows of the same table through a NOT NULL column: a row goes before the
    // row it points at.
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
            if (next.size() == remaining.size()) { // a loop among the rows themselves: left in found order
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
        out.tables << plans[tableIndex(name)];
    for (int t = 0; t < source.tables.size(); ++t)
        if (!order.order.contains(source.tables[t].name))
            out.tables << plans[t];
}

} // namespace

namespace {

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

} // namespace

Result<ErasurePlan> ErasurePlanner::build(const Input& input)
{
    ErasurePlan plan;
    plan.requestId = input.request.humanId;
    plan.subjectName = input.request.subjectName;
    plan.madeOn = input.today;
    plan.phoneMatchesConfirmed = input.confirmPhoneMatches;
    for (const Identity& i : input.request.identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        if (!plan.identities.contains(*n))
            plan.identities << *n;
    }
    auto cancelled = [&] { return input.cancel && input.cancel->load(); };
    auto progress = [&](const QString& step) {
        if (input.progress)
            input.progress(step);
    };
    QSet<QString> connectionsSeen;

    for (const SystemInput& sys : input.systems) {
        const DataMap& map = sys.map;
        ErasureSystemPlan sp;
        sp.key = map.key;
        sp.name = map.name;
        sp.manualTasks = sys.manual;

        // The live schema first: references, nullability, order and strategies, per source.
        QList<QList<Collect>> collected(map.sources.size());
        QList<ErasureOrder::Plan> orders(map.sources.size());
        QList<QList<ErasureOrder::Reference>> refs(map.sources.size());
        QList<QList<ErasureOrder::Link>> links(map.sources.size());
        QList<QList<Inbound>> inbound(map.sources.size());
        QList<bool> usable(map.sources.size(), false);
        for (int s = 0; s < map.sources.size(); ++s) {
            const DataSource& src = map.sources[s];
            progress(tr("Reading the schema of %1 › %2").arg(map.name, src.key));
            SqlConnection conn;
            if (Status st = conn.open(sys.connections.value(s, src.connection)); !st) {
                plan.problems << tr("%1 › %2: cannot connect: %3")
                                     .arg(map.key, src.key,
                                          sys.sourceProblems.contains(src.key)
                                              ? sys.sourceProblems.value(src.key) + QStringLiteral("; ") +
                                                    st.error().message
                                              : st.error().message);
                continue;
            }
            // The live schema in one pass: column types, NULL, keys and foreign keys. Every strategy is
            // checked against the column it writes: a value the column refuses would fail the run halfway,
            // after other rows are gone.
            QList<SqlConnection::ForeignKey> live;
            auto columns = ErasureOrder::liveColumns(conn.db(), conn.engine(), src, &live);
            if (!columns) {
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, columns.error().message);
                continue;
            }
            QStringList missing;
            for (const Table& t : src.tables) {
                bool found = false;
                for (auto it = columns->cbegin(); !found && it != columns->cend(); ++it)
                    found = it->table == t.name;
                if (!found)
                    missing << t.name;
            }
            if (!missing.isEmpty()) {
                for (const QString& t : std::as_const(missing))
                    plan.problems << QStringLiteral("%1 › %2: %3")
                                         .arg(map.key, src.key,
                                              ErasureOrder::tr(
                                                  "The table %1 of source %2 is not in the database.")
                                                  .arg(t, src.key));
                continue;
            }
            // A partition or inheritance child listed beside its parent: the parent's query reads its rows,
            // so they would be counted and erased twice.
            if (const auto twice = DataMapLive::partitionProblems(map.file, src, conn.db(), conn.engine());
                !twice.isEmpty()) {
                for (const DataMapIssue& p : twice)
                    plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, p.toString());
                continue;
            }
            QSet<QString> nullable;
            for (auto it = columns->cbegin(); it != columns->cend(); ++it)
                if (it->nullable)
                    nullable.insert(it.key());
            QStringList names;
            for (const Table& t : src.tables)
                names << t.name;
            // The order and the kept-because-referenced rule read the mapped tables' foreign keys with a
            // composite key's columns paired by position; the strategy check reads every key of the schema.
            const auto declared = SqlConnection::foreignKeys(conn.db(), conn.engine(), src.tableNames());
            refs[s] = ErasureOrder::references(src, declared, nullable);
            links[s] = ErasureOrder::links(src, declared);
            bool fine = true;
            for (const DataMapIssue& p : ErasureOrder::strategyProblems(map.file, src, *columns))
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, p.toString());
            // Every foreign key of the database that points at a mapped table, from whatever table: a row
            // another row points at is not deleted while that row stays (checked once the rows are known).
            // (In every schema; the mapped tables named as the map names them, SqlConnection::foreignKeys.)
            for (const SqlConnection::CompositeKey& k : SqlConnection::group(
                     SqlConnection::foreignKeys(conn.db(), conn.engine(), src.tableNames(), true))) {
                const int pt = int(names.indexOf(k.parentTable));
                if (pt < 0)
                    continue;
                Inbound in{k, int(names.indexOf(k.table)), {}, {}};
                QStringList undeclared;
                for (const QString& c : k.parentColumns) {
                    bool has = false;
                    for (const Field& f : src.tables[pt].fields)
                        has = has || f.name == c;
                    if (!has)
                        undeclared << c;
                }
                if (!undeclared.isEmpty()) {
                    plan.problems << QStringLiteral("%1 › %2: %3")
                                         .arg(
                                             map.key, src.key,
                                             tr("The foreign key %1.(%2) points at %3.(%4), but the data map "
                                                "does not declare %5 in %3, so the plan cannot tell which "
                                                "rows it protects. Declare the column in the table %3.")
                                                 .arg(k.table, k.columns.join(QStringLiteral(", ")),
                                                      k.parentTable,
                                                      k.parentColumns.join(QStringLiteral(", ")),
                                                      undeclared.join(QStringLiteral(", "))));
                    fine = false;
                    continue;
                }
                if (in.child >= 0) {
                    for (const QString& c : k.columns)
                        for (int f = 0; f < src.tables[in.child].fields.size(); ++f)
                            if (src.tables[in.child].fields[f].name == c)
                                in.childFields << f;
                }
                inbound[s] << in;
            }
            // The map's own references count as well: where the database has no foreign key, a row that
            // stays and points at a deleted one through a declared reference would point at nothing.
            auto declaredInbound = [&](const QString& child, const QStringList& cols, const QString& parent,
                                       const QStringList& to) {
                const int pt = int(names.indexOf(parent)), ct = int(names.indexOf(child));
                if (pt < 0 || ct < 0 || cols.size() != to.size())
                    return;
                for (const Inbound& in : std::as_const(inbound[s]))
                    if (in.key.table == child && in.key.columns == cols && in.key.parentTable == parent &&
                        in.key.parentColumns == to)
                        return;
                Inbound in{{child, cols, parent, to, src.tables[ct].schema, child}, ct, {}, {}};
                for (const QString& c : cols)
                    for (int f = 0; f < src.tables[ct].fields.size(); ++f)
                        if (src.tables[ct].fields[f].name == c)
                            in.childFields << f;
                for (const QString& c : to) {
                    bool has = false;
                    for (const Field& f : src.tables[pt].fields)
                        has = has || f.name == c;
                    if (!has)
                        return; // the map's validation names it
                }
                inbound[s] << in;
            };
            for (const Table& t : src.tables) {
                for (const Field& f : t.fields)
                    if (f.references)
                        declaredInbound(t.name, {f.name}, f.references->table, {f.references->field});
                for (const TableReference& r : t.references)
                    declaredInbound(t.name, r.columns, r.table, r.to);
            }
            if (!fine)
                continue;
            usable[s] = true;
            // The columns the plan reads besides the key: retention rules' fields and both ends of
            // references.
            for (int t = 0; t < src.tables.size(); ++t) {
                const Table& table = src.tables[t];
                Collect c;
                QStringList extra;
                for (const RetentionRule& r : table.retention)
                    extra << r.whenField << r.fromField;
                for (const ErasureOrder::Reference& r : std::as_const(refs[s])) {
                    if (r.child == table.name)
                        extra << r.column;
                    if (r.parent == table.name)
                        extra << r.parentColumn;
                }
                for (const Inbound& in : std::as_const(inbound[s])) {
                    if (in.key.parentTable == table.name)
                        extra << in.key.parentColumns;
                    if (in.child == t)
                        extra << in.key.columns;
                }
                for (int f = 0; f < table.fields.size(); ++f) {
                    if (table.primaryKey.contains(table.fields[f].name))
                        c.keyFields << f;
                    if (extra.contains(table.fields[f].name))
                        c.extraFields << f;
                }
                // Key columns in the order the map's primary_key lists them.
                std::sort(c.keyFields.begin(), c.keyFields.end(), [&](int a, int b) {
                    return table.primaryKey.indexOf(table.fields[a].name) <
                           table.primaryKey.indexOf(table.fields[b].name);
                });
                collected[s] << c;
            }
        }
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Planning the erasure was cancelled."));

        // Every row, through the same traversal the preview uses.
        progress(tr("Searching %1").arg(map.name));
        QHash<QString, int> sourceIndex;
        for (int s = 0; s < map.sources.size(); ++s)
            sourceIndex.insert(map.sources[s].key, s);
        QList<std::shared_ptr<QMutex>> locks;
        for (int s = 0; s < map.sources.size(); ++s)
            locks << std::make_shared<QMutex>();
        // Tables whose related rows (rows the subject's rows point at: a customer's address) the plan may
        // erase: not a person's own rows (a table with an identity field: the employee a customer points at
        // is someone), holding personal data, with something for the plan to do. Whether nothing that stays
        // points at the row is decided once the rows are counted (countInbound, planSource).
        QList<QList<bool>> relatedErasable(map.sources.size());
        bool anyRelatedErasable = false;
        for (int s = 0; s < map.sources.size(); ++s) {
            for (const Table& t : map.sources[s].tables) {
                bool person = false, personal = false;
                for (const Field& f : t.fields) {
                    person = person || f.identity.has_value();
                    for (const QString& c : f.categories)
                        personal = personal || !c.startsWith(QLatin1String("system."));
                }
                const bool erasable = !person && personal && actionOf(t).changes;
                relatedErasable[s] << erasable;
                anyRelatedErasable = anyRelatedErasable || erasable;
            }
        }
        Traversal::Options o;
        o.previewRows = 0;
        o.related = anyRelatedErasable;
        o.relatedWanted = [&](const QString& sourceKey, int t) {
            const int s = sourceIndex.value(sourceKey, -1);
            return s >= 0 && relatedErasable[s].value(t);
        };
        o.cancel = input.cancel;
        o.sourceProblems = sys.sourceProblems;
        // The plan reads a row's key and the columns of its retention rules and references, nothing else.
        o.fieldsNeeded = [&](const QString& sourceKey, int t) {
            const int s = sourceIndex.value(sourceKey, -1);
            if (s < 0 || t < 0 || t >= collected[s].size())
                return QList<int>();
            return collected[s][t].keyFields + collected[s][t].extraFields;
        };
        auto rowKey = [](const Collect& c, const QVariantList& values) {
            QStringList key;
            for (int f : std::as_const(c.keyFields))
                key << values[f].toString();
            return key;
        };
        o.onRow = [&](const QString& sourceKey, int t, const QVariantList& values, bool phoneOnly, bool first,
                      bool others) {
            const int s = sourceIndex.value(sourceKey, -1);
            if (s < 0 || !usable[s])
                return;
            QMutexLocker lock(locks[s].get()); // a source's rows arrive on its own thread; the lock is cheap
            Collect& c = collected[s][t];
            // The usual row: first met, the subject's own, and nothing to look up again later.
            if (first && !phoneOnly && !others && c.relatedAt.isEmpty() && c.revisit.isEmpty()) {
                c.rows.appendValues(values, c.keyFields, c.extraFields, false);
                return;
            }
            QStringList key;
            for (int f : std::as_const(c.keyFields))
                key << values[f].toString();
            // Met as related first (an address), the subject's own now (a user id found later).
            if (!c.relatedAt.isEmpty()) {
                const auto rel = c.relatedAt.constFind(rowKeyOf(key));
                if (rel != c.relatedAt.cend()) {
                    c.rows.makeOwned(*rel, phoneOnly);
                    if (phoneOnly || others)
                        c.revisit.insert(rowKeyOf(key), *rel);
                    c.relatedAt.erase(rel);
                    return;
                }
            }
            // A row reported again (a repeat, or data about someone else now reached as the subject's own) is
            // one the plan holds already; only a row that was phone-only or someone else's can change.
            if (!first || !c.revisit.isEmpty()) {
                const auto it = c.revisit.constFind(rowKeyOf(key));
                if (it != c.revisit.cend()) {
                    if (!phoneOnly)
                        c.rows.clearPhoneOnly(*it);
                    return;
                }
                if (!first)
                    return;
            }
            QStringList extra;
            for (int f : std::as_const(c.extraFields))
                extra << packValue(values[f]);
            if (phoneOnly || others)
                c.revisit.insert(rowKeyOf(key), c.rows.size());
            c.rows.append(key, extra, phoneOnly);
        };
        o.onRelated = [&](const QString& sourceKey, int t, const QVariantList& values, bool someoneElses) {
            const int s = sourceIndex.value(sourceKey, -1);
            if (s < 0 || !usable[s] || !relatedErasable[s].value(t))
                return;
            QMutexLocker lock(locks[s].get());
            Collect& c = collected[s][t];
            const QStringList key = rowKey(c, values);
            const QString k = rowKeyOf(key);
            const auto it = c.relatedAt.constFind(k);
            if (it != c.relatedAt.cend()) {
                if (someoneElses)
                    c.rows.markSomeoneElses(*it);
                return;
            }
            QStringList extra;
            for (int f : std::as_const(c.extraFields))
                extra << packValue(values[f]);
            c.relatedAt.insert(k, c.rows.size());
            c.rows.append(key, extra, false, true, someoneElses);
        };
        auto dossier = Traversal::run(map, sys.connections, plan.identities, o);
        if (!dossier)
            return dossier.error();
        // A related row that is someone else's (reached through a column naming a person, or pointing at
        // another person's row) is not the plan's to touch: left alone, as the preview shows it.
        for (QList<Collect>& perSource : collected)
            for (Collect& c : perSource) {
                c.revisit.clear(); // the search is over: no row is reported again
                c.relatedAt.clear();
                if (c.anyRelated())
                    c.rows.dropSomeoneElses();
            }
        for (const DossierTable& t : dossier->tables)
            if (!t.error.isEmpty() && // said once (a partition beside its parent is said by the live check)
                std::none_of(plan.problems.cbegin(), plan.problems.cend(),
                             [&](const QString& p) { return p.endsWith(t.error); }))
                plan.problems << QStringLiteral("%1 › %2.%3: %4").arg(map.key, t.source, t.table, t.error);
        sp.learned = dossier->learned;

        for (int s = 0; s < map.sources.size(); ++s) {
            if (!usable[s])
                continue;
            const DataSource& src = map.sources[s];
            // The order, and the check for references that point in a circle, over the tables this plan
            // changes rows of (a row that stays and points at a deleted one keeps it, whatever the order):
            // two tables that point at each other but hold nothing of the subject do not stop the erasure.
            QStringList changing, names, relatedOnly;
            for (int t = 0; t < src.tables.size(); ++t) {
                names << src.tables[t].name;
                const FoundRows& rows = collected[s][t].rows;
                if (!rows.isEmpty() && actionOf(src.tables[t]).changes) {
                    changing << src.tables[t].name;
                    if (rows.relatedCount() == rows.size())
                        relatedOnly << src.tables[t].name;
                }
            }
            auto order = ErasureOrder::compute(changing, refs[s]);
            QSet<int> relatedKept; // tables whose related rows stay: erasing them needs a circle broken
            if (!order && !relatedOnly.isEmpty()) {
                // Erasing related rows must not stop an erasure of the subject's own rows: where they close
                // a circle of references, they stay, and the order is made without them.
                QStringList owned = changing;
                for (const QString& t : std::as_const(relatedOnly))
                    owned.removeAll(t);
                if (auto without = ErasureOrder::compute(owned, refs[s])) {
                    order = without;
                    for (const QString& t : std::as_const(relatedOnly))
                        relatedKept.insert(int(names.indexOf(t)));
                }
            }
            if (!order) {
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, order.error().message);
                continue;
            }
            orders[s] = *order;
            // How many rows point at each found row, per foreign key into a table the plan deletes from.
            if (Status st =
                    countInbound(sys.connections.value(s, src.connection), src, collected[s], inbound[s]);
                !st) {
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, src.key, st.error().message);
                continue;
            }
            ErasureSourcePlan out;
            out.source = src.key;
            planSource(src, collected[s], orders[s], refs[s], links[s], inbound[s], relatedKept, input, out);
            collected[s] = {}; // the plan holds its own copy of the keys now: freed before the next source
            sp.sources << out;
        }

        // The processors: by the request's identities, and those that look up by user id with the ids the
        // databases taught too.
        QList<ProcessorHub::Job> now, later;
        for (const ProcessorHub::Job& j : sys.processors) {
            if (connectionsSeen.contains(j.connection.key))
                continue; // two systems sharing a connection: planned once
            connectionsSeen.insert(j.connection.key);
            (ProcessorConnections::waitsForUserIds(j.definition) ? later : now) << j;
        }
        QList<ProcessorResult> results;
        if (!now.isEmpty() || !later.isEmpty())
            progress(tr("Looking up %1's processors").arg(map.name));
        if (!now.isEmpty())
            results += ProcessorHub::search(now, plan.identities, input.cancel);
        if (!later.isEmpty())
            results += ProcessorHub::search(later, plan.identities + sp.learned, input.cancel);
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Planning the erasure was cancelled."));
        for (const ProcessorResult& r : std::as_const(results)) {
            const ProcessorHub::Job* job = nullptr;
            for (const ProcessorHub::Job& j : std::as_const(sys.processors))
                if (j.connection.key == r.connection)
                    job = &j;
            ErasureProcessorPlan pp;
            pp.connection = r.connection;
            pp.processor = r.processor;
            pp.processorName = r.processorName;
            pp.keeps = r.keeps;
            pp.errors = r.errors;
            for (const QString& e : r.errors)
                plan.problems << QStringLiteral("%1 › %2: %3").arg(map.key, r.processorName, e);
            pp.found = r;
            pp.found.sets.clear();
            for (const ProcessorRecordSet& set : r.sets) {
                ProcessorRecordSet kept = set;
                kept.records.clear();
                kept.via.clear();
                kept.parents.clear();
                kept.identities.clear();
                ErasureProcessorPlan::Set ps{set.lookup, set.name, {}, {}};
                const Lookup* lookup = job ? job->definition.lookup(set.lookup) : nullptr;
                const QHash<QString, QStringList> read =
                    job ? ProcessorErasure::fieldsRead(job->definition) : QHash<QString, QStringList>();
                for (int i = 0; i < set.records.size(); ++i) {
                    if (set.identities.value(i).kind == IdentityKind::Phone && !input.confirmPhoneMatches) {
                        ++pp.phoneOnlyLeft;
                        continue;
                    }
                    kept.records << set.records[i];
                    kept.via << set.via.value(i);
                    kept.parents << set.parents.value(i);
                    kept.identities << set.identities.value(i);
                    ps.ids << (lookup && !lookup->id.isEmpty()
                                   ? Templates::text(Templates::value(set.records[i], lookup->id))
                                   : QString::number(i + 1));
                    QJsonObject parents;
                    const QJsonObject allParents = set.parents.value(i);
                    for (auto it = allParents.begin(); it != allParents.end(); ++it)
                        parents.insert(
                            it.key(), ProcessorErasure::project(it.value().toObject(), read.value(it.key())));
                    const Identity by = set.identities.value(i);
                    ps.targets << QJsonObject{
                        {QStringLiteral("id"), ps.ids.last()},
                        {QStringLiteral("record"),
                         ProcessorErasure::project(set.records[i], read.value(set.lookup))},
                        {QStringLiteral("parents"), parents},
                        {QStringLiteral("identity"),
                         QJsonObject{{QStringLiteral("kind"), Names::key(by.kind)},
                                     {QStringLiteral("value"), by.value}}}};
                }
                pp.found.sets << kept;
                if (!ps.ids.isEmpty())
                    pp.sets << ps;
            }
            if (job) {
                for (const ErasureStep& step : job->definition.erasure) {
                    pp.steps << QStringLiteral("%1 (%2)").arg(step.name, erasureEffectKey(step.effect));
                    // A step that erases by identity (Google Analytics by user id) reaches one target per
                    // identity of its kind: listed by kind and number, never by value.
                    if (!step.identity)
                        continue;
                    ErasureProcessorPlan::Set ps{QStringLiteral("identity:") + step.key, step.name, {}, {}};
                    const QList<Identity> all = plan.identities + sp.learned;
                    for (const Identity& i : all)
                        if (i.kind == *step.identity &&
                            (i.kind != IdentityKind::Phone || input.confirmPhoneMatches))
                            ps.ids << QStringLiteral("%1 %2").arg(Names::key(i.kind)).arg(ps.ids.size() + 1);
                    if (!ps.ids.isEmpty())
                        pp.sets << ps;
                }
            }
            sp.processors << pp;
        }
        plan.systems << sp;
    }
    canonicalize(plan);
    plan.digest = plan.computeDigest();
    return plan;
}

} // namespace lethe
