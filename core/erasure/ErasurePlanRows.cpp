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

} // namespace

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
