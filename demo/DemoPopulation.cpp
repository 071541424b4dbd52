#include "DemoPopulation.h"

#include "Phone.h"

#include <QStringList>

namespace lethe {

namespace {

struct Known
{
    const char* name;
    const char* email;
    const char* phone; // as written; fictional ranges only
    const char* country;
    const char* company;
    const char* city;
    const char* title;
};

// Fictional people on reserved example domains. Max Müller shares Hannah Becker's number (one office line);
// Priya Natarajan and Grace Kim work for the same company, as do Tom Okafor and Ethan Clarke.
const Known kKnown[] = {
    {"Amelia Hart", "amelia.hart@example.com", "+44 20 7946 0101", "GB", "Hart & Reed Lettings", "London",
     "Director"},
    {"Jonas Weber", "jonas.weber@example.de", "", "DE", "Weber Immobilien", "Hamburg", "Owner"},
    {"Priya Natarajan", "priya.n@example.org", "+1 202 555 0143", "US", "Northwind Analytics", "Washington",
     "Growth Lead"},
    {"Marcus Cole", "marcus@cole-roofing.example", "+1 312 555 0187", "US", "Cole Roofing", "Chicago",
     "Owner"},
    {"Sofia Lindqvist", "sofia.lindqvist@example.se", "", "SE", "Lindqvist Design", "Stockholm", "Designer"},
    {"Tom Okafor", "tom.okafor@example.co.uk", "+44 161 496 0732", "GB", "Brightside Solar", "Manchester",
     "Sales Manager"},
    {"Hannah Becker", "h.becker@example.de", "+49 30 12345678", "DE", "Becker & Müller GmbH", "Berlin",
     "Managing Director"},
    {"Diego Ramirez", "diego@ramirez-dental.example", "+1 415 555 0112", "US", "Ramirez Dental",
     "San Francisco", "Dentist"},
    {"Chloe Martin", "chloe.martin@example.fr", "", "FR", "Atelier Martin", "Lyon", "Founder"},
    {"Liam Byrne", "liam.byrne@example.ie", "+353 1 555 0199", "IE", "Byrne Plumbing", "Dublin", "Owner"},
    {"Grace Kim", "grace.kim@example.com", "+1 646 555 0165", "US", "Northwind Analytics", "New York",
     "Account Executive"},
    {"Oliver Smith", "oliver@smith-plumbing.example", "+44 20 7946 0333", "GB", "Smith Plumbing", "London",
     "Owner"},
    {"Fatima Zahra", "fatima.zahra@example.net", "", "MA", "Zahra Travel", "Casablanca", "Agent"},
    {"Lucas Rossi", "lucas.rossi@example.it", "+39 06 5550 1234", "IT", "Rossi Costruzioni", "Rome",
     "Surveyor"},
    {"Emma Jansen", "emma.jansen@example.nl", "", "NL", "Jansen Bloemen", "Utrecht", "Owner"},
    {"Noah Williams", "noah.w@example.com", "+1 213 555 0177", "US", "Williams Realty", "Los Angeles",
     "Realtor"},
    {"Isla MacLeod", "isla.macleod@example.scot", "+44 131 496 0456", "GB", "MacLeod Tours", "Edinburgh",
     "Owner"},
    {"Mateo Silva", "mateo.silva@example.pt", "", "PT", "Silva Surf School", "Lisbon", "Instructor"},
    {"Aisha Bello", "aisha@bello-consulting.example", "+44 20 7946 0888", "GB", "Bello Consulting", "London",
     "Consultant"},
    {"Ben Carter", "ben.carter@example.com", "+1 512 555 0123", "US", "Carter HVAC", "Austin", "Owner"},
    {"Zoe Dubois", "zoe.dubois@example.be", "", "BE", "Dubois Chocolatier", "Brussels", "Owner"},
    {"Ethan Clarke", "ethan.clarke@example.co.uk", "+44 117 496 0211", "GB", "Brightside Solar", "Bristol",
     "Installer"},
    {"Mia Schneider", "mia.schneider@example.at", "", "AT", "Schneider Yoga", "Vienna", "Teacher"},
    {"Ryan Patel", "ryan@patel-realty.example", "+1 408 555 0150", "US", "Patel Realty", "San Jose",
     "Broker"},
    {"Lena Novak", "lena.novak@example.cz", "", "CZ", "Novak Translations", "Prague", "Translator"},
    {"Samuel Green", "sam.green@example.com", "+1 303 555 0199", "US", "Green Landscaping", "Denver",
     "Owner"},
    {"Ava Thompson", "ava.thompson@example.co.uk", "+44 20 7946 0555", "GB", "Thompson Estates", "London",
     "Negotiator"},
    {"Daniel Fischer", "daniel.fischer@example.de", "", "DE", "Fischer IT", "Munich", "Consultant"},
    {"Nora Hansen", "nora.hansen@example.no", "", "NO", "Hansen Fiske", "Bergen", "Owner"},
    {"Kevin O'Brien", "kevin.obrien@example.ie", "", "IE", "O'Brien Motors", "Cork", "Sales"},
    {"Julia Costa", "julia.costa@example.br", "+55 11 5555 0101", "BR", "Costa Imóveis", "São Paulo",
     "Realtor"},
    {"Henry Walker", "henry@walker-lawn.example", "+1 702 555 0133", "US", "Walker Lawn Care", "Las Vegas",
     "Owner"},
    {"Elif Yilmaz", "elif.yilmaz@example.tr", "", "TR", "Yilmaz Tekstil", "Istanbul", "Buyer"},
    {"Max Müller", "max.mueller@example.de", "+49 30 12345678", "DE", "Becker & Müller GmbH", "Berlin",
     "Partner"},
    {"Ella Roberts", "ella.roberts@example.com", "+1 617 555 0109", "US", "Roberts Bakery", "Boston",
     "Owner"},
    {"Arjun Mehta", "arjun.mehta@example.in", "", "IN", "Mehta Exports", "Mumbai", "Director"},
    {"Charlotte Evans", "charlotte.evans@example.co.uk", "+44 29 2018 0123", "GB", "Evans Florists",
     "Cardiff", "Owner"},
    {"Victor Petit", "victor.petit@example.fr", "", "FR", "Petit Boulangerie", "Paris", "Baker"},
    {"Olivia Brown", "olivia@brown-bakery.example", "+1 206 555 0188", "US", "Brown Bakery", "Seattle",
     "Owner"},
    {"William Young", "will.young@example.com", "", "US", "Young Fitness", "Miami", "Coach"},
};

const char* kFirst[] = {
    "James",    "Mary",      "Robert",   "Patricia", "John",   "Jennifer", "Michael",  "Linda",   "David",
    "Sarah",    "Paul",      "Karen",    "Mark",     "Nancy",  "Steven",   "Lisa",     "Andrew",  "Betty",
    "Joshua",   "Sandra",    "Kenneth",  "Ashley",   "Kevin",  "Emily",    "Brian",    "Donna",   "George",
    "Michelle", "Timothy",   "Carol",    "Ronald",   "Amanda", "Jason",    "Melissa",  "Jeffrey", "Deborah",
    "Ryan",     "Stephanie", "Jacob",    "Rebecca",  "Gary",   "Laura",    "Nicholas", "Sharon",  "Eric",
    "Cynthia",  "Jonathan",  "Kathleen", "Larry",    "Amy"};
const char* kLast[] = {
    "Anderson", "Baker",  "Campbell",  "Davies",  "Edwards", "Foster",  "Graham",  "Harris",  "Irwin",
    "Jackson",  "Knight", "Lewis",     "Mason",   "Nelson",  "Owens",   "Parker",  "Quinn",   "Reid",
    "Stewart",  "Turner", "Underwood", "Vaughan", "Walsh",   "Yates",   "Adams",   "Bennett", "Collins",
    "Dixon",    "Ellis",  "Fletcher",  "Gibson",  "Hughes",  "Jenkins", "Kelly",   "Lawson",  "Morgan",
    "Newman",   "Palmer", "Roberts",   "Shaw",    "Taylor",  "Vincent", "Wallace", "Wright",  "Young",
    "Barker",   "Cooper", "Doyle",     "Evans",   "Fisher"};
const char* kTrades[] = {"Roofing",  "Plumbing", "Dental",     "Realty",      "Solar",      "Bakery",
                         "Lettings", "Fitness",  "Consulting", "Landscaping", "Electrical", "Cleaning"};
const char* kCompanies[] = {"Northwind Analytics", "Contoso Homes",         "Fabrikam Solar",
                            "Tailspin Realty",     "Adventure Works Tours", "Litware Dental",
                            "Proseware Legal",     "Wingtip Lettings",      "Lucerne Capital",
                            "Margie's Travel",     "Coho Winery",           "Alpine Ski House"};
const char* kDomains[] = {"example.com",  "example.org",   "example.net",
                          "mail.example", "example.co.uk", "example.de"};
const char* kUsAreas[] = {"202", "212", "213", "303", "312", "408", "415", "512", "617", "646", "702", "206"};
const char* kGbRanges[] = {"2079460", "1614960", "1174960", "2920180", "1134960"}; // + 3 digits
const char* kGbCities[] = {"London", "Manchester", "Bristol", "Cardiff", "Leeds"};
const char* kUsCities[] = {"Washington",    "New York", "Los Angeles", "Denver",   "Chicago",   "San Jose",
                           "San Francisco", "Austin",   "Boston",      "New York", "Las Vegas", "Seattle"};
const char* kTitles[] = {"Owner",   "Director", "Sales Manager",  "Office Manager",
                         "Founder", "Broker",   "Marketing Lead", "Operations Manager"};

template <typename T, int N> constexpr int count(const T (&)[N])
{
    return N;
}

QString digitsOf(const QString& s)
{
    QString out;
    for (QChar c : s) {
        if (c.isDigit() || c == QLatin1Char('+'))
            out += c;
    }
    return out;
}

// A stable 64-bit mix (splitmix64), so people do not depend on QHash's per-process seed.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

int DemoPopulation::knownCount()
{
    return count(kKnown);
}

DemoPopulation::DemoPopulation(int scale) : m_scale(scale)
{
    for (const Known& k : kKnown) {
        DemoPerson p;
        p.name = QString::fromUtf8(k.name);
        p.first = p.name.section(QLatin1Char(' '), 0, 0);
        p.last = p.name.section(QLatin1Char(' '), 1);
        p.email = QString::fromUtf8(k.email);
        p.phone = digitsOf(QString::fromUtf8(k.phone));
        p.country = QString::fromLatin1(k.country);
        p.company = QString::fromUtf8(k.company);
        p.city = QString::fromUtf8(k.city);
        p.title = QString::fromUtf8(k.title);
        m_people << p;
    }
    const int generated = 400 * scale;
    m_people.reserve(m_people.size() + generated);
    for (int g = 0; g < generated; ++g) {
        const quint64 h = mix(quint64(g) + 1);
        DemoPerson p;
        p.first = QString::fromLatin1(kFirst[(g * 7 + g / 50) % count(kFirst)]);
        p.last = QString::fromLatin1(kLast[(g * 13 + g / 17) % count(kLast)]);
        p.name = p.first + QLatin1Char(' ') + p.last;
        p.email = QStringLiteral("%1.%2%3@%4")
                      .arg(p.first.toLower(), p.last.toLower())
                      .arg(g)
                      .arg(QLatin1String(kDomains[h % count(kDomains)]));
        const bool gb = (h >> 8) % 2 == 0;
        p.country = gb ? QStringLiteral("GB") : QStringLiteral("US");
        if ((h >> 16) % 10 < 7) {
            const int n = int((h >> 24) % 1000);
            if (gb) {
                p.phone = QStringLiteral("+44%1%2")
                              .arg(QLatin1String(kGbRanges[(h >> 40) % count(kGbRanges)]))
                              .arg(n, 3, 10, QLatin1Char('0'));
            } else {
                // Not "+1%1555%2": arg() reads "%15" as the 15th placeholder, which made every generated US
                // number "+1" + four digits + "55" + the area code, a number no plan has.
                p.phone = QStringLiteral("+1") + QLatin1String(kUsAreas[(h >> 40) % count(kUsAreas)]) +
                          QStringLiteral("555%1").arg(100 + n % 100, 4, 10, QLatin1Char('0'));
            }
        }
        // A household or a shop line: every ninth person shares the previous person's number.
        if (g % 9 == 8 && !m_people.last().phone.isEmpty())
            p.phone = m_people.last().phone;
        p.city = gb ? QLatin1String(kGbCities[(h >> 48) % count(kGbCities)])
                    : QLatin1String(kUsCities[(h >> 48) % count(kUsCities)]);
        p.company = (h >> 52) % 10 < 3
                        ? QString::fromLatin1(kCompanies[(h >> 56) % count(kCompanies)])
                        : p.last + QLatin1Char(' ') + QLatin1String(kTrades[(h >> 56) % count(kTrades)]);
        p.title = QLatin1String(kTitles[(h >> 60) % count(kTitles)]);
        m_people << p;
    }
}

bool DemoPopulation::holdsAccount(int product, int products, int person, double share)
{
    if (products <= 0)
        return false;
    if (person < knownCount())
        return person % products == product || (person % 3 == 0 && (person + 2) % products == product);
    const quint64 h = mix((quint64(person) << 8) ^ quint64(product) ^ 0x5eedULL);
    return double(h % 1000000) / 1000000.0 < share;
}

QString DemoPopulation::nationalFormat(const QString& e164, const QString& country)
{
    const QString d = e164.startsWith(QLatin1Char('+')) ? e164.mid(1) : e164;
    auto nsn = [&d](int ccLength) { return d.mid(ccLength); };
    if (country == QLatin1String("US") && d.startsWith(QLatin1Char('1')) && d.size() == 11) {
        const QString n = nsn(1);
        return QStringLiteral("(%1) %2-%3").arg(n.left(3), n.mid(3, 3), n.mid(6));
    }
    if (country == QLatin1String("GB") && d.startsWith(QLatin1String("44"))) {
        const QString n = nsn(2);
        if (n.startsWith(QLatin1String("20")) || n.startsWith(QLatin1String("29")))
            return QStringLiteral("0%1 %2 %3").arg(n.left(2), n.mid(2, 4), n.mid(6));
        if (n.startsWith(QLatin1Char('7')))
            return QStringLiteral("0%1 %2").arg(n.left(4), n.mid(4));
        return QStringLiteral("0%1 %2 %3").arg(n.left(3), n.mid(3, 3), n.mid(6));
    }
    if (country == QLatin1String("IT") && d.startsWith(QLatin1String("39")))
        return nsn(2); // Italian numbers keep their leading 0 after the country code
    if (country == QLatin1String("BR") && d.startsWith(QLatin1String("55"))) {
        const QString n = nsn(2);
        return QStringLiteral("(%1) %2-%3").arg(n.left(2), n.mid(2, 4), n.mid(6));
    }
    // Elsewhere: the country's own national form (a trunk 0 in Germany, Ireland and most of Europe), digits
    // only.
    const QString national = digitsOf(Phone::nationalFormat(QLatin1Char('+') + d));
    return national.isEmpty() ? e164 : national;
}

} // namespace lethe
