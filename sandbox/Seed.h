#pragma once

#include "DemoPopulation.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lethe::sandbox {

// A demo person and the product accounts (product keys such as "leadnest") they hold.
struct SeedPerson
{
    int index = 0; // index in DemoPopulation: known people first
    bool known = false;
    DemoPerson person;
    QStringList accounts;
};

// Someone who is no demo subject: filler records so lists are not trivially small. Deterministic in (salt,
// n).
struct Stranger
{
    QString name;
    QString first;
    QString last;
    QString email;
    QString phone; // E.164
};

// The population every processor seeds from, built once and shared read-only by all server threads.
class SeedData
{
public:
    // The people of DemoPopulation(scale) and, from the demo product specs in `demoFolder` (":/demo"), the
    // accounts each holds.
    static Result<SeedData> build(int scale, const QString& demoFolder);

    int scale() const { return m_scale; }
    const QList<SeedPerson>& people() const { return m_people; }
    QList<const SeedPerson*> holders(const QString& account) const;
    QList<const SeedPerson*> known() const;

    // The processor's heavy subject: person 0 when they hold one of `accounts`, otherwise the first known
    // person who does. -1 when nobody does.
    int heavy(const QStringList& accounts) const;

    static Stranger stranger(const QString& salt, int n);

    // Near misses of a subject's address that an exact match must reject (docs/sandbox.md, "Decoys"): hers
    // inside a longer one (x.HERS: a suffix match; HERS.au: a prefix match), a part of hers (its local part
    // without the first letter, its domain without the last), and her dot replaced by "_" (what a LIKE "_"
    // or a glob "?" would also match). A case variant is none: by Lethe's rule it is the same address.
    static QStringList nearMisses(const QString& email);
    // Near misses of an E.164 number: a digit more, a digit fewer, the last digit changed.
    static QStringList nearMissPhones(const QString& e164);

private:
    int m_scale = 0;
    QList<SeedPerson> m_people;
};

} // namespace lethe::sandbox
