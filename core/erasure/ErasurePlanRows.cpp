#include "ErasurePlanRows.h"

namespace lethe::erasureplan {

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

namespace {

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

// A whole number's decimal text in `buf` (at least 24 bytes before `end`), and the letter packValue() puts
// before it ('i' signed, 'u' unsigned); nothing for any other value. Its type is asked once: every
// QVariant::metaType() is a call into Qt, and a million rows' values come through here.
struct WholeText
{
    char letter;
    QByteArrayView digits;
};

std::optional<WholeText> wholeText(const QVariant& v, char* end)
{
    const QMetaType t = v.metaType();
    auto whole = [end](char letter, quint64 magnitude, bool negative) {
        const char* p = decimal(end, magnitude, negative);
        return WholeText{letter, QByteArrayView(p, end - p)};
    };
    auto signedText = [&](qint64 n) {
        return whole('i', n < 0 ? quint64(0) - quint64(n) : quint64(n), n < 0);
    };
    if (t == QMetaType::fromType<qlonglong>())
        return signedText(*static_cast<const qlonglong*>(v.constData()));
    if (t == QMetaType::fromType<int>())
        return signedText(*static_cast<const int*>(v.constData()));
    if (t == QMetaType::fromType<qulonglong>())
        return whole('u', *static_cast<const qulonglong*>(v.constData()), false);
    if (t == QMetaType::fromType<uint>())
        return whole('u', *static_cast<const uint*>(v.constData()), false);
    return std::nullopt;
}

// The value as a key holds it (its text, as KeyList::append of toString() would), a whole number written
// directly; into a list or a key being built.
template <typename List> void addKey(List& list, const QVariant& v)
{
    char buf[32];
    if (const auto w = wholeText(v, buf + sizeof buf))
        list.addUtf8(w->digits);
    else
        list.addText(v.toString());
}

// The value as packValue() packs it, a whole number written directly (a whole number is never NULL).
template <typename List> void addPacked(List& list, const QVariant& v)
{
    char buf[32];
    if (const auto w = wholeText(v, buf + sizeof buf)) {
        char* start = const_cast<char*>(w->digits.data()) - 1;
        *start = w->letter;
        list.addUtf8(QByteArrayView(start, w->digits.size() + 1));
    } else if (v.isNull()) {
        list.addNull();
    } else {
        list.addText(packValue(v));
    }
}

} // namespace

void FoundRows::appendValues(const QVariantList& values, const QList<int>& keyFields,
                             const QList<int>& extraFields, bool phoneOnly)
{
    KeyList::KeyBuffer key(keyFields.size());
    for (int f : keyFields)
        addKey(key, values[f]);
    m_keys.append(key);
    if (!extraFields.isEmpty()) {
        padExtra();
        KeyList::KeyBuffer extra(extraFields.size());
        for (int f : extraFields)
            addPacked(extra, values[f]);
        m_extra.append(extra);
    }
    m_flags.push_back(flags(phoneOnly, false, false));
}

void addKeyValue(KeyList& list, const QVariant& v)
{
    addKey(list, v);
}

void addPackedValue(KeyList& list, const QVariant& v)
{
    addPacked(list, v);
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

KeyList& operator<<(KeyList& list, const FoundRow::Key& key)
{
    list.appendFrom(*key.keys, key.row);
    return list;
}

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

} // namespace lethe::erasureplan
