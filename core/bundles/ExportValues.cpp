// BundleExporter: a value as the bundle writes it, in its data files (JSON, CSV) and its report.

#include "BundleExporter.h"

#include "StoredValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace lethe {

QString BundleExporter::reportRowStart(const QString& dataFile, qint64 row)
{
    return QStringLiteral("<tr data-file=\"%1\" data-row=\"%2\">").arg(dataFile.toHtmlEscaped()).arg(row);
}

QString BundleExporter::reportCells(const QStringList& texts)
{
    QString h;
    for (const QString& t : texts) {
        // NULL (a null text) is marked as having no value, never shown as an empty string.
        h += t.isNull()
                 ? QStringLiteral("<td class=\"none\">%1</td>").arg(StoredValue::noValue().toHtmlEscaped())
                 : QStringLiteral("<td>%1</td>").arg(t.toHtmlEscaped());
    }
    return h;
}

QString BundleExporter::cellText(const QJsonValue& v)
{
    return StoredValue::text(v);
}

QString BundleExporter::reportCellText(const QString& column, const QJsonValue& v)
{
    const QString date = ReportText::epochAsDate(column, v);
    return date.isNull() ? cellText(v) : date;
}

bool BundleExporter::spreadsheetWouldEvaluate(const QString& v)
{
    // A spreadsheet treats a cell starting with =, +, - or @ (or a tab or carriage return before one) as a
    // formula. A number (-12.50, +3, 1e-5) or a phone number (+44 20 7946 0018, +442079460018) holds no
    // function and no reference, so it is kept exactly as stored; anything else starting so gets an
    // apostrophe.
    if (v.isEmpty() || !QStringLiteral("=+-@\t\r").contains(v.front()))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    static const QRegularExpression phone(QStringLiteral("^\\+\\d[\\d ().-]*\\d$"));
    return !number.match(v).hasMatch() && !phone.match(v).hasMatch();
}

QString BundleExporter::csvField(const QString& value)
{
    // NULL (a null text) is an empty field; an empty string is a quoted one (""), as PostgreSQL's COPY writes
    // them, so the two are not confused.
    if (value.isNull())
        return {};
    if (value.isEmpty())
        return QStringLiteral("\"\"");
    QString v = value;
    if (spreadsheetWouldEvaluate(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

namespace {

// Whether QJsonDocument writes this text as it is between quotes (printable ASCII but " and \), and
// whether csvField leaves it as it is (none of , ' and not starting with = + - @).
struct Plain
{
    bool json = true;
    bool csv = true;
};
Plain plainAscii(const QString& s)
{
    Plain p;
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
            return {false, false};
        if (u == u',' || u == u'\'')
            p.csv = false;
    }
    if (s.isEmpty() || QStringView(u"=+-@").contains(s.front()))
        p.csv = false;
    return p;
}

// Appends text known to be ASCII, without a QByteArray in between.
void appendAscii(QByteArray& out, const QString& s)
{
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char* to = out.data() + at;
    for (const QChar ch : s)
        *to++ = char(ch.unicode());
}

} // namespace

void BundleExporter::appendValue(const QVariant& v, const QString& withheld, QByteArray& json,
                                 QByteArray& csv)
{
    if (!v.isValid() || v.isNull()) {
        json += "null"; // and an empty CSV field
        return;
    }
    auto text = [&](const QString& s) {
        const Plain p = plainAscii(s);
        if (!p.json) {
            const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
            json.append(array.constData() + 1, array.size() - 2);
        } else {
            json += '"';
            appendAscii(json, s);
            json += '"';
        }
        if (p.csv && p.json)
            appendAscii(csv, s);
        else
            csv += csvField(s.isNull() ? QString(QLatin1String("")) : s).toUtf8();
    };
    if (!withheld.isEmpty()) {
        text(withheld);
        return;
    }
    // Numbers as StoredValue::json makes them and QJsonDocument writes them: whole ones below 2^53 as
    // integers, other finite ones shortest; a number never needs quoting or an apostrophe in CSV.
    auto whole = [&](qint64 n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr; // as QByteArray::number
        json.append(digits, end - digits);
        csv.append(digits, end - digits);
    };
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        if (const qint64 n = v.toLongLong(); qAbs(n) < (1LL << 53))
            return whole(n);
        break;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        if (const quint64 n = v.toULongLong(); n < (1ULL << 53))
            return whole(qint64(n));
        break;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9007199254740992.0 && !(d == 0 && std::signbit(d))) {
            if (d == std::trunc(d))
                return whole(qint64(d));
            const QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            json += shortest;
            csv += shortest;
            return;
        }
        break;
    }
    case QMetaType::QString:
        return text(*static_cast<const QString*>(v.constData())); // no copy of the text
    default:
        break;
    }
    // Anything else (bytes, dates, JSON, text beyond ASCII's plain range) the general way.
    const QJsonValue value = StoredValue::json(v);
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    json.append(array.constData() + 1, array.size() - 2);
    csv += csvField(cellText(value)).toUtf8();
}
} // namespace lethe
