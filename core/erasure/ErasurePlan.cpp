#include "ErasurePlan.h"

#include "ErasurePlanRows.h"
#include "Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace lethe {

using namespace erasureplan;

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
        QJsonObject systemJson{{QStringLiteral("system"), s.key},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("sources"), sourcesJson},
                               {QStringLiteral("processors"), processorsJson},
                               {QStringLiteral("manual_tasks"), manualJson},
                               {QStringLiteral("learned_user_ids"), qint64(s.learned.size())}};
        // The ids themselves with the keys: a resumed run's verification searches by them again. (They were
        // once assigned to QJsonArray::last(), a copy, and never stored: a resumed run lost them.)
        if (withKeys)
            systemJson[QStringLiteral("learned")] = learnedJson;
        systemsJson << systemJson;
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

namespace {

// A random text no plan holds: where a key list goes in the plan's JSON while the rest is serialized.
QString placeholderText()
{
    const quint64 a = QRandomGenerator::system()->generate64(), b = QRandomGenerator::system()->generate64();
    return QStringLiteral("lethe-keys-%1%2-")
        .arg(a, 16, 16, QLatin1Char('0'))
        .arg(b, 16, 16, QLatin1Char('0'));
}

// How QJsonDocument escapes each ASCII character in a string, asked of it once: a key list's text, mostly
// ASCII (ids), is escaped with this table, byte for byte the same as QJsonDocument would, without making a
// QString of it.
const std::array<QByteArray, 128>& asciiEscapes()
{
    static const std::array<QByteArray, 128> table = [] {
        std::array<QByteArray, 128> t;
        for (int c = 0; c < 128; ++c) {
            const QByteArray e = QJsonDocument(QJsonArray{QString(QChar(c))}).toJson(QJsonDocument::Compact);
            t[size_t(c)] = e.sliced(2, e.size() - 4); // ["…"]
        }
        return t;
    }();
    return table;
}

// A key list's text (values joined by U+001F, keys by U+001E: KeyList::appendPacked) escaped as a JSON
// string's content, byte for byte as QJsonDocument writes it, handed to `out` in parts of about 64 KiB, in
// one pass over the list: ASCII through the table of QJsonDocument's own escapes, a value with anything else
// through QJsonDocument itself (QJsonDocument escapes character by character, and the separators are ASCII,
// so escaping value by value gives the bytes of escaping the text whole).
void writeEscapedKeys(const KeyList& keys, const std::function<void(QByteArrayView)>& out)
{
    const std::array<QByteArray, 128>& escapes = asciiEscapes();
    static const std::array<bool, 256> asIs = [&escapes] {
        std::array<bool, 256> a{};
        for (int c = 0; c < 128; ++c)
            a[size_t(c)] = escapes[size_t(c)].size() == 1 && uchar(escapes[size_t(c)][0]) == c;
        return a;
    }();
    const QByteArray& keySep = escapes[0x1e];
    const QByteArray& valueSep = escapes[0x1f];
    // Written into a buffer of our own and handed out in parts of about 64 KiB: QByteArray::append of the few
    // bytes of each value cost a third of writing a million keys.
    constexpr qsizetype kPart = qsizetype(1) << 16;
    QByteArray buffer(kPart + 1024, Qt::Uninitialized);
    char* const begin = buffer.data();
    char* const end = begin + buffer.size();
    char* w = begin;
    auto flush = [&] {
        if (w != begin)
            out(QByteArrayView(begin, w - begin));
        w = begin;
    };
    auto put = [&](QByteArrayView bytes) {
        if (bytes.size() > end - w) {
            flush();
            if (bytes.size() > end - w) { // longer than the buffer: handed out as it is
                out(bytes);
                return;
            }
        }
        std::memcpy(w, bytes.data(), size_t(bytes.size()));
        w += bytes.size();
    };
    keys.forEachValue(
        [&](qsizetype key) {
            if (w - begin >= kPart)
                flush();
            if (key > 0)
                put(keySep);
        },
        [&](qsizetype value, QByteArrayView text) {
            if (value > 0)
                put(valueSep);
            qsizetype plain = 0; // start of the run of characters written as they are
            for (qsizetype i = 0; i < text.size(); ++i) {
                const auto c = uchar(text[i]);
                if (asIs[c])
                    continue;
                if (c >= 128) {
                    const QByteArray json = QJsonDocument(QJsonArray{QString::fromUtf8(text.sliced(plain))})
                                                .toJson(QJsonDocument::Compact);
                    put(QByteArrayView(json).sliced(2, json.size() - 4)); // ["…"]
                    return;
                }
                put(text.sliced(plain, i - plain));
                put(escapes[c]);
                plain = i + 1;
            }
            put(text.sliced(plain));
        });
    flush();
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
        out("\"");
        writeEscapedKeys(keys, out);
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

} // namespace lethe
