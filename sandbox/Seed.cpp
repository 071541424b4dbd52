#include "Seed.h"

#include "DemoProducts.h"
#include "Http.h"

namespace lethe::sandbox {

Result<SeedData> SeedData::build(int scale, const QString& demoFolder)
{
    auto specs = DemoProducts::load(demoFolder);
    if (!specs)
        return specs.error();
    SeedData data;
    data.m_scale = scale;
    const DemoPopulation population(scale);
    for (int i = 0; i < population.size(); ++i) {
        SeedPerson p;
        p.index = i;
        p.known = i < DemoPopulation::knownCount();
        p.person = population.at(i);
        const QStringList names = DemoProducts::productsOf(specs.value(), i);
        for (const DemoSpec& spec : specs.value()) {
            if (names.contains(spec.name))
                p.accounts << spec.system;
        }
        data.m_people << p;
    }
    return data;
}

QList<const SeedPerson*> SeedData::holders(const QString& account) const
{
    QList<const SeedPerson*> out;
    for (const SeedPerson& p : m_people) {
        if (p.accounts.contains(account))
            out << &p;
    }
    return out;
}

QList<const SeedPerson*> SeedData::known() const
{
    QList<const SeedPerson*> out;
    for (const SeedPerson& p : m_people) {
        if (p.known)
            out << &p;
    }
    return out;
}

int SeedData::heavy(const QStringList& accounts) const
{
    for (const SeedPerson& p : m_people) {
        if (!p.known)
            break;
        for (const QString& a : accounts) {
            if (p.accounts.contains(a))
                return p.index;
        }
    }
    return -1;
}

QStringList SeedData::nearMisses(const QString& email)
{
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    const QString domain = email.section(QLatin1Char('@'), 1);
    QString underscored = local;
    underscored.replace(QLatin1Char('.'), QLatin1Char('_'));
    if (underscored == local)
        underscored = local + QLatin1Char('_');
    return {QStringLiteral("x.") + email, email + QStringLiteral(".au"),
            local.mid(1) + QLatin1Char('@') + domain, local + QLatin1Char('@') + domain.chopped(1),
            underscored + QLatin1Char('@') + domain};
}

QStringList SeedData::nearMissPhones(const QString& e164)
{
    if (e164.size() < 4)
        return {};
    const QChar last = e164.back();
    return {e164 + QLatin1Char('9'), e164.chopped(1),
            e164.chopped(1) + (last == QLatin1Char('9') ? QLatin1Char('8') : QChar(last.unicode() + 1))};
}

Stranger SeedData::stranger(const QString& salt, int n)
{
    static const char* const kFirst[] = {"Ava",  "Leo",   "Nora", "Omar", "Ruth",  "Ivan", "Lena", "Kofi",
                                         "Maya", "Pavel", "Iris", "Theo", "Selin", "Raj",  "Elsa", "Yuki"};
    static const char* const kLast[] = {"Stone", "Varga", "Moreau", "Quinn", "Haddad", "Novak",
                                        "Berg",  "Osei",  "Lund",   "Price", "Santos", "Kerr",
                                        "Aydin", "Mehta", "Holm",   "Sato"};
    static const char* const kAreas[] = {"202", "312", "415", "512", "646", "213"};
    const quint64 h = mix(qHash(salt) ^ (quint64(n) << 20));
    Stranger s;
    s.first = QString::fromLatin1(kFirst[h % 16]);
    s.last = QString::fromLatin1(kLast[(h >> 8) % 16]);
    s.name = s.first + QLatin1Char(' ') + s.last;
    s.email = QStringLiteral("%1.%2.%3@stranger.example").arg(s.first.toLower(), s.last.toLower()).arg(n);
    s.phone = QStringLiteral("+1%1555%2")
                  .arg(QLatin1String(kAreas[(h >> 16) % 6]))
                  .arg(100 + int((h >> 24) % 100), 4, 10, QLatin1Char('0'));
    return s;
}

} // namespace lethe::sandbox
