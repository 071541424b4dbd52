#pragma once

#include <QList>
#include <QString>

namespace lethe {

// The fictional people of the demo: a fixed list of known subjects (the demo requests point at them) followed
// by generated people, 400 per unit of scale. Emails are on reserved example domains; phone numbers come from
// the ranges regulators keep for drama (Ofcom 020 7946 0xxx, 0161 496 0xxx, 0113 496 0xxx; NANP 555-01xx),
// all valid to libphonenumber (which refuses Ofcom's mobile drama range 07700 900xxx, so it is not used).
// People overlap on purpose: some share a phone number (a household, a shop line) or a company, and whether a
// person holds an account in a product is decided here, so the demo requests and the product databases agree.
struct DemoPerson
{
    QString name;
    QString first;
    QString last;
    QString email;
    QString phone;   // E.164 ("+442079460101"), empty when the person gave none
    QString country; // ISO 3166 alpha-2
    QString company;
    QString city;
    QString title; // job title
};

class DemoPopulation
{
public:
    explicit DemoPopulation(int scale = 1);

    static int knownCount();
    int size() const { return int(m_people.size()); }
    int scale() const { return m_scale; }
    const DemoPerson& at(int i) const { return m_people[i]; }

    // Whether person `person` holds an account in product `product` of `products`. Known person i holds one
    // in product i mod n, and known people whose index is a multiple of 3 also in product (i + 2) mod n;
    // generated people hold one with probability `share`, independently per product.
    static bool holdsAccount(int product, int products, int person, double share);

    // The number as written in its own country ("020 7946 0101", "(202) 555-0143"), for columns that store
    // numbers as people typed them.
    static QString nationalFormat(const QString& e164, const QString& country);

private:
    int m_scale;
    QList<DemoPerson> m_people;
};

} // namespace lethe
