#include "Connector.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace lethe {

QString RequestTemplate::describe() const
{
    return method + QLatin1Char(' ') + path;
}

const Lookup* ConnectorDefinition::lookup(const QString& k) const
{
    for (const Lookup& l : lookups) {
        if (l.key == k)
            return &l;
    }
    return nullptr;
}

const ErasureStep* ConnectorDefinition::step(const QString& k) const
{
    for (const ErasureStep& s : erasure) {
        if (s.key == k)
            return &s;
    }
    return nullptr;
}

MatchAs IdentityMatch::ruleFor(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Email:
        return MatchAs::Email;
    case IdentityKind::Phone:
        return MatchAs::Phone;
    case IdentityKind::UserId:
        return MatchAs::Text;
    }
    return MatchAs::Text;
}

QString IdentityMatch::normalized(MatchAs rule, const QString& value)
{
    switch (rule) {
    case MatchAs::Email: {
        // The whole address without case (docs/connectors.md: mailbox providers treat local parts
        // case-insensitively, and a subject who wrote Amelia.Hart@Example.Com owns that mailbox). Nothing
        // else is folded: dots and +tags make another address.
        const QString e = value.trimmed().toLower();
        const qsizetype at = e.indexOf(QLatin1Char('@'));
        if (at <= 0 || at != e.lastIndexOf(QLatin1Char('@')) || at == e.size() - 1)
            return {};
        return e;
    }
    case MatchAs::Phone: {
        // E.164: formatting removed, 00 read as +, a number stored without + read as international (as
        // Supabase stores them). Letters, extensions or a national number compare as nothing.
        QString d;
        for (const QChar c : value.trimmed()) {
            if (c.isDigit() && c.unicode() < 128)
                d += c;
            else if (c == QLatin1Char('+') && d.isEmpty())
                d += c;
            else if (!QStringLiteral(" -().\u00a0/").contains(c))
                return {};
        }
        if (d.startsWith(QLatin1String("00")))
            d = QLatin1Char('+') + d.mid(2);
        else if (!d.startsWith(QLatin1Char('+')))
            d.prepend(QLatin1Char('+'));
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        return e164.match(d).hasMatch() ? d : QString();
    }
    case MatchAs::Text:
        return value;
    }
    return {};
}

bool IdentityMatch::same(MatchAs rule, const QString& stored, const QString& identity)
{
    const QString want = normalized(rule, identity);
    return !want.isEmpty() && normalized(rule, stored) == want;
}

bool IdentityMatch::sameExtracted(MatchAs rule, const QString& stored, const QRegularExpression& extract,
                                  const QString& identity)
{
    const QRegularExpressionMatch m = extract.match(stored);
    return m.hasMatch() && m.capturedStart(0) == 0 && m.capturedLength(0) == stored.size() &&
           same(rule, m.captured(1), identity);
}

QString erasureEffectKey(ErasureEffect effect)
{
    switch (effect) {
    case ErasureEffect::Deleted:
        return QStringLiteral("deleted");
    case ErasureEffect::Archived:
        return QStringLiteral("archived");
    case ErasureEffect::Redacted:
        return QStringLiteral("redacted");
    case ErasureEffect::Job:
        return QStringLiteral("job");
    case ErasureEffect::Masked:
        return QStringLiteral("masked");
    case ErasureEffect::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

ConnectorLoad ConnectorLoader::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {DataMapIssue{path, 0, 0, tr("cannot read the file: %1").arg(f.errorString())}}};
    return parse(f.readAll(), path);
}

const ConnectorDefinition* ConnectorLoader::find(const QList<ConnectorDefinition>& definitions,
                                                 const QString& key)
{
    for (const ConnectorDefinition& d : definitions)
        if (d.key == key)
            return &d;
    return nullptr;
}

QList<ConnectorDefinition> ConnectorLoader::loadAll(const QStringList& folders, QStringList* problems)
{
    QList<ConnectorDefinition> out;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            ConnectorLoad load = ConnectorLoader::load(dir.filePath(name));
            if (!load.ok()) {
                if (problems)
                    for (const DataMapIssue& i : load.issues)
                        *problems << i.toString();
                continue;
            }
            const QString key = load.definition->key;
            out.erase(std::remove_if(out.begin(), out.end(),
                                     [&](const ConnectorDefinition& d) { return d.key == key; }),
                      out.end());
            out << *load.definition;
        }
    }
    return out;
}

} // namespace lethe
