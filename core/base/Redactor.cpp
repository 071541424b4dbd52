#include "Redactor.h"

#include <QList>
#include <QRegularExpression>

namespace lethe {

namespace {
struct Rule
{
    QRegularExpression re;
    QString replacement;
};

const QList<Rule>& rules()
{
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    // Order matters: whole connection strings and credentials first, then the finer patterns.
    static const QList<Rule> all = {
        // scheme://user:pass@host/db and scheme://user@host
        {RE(QStringLiteral("\\b[a-z][a-z0-9+.-]*://[^\\s/@]+@[^\\s,;\"']+"), ci),
         QStringLiteral("<connection>")},
        // libpq style: host=... port=... dbname=... user=... password=...
        {RE(QStringLiteral("\\b(?:host|hostaddr|port|dbname|user|password|sslmode)\\s*=\\s*\\S+"
                           "(?:\\s+(?:host|hostaddr|port|dbname|user|password|sslmode)\\s*=\\s*\\S+)+"),
            ci),
         QStringLiteral("<connection>")},
        {RE(QStringLiteral("\\b(authorization\\s*[:=]\\s*)?(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{6,}"),
            ci),
         QStringLiteral("<credential>")},
        // password=..., "secret": "...", api_key: ...
        {RE(QStringLiteral("(\"?\\b(?:password|passwd|pwd|pass|secret|token|api[_-]?key|access[_-]?key|"
                           "client[_-]?secret|auth)\"?\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|\\S+)"),
            ci),
         QStringLiteral("\\1<redacted>")},
        {RE(QStringLiteral("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")),
         QStringLiteral("<token>")},
        {RE(QStringLiteral("\\b(?:sk|pk|rk|whsec)_(?:live|test)?_?[A-Za-z0-9]{8,}")),
         QStringLiteral("<token>")},
        {RE(QStringLiteral("\\bSG\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}")), QStringLiteral("<token>")},
        {RE(QStringLiteral("\\bre_[A-Za-z0-9_]{8,}")), QStringLiteral("<token>")},
        // Long random-looking strings: at least 24 characters with both letters and digits.
        {RE(QStringLiteral("\\b(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}\\b")),
         QStringLiteral("<token>")},
        // Anything shaped local@domain, valid or not: a mistyped address is still someone's address.
        {RE(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*")), QStringLiteral("<email>")},
        {RE(QStringLiteral("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b")), QStringLiteral("<ip>")},
        {RE(QStringLiteral("\\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\\b"), ci), QStringLiteral("<ip>")},
        // International numbers, North American numbers, and long digit runs.
        {RE(QStringLiteral("(?<![\\w+])\\+\\d[\\d\\s().-]{5,18}\\d")), QStringLiteral("<phone>")},
        {RE(QStringLiteral("(?<!\\w)\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b")),
         QStringLiteral("<phone>")},
        {RE(QStringLiteral("(?<![\\w.-])0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b")),
         QStringLiteral("<phone>")},
        {RE(QStringLiteral("\\b\\d{9,15}\\b")), QStringLiteral("<phone>")},
    };
    return all;
}
} // namespace

QString Redactor::redact(const QString& text)
{
    QString out = text;
    for (const Rule& r : rules())
        out.replace(r.re, r.replacement);
    return out;
}

} // namespace lethe
