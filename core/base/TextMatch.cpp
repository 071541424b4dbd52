#include "TextMatch.h"

#include <QRegularExpression>

namespace lethe::textmatch {

QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}

bool contains(const QString& haystack, const QString& needle)
{
    if (needle.isEmpty())
        return false;
    return normalized(haystack).contains(normalized(needle), Qt::CaseInsensitive);
}

qint64 replaceAll(QString& haystack, const QString& needle, const QString& with)
{
    const QString n = normalized(needle);
    if (n.isEmpty())
        return 0;
    const QString h = normalized(haystack);
    QString out;
    qint64 count = 0;
    qsizetype from = 0;
    for (qsizetype at = h.indexOf(n, 0, Qt::CaseInsensitive); at >= 0;
         at = h.indexOf(n, from, Qt::CaseInsensitive)) {
        out += QStringView(h).mid(from, at - from);
        out += with;
        from = at + n.size();
        ++count;
    }
    if (count == 0)
        return 0;
    out += QStringView(h).mid(from);
    haystack = out;
    return count;
}

QString htmlText(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression refs(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    QString out;
    qsizetype from = 0;
    for (auto it = refs.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        const QString r = m.captured(1);
        char32_t code = 0;
        if (r.startsWith(QLatin1String("#x")) || r.startsWith(QLatin1String("#X")))
            code = r.mid(2).toUInt(nullptr, 16);
        else if (r.startsWith(QLatin1Char('#')))
            code = r.mid(1).toUInt();
        else if (r == QLatin1String("amp"))
            code = '&';
        else if (r == QLatin1String("lt"))
            code = '<';
        else if (r == QLatin1String("gt"))
            code = '>';
        else if (r == QLatin1String("quot"))
            code = '"';
        else if (r == QLatin1String("apos"))
            code = '\'';
        else if (r == QLatin1String("nbsp"))
            code = 0xa0;
        if (code > 0 && code <= 0x10ffff)
            out += QString::fromUcs4(&code, 1);
        else
            out += m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

bool rawPrefilterApplies(const QString& needle)
{
    for (const QChar ch : needle)
        if (ch.unicode() >= 0x80 || ch.unicode() < 0x20 || ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
            return false;
    return true;
}

} // namespace lethe::textmatch
