#include "DemoTemplate.h"

#include "DemoGenerator.h"

namespace lethe::demotemplate {

namespace {

// The placeholders a value template may use.
const QStringList& placeholderNames()
{
    static const QStringList p = {
        QStringLiteral("name"),   QStringLiteral("first"),   QStringLiteral("last"),
        QStringLiteral("email"),  QStringLiteral("phone"),   QStringLiteral("company"),
        QStringLiteral("city"),   QStringLiteral("country"), QStringLiteral("title"),
        QStringLiteral("domain"), QStringLiteral("row"),     QStringLiteral("uuid"),
        QStringLiteral("hex"),    QStringLiteral("int"),     QStringLiteral("money"),
        QStringLiteral("date"),   QStringLiteral("pick"),    QStringLiteral("ip"),
        QStringLiteral("ua"),     QStringLiteral("bool"),    QStringLiteral("parent"),
        QStringLiteral("slug"),   QStringLiteral("n"),
    };
    return p;
}

} // namespace

// "{email}", "Call {first} about {pick:roof|gutter}", "{int:1:9}", "{parent.id}"
Compiled compile(const QString& text, QString* error)
{
    Compiled c;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            c.segments << Segment{text.mid(i), {}, {}, -1};
            break;
        }
        if (open > i)
            c.segments << Segment{text.mid(i, open - i), {}, {}, -1};
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            *error = DemoGenerator::tr("\"{\" at character %1 is not closed.").arg(open + 1);
            return {};
        }
        const QString inner = text.mid(open + 1, close - open - 1);
        Segment s;
        const qsizetype colon = inner.indexOf(QLatin1Char(':'));
        s.func = colon < 0 ? inner : inner.left(colon);
        if (colon >= 0) {
            const QString rest = inner.mid(colon + 1);
            s.args =
                s.func == QLatin1String("pick") ? rest.split(QLatin1Char('|')) : rest.split(QLatin1Char(':'));
        }
        if (s.func.startsWith(QLatin1String("parent."))) {
            s.args = QStringList{s.func.mid(7)};
            s.func = QStringLiteral("parent");
        }
        if (!placeholderNames().contains(s.func)) {
            *error = DemoGenerator::tr("unknown placeholder {%1} (expected one of: %2).")
                         .arg(inner, placeholderNames().join(QStringLiteral(", ")));
            return {};
        }
        const bool numeric = s.func == QLatin1String("int") || s.func == QLatin1String("money") ||
                             s.func == QLatin1String("date");
        if (numeric) {
            bool a = false, b = false;
            if (s.args.size() != 2 || (s.args[0].toInt(&a), !a) || (s.args[1].toInt(&b), !b) ||
                s.args[0].toInt() > s.args[1].toInt()) {
                *error = DemoGenerator::tr("{%1} needs two whole numbers, the lower first: {%2:FROM:TO}.")
                             .arg(inner, s.func);
                return {};
            }
        }
        c.segments << s;
        i = close + 1;
    }
    return c;
}

} // namespace lethe::demotemplate
