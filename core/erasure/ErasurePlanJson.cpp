// Reading a plan's stored JSON back (ErasurePlan::readJson): the one reader of the form ErasurePlan::toJson
// writes, pulled piece by piece (JsonPull) and built into the plan as it is read, so a resume holds the plan,
// not its text nor a QJsonDocument of it besides. fromJson() goes through it too.
#include "ErasurePlan.h"
#include "ErasurePlanRows.h"
#include "JsonPull.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace lethe {

using namespace erasureplan;

namespace {

using Token = JsonPull::Token;

// Any text of the plan but its key lists (names, reasons, instructions, a processor record's values).
constexpr qsizetype kMaxText = 4 << 20;
// One key list's text.
constexpr qint64 kMaxKeyText = qint64(3) << 30;
// The plan nests nine deep to a processor record; the record's own values get the rest.
constexpr int kMaxDepth = 48;

// A key list's packed text (values joined by U+001F, keys by U+001E, as KeyList::appendPacked writes it)
// appended to a KeyList as it is decoded, key by key, as KeyList::fromPacked reads it.
class PackedKeys
{
public:
    explicit PackedKeys(KeyList& out) : m_out(out) {}
    void add(QByteArrayView piece)
    {
        m_any = m_any || !piece.isEmpty();
        const char* p = piece.data();
        const char* const end = p + piece.size();
        while (p < end) {
            const char* s = p;
            while (s < end && *s != '\x1e' && *s != '\x1f')
                ++s;
            m_values.append(p, s - p);
            if (s == end)
                return;
            m_ends.push_back(m_values.size());
            if (*s == '\x1e')
                flushKey();
            p = s + 1;
        }
    }
    // Whether the text was empty (no key, or one key of one empty value: only the count tells them apart).
    bool finish()
    {
        if (m_any) {
            m_ends.push_back(m_values.size());
            flushKey();
        }
        return !m_any;
    }

private:
    void flushKey()
    {
        m_out.beginKey(m_ends.size());
        qsizetype from = 0;
        for (qsizetype to : m_ends) {
            m_out.addUtf8(QByteArrayView(m_values).sliced(from, to - from));
            from = to;
        }
        m_values.resize(0);
        m_ends.clear();
    }
    KeyList& m_out;
    QByteArray m_values; // the current key's values, one after the other
    QVarLengthArray<qsizetype, 8> m_ends;
    bool m_any = false;
};

class PlanReader
{
public:
    explicit PlanReader(const ErasurePlan::JsonSource& source) : m_in(source, kMaxDepth) {}
    Result<ErasurePlan> read(ErasurePlan::ReadFailure* failure);

private:
    struct Field
    {
        const char* name;
        bool required;
        std::function<bool()> read;
    };
    // A key list and its stored count, checked against each other once the object is read.
    struct Keys
    {
        KeyList* list;
        qint64 count = 0;
        bool empty = false;
    };

    Token next();
    Token peek();
    bool fail(const QString& problem);
    bool parseFailed();
    bool expect(Token got, Token wanted, const QString& what = {});
    bool object(std::initializer_list<Field> fields);
    bool array(const std::function<bool()>& item);
    bool text(QString& out);
    bool integer(qint64& out);
    bool boolean(bool& out);
    bool strings(QStringList& out);
    bool date(QDate& out, bool emptyAllowed);
    bool identityKind(IdentityKind& out);
    bool keyText(Keys& keys);
    bool counted(Keys& keys);
    bool value(QJsonValue& out);
    template <typename E> bool oneOf(E& out, QString (*toKey)(E), std::initializer_list<E> all);

    bool system(ErasurePlan& plan);
    bool source(ErasureSystemPlan& system);
    bool nulling(ErasureSourcePlan& source);
    bool table(ErasureSourcePlan& source);
    bool processor(ErasureSystemPlan& system);
    bool target(ErasureProcessorPlan::Set& set, ProcessorRecordSet& records);

    JsonPull m_in;
    std::optional<Token> m_peeked;
    QStringList m_path;
    std::optional<Error> m_error;
    ErasurePlan::ReadFailure m_failure = ErasurePlan::ReadFailure::None;
    QString m_earlierLethe; // a system whose learned user ids the plan counts without holding them
};

Token PlanReader::next()
{
    if (m_peeked) {
        const Token t = *m_peeked;
        m_peeked.reset();
        return t;
    }
    const Token t = m_in.next();
    if (t == Token::Error)
        parseFailed();
    return t;
}

Token PlanReader::peek()
{
    if (!m_peeked)
        m_peeked = next();
    return *m_peeked;
}

bool PlanReader::fail(const QString& problem)
{
    if (m_error)
        return false;
    QString where;
    for (const QString& part : std::as_const(m_path))
        where += part.startsWith(QLatin1Char('[')) || where.isEmpty() ? part : QLatin1Char('.') + part;
    const QString offset = QString::number(m_in.offset());
    m_error = makeError(
        Error::Code::Storage,
        where.isEmpty()
            ? ErasurePlanner::tr("The stored erasure plan is damaged (byte %1): %2.").arg(offset, problem)
            : ErasurePlanner::tr("The stored erasure plan is damaged at %1 (byte %2): %3.")
                  .arg(where, offset, problem));
    m_failure = ErasurePlan::ReadFailure::Damaged;
    return false;
}

bool PlanReader::parseFailed()
{
    if (m_error)
        return false;
    if (m_in.sourceError()) {
        // The source's own error: the workspace could not be read (not the plan's fault), or it found the
        // stored text changed (a part missing: Tampered), which is the plan's damage.
        m_error = *m_in.sourceError();
        m_failure = m_error->code == Error::Code::Tampered ? ErasurePlan::ReadFailure::Damaged
                                                           : ErasurePlan::ReadFailure::Source;
        return false;
    }
    return fail(m_in.error());
}

bool PlanReader::expect(Token got, Token wanted, const QString& what)
{
    if (got == wanted)
        return true;
    if (got == Token::Error)
        return false;
    return fail(ErasurePlanner::tr("must be %1, not %2")
                    .arg(what.isEmpty() ? JsonPull::describe(wanted) : what, JsonPull::describe(got)));
}

bool PlanReader::object(std::initializer_list<Field> fields)
{
    if (!expect(next(), Token::BeginObject))
        return false;
    quint64 seen = 0; // no object of the plan has more than 64 fields
    for (;;) {
        const Token t = next();
        if (t == Token::EndObject)
            break;
        if (t != Token::Name)
            return false; // the parser's error, already said
        const QString name = m_in.name();
        int i = 0;
        const Field* field = nullptr;
        for (const Field& f : fields) {
            if (name == QLatin1String(f.name)) {
                field = &f;
                break;
            }
            ++i;
        }
        m_path << (name.size() > 64 ? name.left(64) + QStringLiteral("…") : name);
        if (!field)
            return fail(ErasurePlanner::tr("no such field in an erasure plan"));
        if (seen & (quint64(1) << i))
            return fail(ErasurePlanner::tr("given twice"));
        seen |= quint64(1) << i;
        if (!field->read())
            return false;
        m_path.removeLast();
    }
    int i = 0;
    for (const Field& f : fields) {
        if (f.required && !(seen & (quint64(1) << i))) {
            m_path << QString::fromLatin1(f.name);
            return fail(ErasurePlanner::tr("missing"));
        }
        ++i;
    }
    return true;
}

bool PlanReader::array(const std::function<bool()>& item)
{
    if (!expect(next(), Token::BeginArray))
        return false;
    for (qsizetype i = 0;; ++i) {
        const Token t = peek();
        if (t == Token::Error)
            return false;
        if (t == Token::EndArray) {
            next();
            return true;
        }
        m_path << QStringLiteral("[%1]").arg(i);
        if (!item())
            return false;
        m_path.removeLast();
    }
}

bool PlanReader::text(QString& out)
{
    if (!expect(next(), Token::String))
        return false;
    if (!m_in.readText(&out, kMaxText))
        return parseFailed();
    return true;
}

bool PlanReader::integer(qint64& out)
{
    const QString what = ErasurePlanner::tr("a whole number from 0 to 999999999999999999");
    if (!expect(next(), Token::Number, what))
        return false;
    const QByteArray& n = m_in.numberText();
    const bool digitsOnly = !n.isEmpty() && n.size() <= 18 &&
                            std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digitsOnly)
        return fail(ErasurePlanner::tr("must be %1, not %2").arg(what, QString::fromLatin1(n)));
    out = n.toLongLong();
    return true;
}

bool PlanReader::boolean(bool& out)
{
    const Token t = next();
    if (t == Token::True || t == Token::False) {
        out = t == Token::True;
        return true;
    }
    return expect(t, Token::True);
}

bool PlanReader::strings(QStringList& out)
{
    return array([&] {
        QString s;
        if (!text(s))
            return false;
        out << s;
        return true;
    });
}

bool PlanReader::date(QDate& out, bool emptyAllowed)
{
    QString s;
    if (!text(s))
        return false;
    if (s.isEmpty() && emptyAllowed) {
        out = QDate();
        return true;
    }
    out = QDate::fromString(s, Qt::ISODate);
    if (!out.isValid() || out.toString(Qt::ISODate) != s)
        return fail(ErasurePlanner::tr("must be a date written YYYY-MM-DD"));
    return true;
}

template <typename E> bool PlanReader::oneOf(E& out, QString (*toKey)(E), std::initializer_list<E> all)
{
    QString key;
    if (!text(key))
        return false;
    const std::optional<E> e = parseKey<E>(key, toKey, all);
    if (!e) {
        QStringList known;
        for (E each : all)
            known << toKey(each);
        return fail(ErasurePlanner::tr("must be one of %1").arg(known.join(QStringLiteral(", "))));
    }
    out = *e;
    return true;
}

bool PlanReader::identityKind(IdentityKind& out)
{
    QString key;
    if (!text(key))
        return false;
    const auto kind = Names::parseIdentityKind(key);
    if (!kind)
        return fail(ErasurePlanner::tr("not a kind of identity"));
    out = *kind;
    return true;
}

bool PlanReader::keyText(Keys& keys)
{
    if (!expect(next(), Token::String))
        return false;
    // Room for the keys the count (written before them) announces, about 16 bytes a key, so the list is
    // not grown and copied again and again (which leaves the heap holding the copies): at most 2^24 keys
    // ahead, whatever a damaged count says. What is not used is never touched, so it costs no memory.
    if (keys.count > 0) {
        const qint64 ahead = std::min<qint64>(keys.count, qint64(1) << 24);
        keys.list->reserve(qsizetype(ahead), qsizetype(ahead * 16));
    }
    PackedKeys packed(*keys.list);
    qint64 bytes = 0;
    if (!m_in.readText([&](QByteArrayView piece) {
            // A KeyList holds at most 4 GiB; a text past 3 GiB is refused before it could get there.
            bytes += piece.size();
            if (bytes > kMaxKeyText)
                return fail(ErasurePlanner::tr("a key list longer than %1 bytes").arg(kMaxKeyText));
            packed.add(piece);
            return true;
        }))
        return parseFailed();
    keys.empty = packed.finish();
    return true;
}

bool PlanReader::counted(Keys& keys)
{
    // One key of one empty value is stored as an empty text, as no key is: its count tells them apart.
    if (keys.empty && keys.count == 1)
        keys.list->append({QStringLiteral("")});
    if (keys.list->size() == keys.count)
        return true;
    m_path << QStringLiteral("keys");
    return fail(
        ErasurePlanner::tr("keys: %1 in the text, %2 counted").arg(keys.list->size()).arg(keys.count));
}

bool PlanReader::value(QJsonValue& out)
{
    switch (const Token t = next()) {
    case Token::BeginObject: {
        QJsonObject o;
        for (;;) {
            const Token n = next();
            if (n == Token::EndObject)
                break;
            if (n != Token::Name)
                return false;
            const QString name = m_in.name();
            m_path << (name.size() > 64 ? name.left(64) + QStringLiteral("…") : name);
            if (o.contains(name))
                return fail(ErasurePlanner::tr("given twice"));
            QJsonValue v;
            if (!value(v))
                return false;
            m_path.removeLast();
            o.insert(name, v);
        }
        out = o;
        return true;
    }
    case Token::BeginArray: {
        QJsonArray a;
        for (qsizetype i = 0;; ++i) {
            const Token p = peek();
            if (p == Token::Error)
                return false;
            if (p == Token::EndArray) {
                next();
                break;
            }
            m_path << QStringLiteral("[%1]").arg(i);
            QJsonValue v;
            if (!value(v))
                return false;
            m_path.removeLast();
            a.append(v);
        }
        out = a;
        return true;
    }
    case Token::String: {
        QString s;
        if (!m_in.readText(&s, kMaxText))
            return parseFailed();
        out = s;
        return true;
    }
    case Token::Number: // as QJsonDocument reads a number (an integer stays one), so it is written back alike
        out = QJsonDocument::fromJson('[' + m_in.numberText() + ']').array().at(0);
        return true;
    case Token::True:
    case Token::False:
        out = t == Token::True;
        return true;
    case Token::Null:
        out = QJsonValue::Null;
        return true;
    default:
        return t == Token::Error ? false : expect(t, Token::Null, ErasurePlanner::tr("a value"));
    }
}

Result<ErasurePlan> PlanReader::read(ErasurePlan::ReadFailure* failure)
{
    ErasurePlan p;
    ErasurePlan::Counts stored;
    bool ok = object({
        {"counts", true,
         [&] {
             return object({
                 {"delete_rows", true, [&] { return integer(stored.deleteRows); }},
                 {"kept", true, [&] { return integer(stored.kept); }},
                 {"manual_tasks", true, [&] { return integer(stored.manualTasks); }},
                 {"null_first", true, [&] { return integer(stored.nullFirst); }},
                 {"phone_only_left", true, [&] { return integer(stored.phoneOnlyLeft); }},
                 {"processor_records", true, [&] { return integer(stored.processorRecords); }},
                 {"update_rows", true, [&] { return integer(stored.updateRows); }},
             });
         }},
        {"digest", false, [&] { return text(p.digest); }},
        {"identities", true,
         [&] {
             return array([&] {
                 Identity i;
                 const bool read = object({{"kind", true, [&] { return identityKind(i.kind); }},
                                           {"value", true, [&] { return text(i.value); }}});
                 p.identities << i;
                 return read;
             });
         }},
        {"made_on", true, [&] { return date(p.madeOn, true); }},
        {"phone_matches_confirmed", true, [&] { return boolean(p.phoneMatchesConfirmed); }},
        {"problems", true, [&] { return strings(p.problems); }},
        {"request", true, [&] { return text(p.requestId); }},
        {"subject", true, [&] { return text(p.subjectName); }},
        {"systems", true, [&] { return array([&] { return system(p); }); }},
    });
    // One value, and nothing after it.
    ok = ok && next() == Token::End;
    if (ok) {
        const ErasurePlan::Counts c = p.counts();
        const std::pair<const char*, std::pair<qint64, qint64>> checks[] = {
            {"delete_rows", {stored.deleteRows, c.deleteRows}},
            {"update_rows", {stored.updateRows, c.updateRows}},
            {"null_first", {stored.nullFirst, c.nullFirst}},
            {"kept", {stored.kept, c.kept}},
            {"phone_only_left", {stored.phoneOnlyLeft, c.phoneOnlyLeft}},
            {"processor_records", {stored.processorRecords, c.processorRecords}},
            {"manual_tasks", {stored.manualTasks, c.manualTasks}}};
        for (const auto& [name, counts] : checks)
            if (ok && counts.first != counts.second) {
                m_path = QStringList{QStringLiteral("counts"), QString::fromLatin1(name)};
                ok = fail(
                    ErasurePlanner::tr("%1, but the plan holds %2").arg(counts.first).arg(counts.second));
            }
    }
    if (ok && !m_earlierLethe.isEmpty()) {
        m_failure = ErasurePlan::ReadFailure::EarlierLethe;
        m_error = makeError(
            Error::Code::IllegalState,
            ErasurePlanner::tr("%1: this erasure's plan was stored by an earlier Lethe, which did not keep "
                               "the user ids the databases taught (%2); it cannot be resumed as it was made. "
                               "Make and approve a new plan: the rows already erased are not found again.")
                .arg(p.requestId, m_earlierLethe));
        ok = false;
    }
    if (failure)
        *failure = ok ? ErasurePlan::ReadFailure::None : m_failure;
    if (!ok)
        return m_error ? *m_error
                       : makeError(Error::Code::Storage,
                                   ErasurePlanner::tr("The stored erasure plan is damaged."));
    return p;
}

bool PlanReader::system(ErasurePlan& plan)
{
    ErasureSystemPlan s;
    qint64 learnedCount = 0;
    bool learnedKept = false;
    QStringList learned;
    const bool ok = object({
        {"learned", false,
         [&] {
             learnedKept = true;
             return strings(learned);
         }},
        {"learned_user_ids", true, [&] { return integer(learnedCount); }},
        {"manual_tasks", true,
         [&] {
             return array([&] {
                 Recipient r;
                 const bool read = object({{"instructions", true, [&] { return text(r.manual); }},
                                           {"processor", true, [&] { return text(r.name); }}});
                 s.manualTasks << r;
                 return read;
             });
         }},
        {"name", true, [&] { return text(s.name); }},
        {"processors", true, [&] { return array([&] { return processor(s); }); }},
        {"sources", true, [&] { return array([&] { return source(s); }); }},
        {"system", true, [&] { return text(s.key); }},
    });
    if (!ok)
        return false;
    for (const QString& id : std::as_const(learned))
        s.learned << Identity{IdentityKind::UserId, id};
    if (learnedKept && learned.size() != learnedCount) {
        m_path << QStringLiteral("learned");
        return fail(
            ErasurePlanner::tr("user ids: %1 in the text, %2 counted").arg(learned.size()).arg(learnedCount));
    }
    // Lethe before migration 11 counted the user ids the databases taught but did not store them: such a
    // plan cannot be resumed as made (its verification would search without them), and is not tampered with.
    if (!learnedKept && learnedCount > 0 && m_earlierLethe.isEmpty())
        m_earlierLethe = s.key;
    plan.systems << std::move(s);
    return true;
}

bool PlanReader::source(ErasureSystemPlan& system)
{
    ErasureSourcePlan src;
    const bool ok = object({
        {"null_first", true, [&] { return array([&] { return nulling(src); }); }},
        {"self_ordered", true, [&] { return strings(src.selfOrdered); }},
        {"source", true, [&] { return text(src.source); }},
        {"tables", true, [&] { return array([&] { return table(src); }); }},
    });
    system.sources << std::move(src);
    return ok;
}

bool PlanReader::nulling(ErasureSourcePlan& source)
{
    ErasureNulling n;
    Keys keys{&n.keys};
    const bool ok = object({
        {"column", true, [&] { return text(n.column); }},
        {"count", true, [&] { return integer(keys.count); }},
        {"key_columns", true, [&] { return strings(n.keyColumns); }},
        {"keys", true, [&] { return keyText(keys); }},
        {"schema", false, [&] { return text(n.schema); }},
        {"table", true, [&] { return text(n.table); }},
    });
    if (!ok || !counted(keys))
        return false;
    source.nullFirst << std::move(n);
    return true;
}

bool PlanReader::table(ErasureSourcePlan& source)
{
    ErasureTablePlan t;
    Keys keys{&t.keys};
    bool relatedGiven = false;
    const bool ok = object({
        {"action", true,
         [&] {
             return oneOf<ErasureTablePlan::Action>(t.action, tableActionKey,
                                                    {ErasureTablePlan::Action::DeleteRows,
                                                     ErasureTablePlan::Action::UpdateFields,
                                                     ErasureTablePlan::Action::None});
         }},
        {"changes", true,
         [&] {
             return array([&] {
                 ErasureFieldChange c;
                 bool valueGiven = false;
                 const bool read = object({
                     {"field", true, [&] { return text(c.field); }},
                     {"strategy", true,
                      [&] {
                          QString key;
                          if (!text(key))
                              return false;
                          const auto strategy = parseStrategy(key);
                          if (!strategy)
                              return fail(ErasurePlanner::tr("not an erasure strategy"));
                          c.strategy = *strategy;
                          return true;
                      }},
                     {"value", false,
                      [&] {
                          valueGiven = true;
                          return text(c.fixedValue);
                      }},
                 });
                 if (!read)
                     return false;
                 // The fixed text with a fixed strategy, and only there.
                 if (valueGiven != (c.strategy == ErasureStrategy::Fixed)) {
                     m_path << QStringLiteral("value");
                     return fail(valueGiven
                                     ? ErasurePlanner::tr("given for a strategy that writes no fixed text")
                                     : ErasurePlanner::tr("missing"));
                 }
                 t.changes << c;
                 return true;
             });
         }},
        {"count", true, [&] { return integer(keys.count); }},
        {"found", true, [&] { return integer(t.found); }},
        {"kept", true,
         [&] {
             return array([&] {
                 KeptRows k;
                 Keys keptKeys{&k.keys};
                 const bool read = object({
                     {"count", true, [&] { return integer(keptKeys.count); }},
                     {"keys", true, [&] { return keyText(keptKeys); }},
                     {"reason", true, [&] { return text(k.reason); }},
                     {"until", false, [&] { return date(k.until, false); }},
                     {"why", true,
                      [&] {
                          return oneOf<KeptRows::Why>(k.why, keptWhyKey,
                                                      {KeptRows::Why::Retention, KeptRows::Why::Referenced,
                                                       KeptRows::Why::PhoneOnly, KeptRows::Why::NoStrategy});
                      }},
                 });
                 if (!read || !counted(keptKeys))
                     return false;
                 t.kept << std::move(k);
                 return true;
             });
         }},
        {"key_columns", true, [&] { return strings(t.keyColumns); }},
        {"keys", true, [&] { return keyText(keys); }},
        {"phone_confirmed", true, [&] { return integer(t.phoneConfirmed); }},
        {"related", false,
         [&] {
             relatedGiven = true;
             return integer(t.related);
         }},
        {"schema", false, [&] { return text(t.schema); }},
        {"table", true, [&] { return text(t.table); }},
    });
    if (!ok || !counted(keys))
        return false;
    source.tables << std::move(t);
    return true;
}

bool PlanReader::processor(ErasureSystemPlan& system)
{
    ErasureProcessorPlan pp;
    const bool ok = object({
        {"connection", true, [&] { return text(pp.connection); }},
        {"errors", true, [&] { return strings(pp.errors); }},
        {"keeps", true, [&] { return strings(pp.keeps); }},
        {"name", true, [&] { return text(pp.processorName); }},
        {"phone_only_left", true, [&] { return integer(pp.phoneOnlyLeft); }},
        {"processor", true, [&] { return text(pp.processor); }},
        {"sets", true,
         [&] {
             return array([&] {
                 ErasureProcessorPlan::Set set;
                 ProcessorRecordSet
                     records; // what the steps run on, as the plan stored it: never searched again
                 qint64 count = 0;
                 const bool read = object({
                     {"count", true, [&] { return integer(count); }},
                     {"ids", true, [&] { return strings(set.ids); }},
                     {"lookup", true, [&] { return text(set.lookup); }},
                     {"name", true, [&] { return text(set.name); }},
                     {"targets", false, [&] { return array([&] { return target(set, records); }); }},
                 });
                 if (!read)
                     return false;
                 if (set.ids.size() != count) {
                     m_path << QStringLiteral("ids");
                     return fail(ErasurePlanner::tr("ids: %1 in the text, %2 counted")
                                     .arg(set.ids.size())
                                     .arg(count));
                 }
                 records.lookup = set.lookup;
                 records.name = set.name;
                 if (!records.records.isEmpty())
                     pp.found.sets << records;
                 pp.sets << set;
                 return true;
             });
         }},
        {"steps", true, [&] { return strings(pp.steps); }},
    });
    pp.found.connection = pp.connection;
    pp.found.processor = pp.processor;
    pp.found.processorName = pp.processorName;
    system.processors << std::move(pp);
    return ok;
}

// A record a processor's steps reach: {"id", "record", "parents", "identity": {kind, value}}, kept as stored
// (the digest covers it) and as the records the steps run on.
bool PlanReader::target(ErasureProcessorPlan::Set& set, ProcessorRecordSet& records)
{
    if (peek() != Token::BeginObject)
        return expect(next(), Token::BeginObject);
    QJsonValue v;
    if (!value(v))
        return false;
    const QJsonObject t = v.toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        const QString& k = it.key();
        const bool known = k == QLatin1String("id") || k == QLatin1String("record") ||
                           k == QLatin1String("parents") || k == QLatin1String("identity");
        if (!known) {
            m_path << (k.size() > 64 ? k.left(64) + QStringLiteral("…") : k);
            return fail(ErasurePlanner::tr("no such field in an erasure plan"));
        }
    }
    auto need = [&](const char* name, bool ok, const QString& what) {
        if (ok)
            return true;
        m_path << QString::fromLatin1(name);
        return fail(t.contains(QLatin1String(name)) ? ErasurePlanner::tr("must be %1").arg(what)
                                                    : ErasurePlanner::tr("missing"));
    };
    const QJsonObject identity = t.value(QStringLiteral("identity")).toObject();
    const auto kind = Names::parseIdentityKind(identity.value(QStringLiteral("kind")).toString());
    if (!need("id", t.value(QStringLiteral("id")).isString(), JsonPull::describe(Token::String)) ||
        !need("record", t.value(QStringLiteral("record")).isObject(),
              JsonPull::describe(Token::BeginObject)) ||
        !need("parents", t.value(QStringLiteral("parents")).isObject(),
              JsonPull::describe(Token::BeginObject)) ||
        !need("identity",
              t.value(QStringLiteral("identity")).isObject() && identity.size() == 2 && kind &&
                  identity.value(QStringLiteral("value")).isString(),
              ErasurePlanner::tr("an identity: its kind and value")))
        return false;
    set.targets << t;
    records.records << t.value(QStringLiteral("record")).toObject();
    records.parents << t.value(QStringLiteral("parents")).toObject();
    records.identities << Identity{*kind, identity.value(QStringLiteral("value")).toString()};
    records.via << QString();
    return true;
}

} // namespace

Result<ErasurePlan> ErasurePlan::readJson(const JsonSource& source, ReadFailure* failure)
{
    return PlanReader(source).read(failure);
}

Result<ErasurePlan> ErasurePlan::fromStoredJson(QByteArrayView json, ReadFailure* failure)
{
    bool given = false;
    return readJson(
        [&]() -> Result<QByteArray> {
            if (given)
                return QByteArray();
            given = true;
            return json.toByteArray();
        },
        failure);
}

Result<ErasurePlan> ErasurePlan::fromJson(const QJsonObject& json)
{
    return fromStoredJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace lethe
