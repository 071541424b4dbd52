#include "HolidayCalendar.h"

#include "Deadlines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace lethe {

namespace {

std::atomic<quint64> nextSerial{1};

QDate orthodoxEasterSunday(int year)
{
    // Meeus' Julian algorithm, then Julian to Gregorian (13 days from 1900 to 2099).
    const int a = year % 4, b = year % 7, c = year % 19;
    const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31, day = ((d + e + 114) % 31) + 1;
    const int shift = year / 100 - year / 400 - 2;
    return QDate(year, month, day).addDays(shift);
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        while (d.dayOfWeek() != weekday)
            d = d.addDays(-1);
        return d;
    }
    QDate d(year, month, 1);
    while (d.dayOfWeek() != weekday)
        d = d.addDays(1);
    d = d.addDays(7 * (n - 1));
    return d.month() == month ? d : QDate();
}

const QStringList& weekdayKeys()
{
    static const QStringList keys = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                     QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                     QStringLiteral("sun")};
    return keys;
}

struct WeekendName
{
    const char* key;
    HolidayRule::Weekend value;
};
constexpr WeekendName weekendNames[] = {
    {"none", HolidayRule::Weekend::None},
    {"next-free-weekday", HolidayRule::Weekend::NextFreeWeekday},
    {"sunday-to-monday", HolidayRule::Weekend::SundayToMonday},
    {"sunday-to-monday-saturday-to-friday", HolidayRule::Weekend::SundayToMondaySaturdayToFriday},
    {"sunday-to-saturday", HolidayRule::Weekend::SundayToSaturday},
};

QString weekendKeys()
{
    QStringList k;
    for (const WeekendName& w : weekendNames)
        k << QLatin1String(w.key);
    return k.join(QStringLiteral(", "));
}

std::optional<HolidayRule::Weekend> parseWeekend(const QString& s)
{
    for (const WeekendName& w : weekendNames) {
        if (s == QLatin1String(w.key))
            return w.value;
    }
    return std::nullopt;
}

const QStringList euMemberStates = {
    QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"),
    QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
    QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("GR"),
    QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
    QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
    QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
    QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK")};

} // namespace

QDate HolidayRule::dateIn(int year) const
{
    if ((from && year < from) || (to && year > to) || except.contains(year))
        return {};
    switch (kind) {
    case Kind::Fixed:
        return QDate(year, month, day);
    case Kind::Easter:
        return Deadlines::easterSunday(year).addDays(offset);
    case Kind::OrthodoxEaster:
        return orthodoxEasterSunday(year).addDays(offset);
    case Kind::NthWeekday:
        return nthWeekday(year, month, weekday, nth);
    case Kind::WeekdayOnOrAfter: {
        QDate d(year, month, day);
        while (d.isValid() && d.dayOfWeek() != weekday)
            d = d.addDays(1);
        return d;
    }
    case Kind::OneOff:
        return on.year() == year ? on : QDate();
    }
    return {};
}

QList<Holiday> HolidayCalendar::holidays(int year) const
{
    return cachedHolidays(year);
}

const QList<Holiday>& HolidayCalendar::cachedHolidays(int year) const
{
    // Per thread: the queue computes 100,000 deadlines at a time, each asking a few days.
    thread_local std::unordered_map<quint64, std::unordered_map<int, QList<Holiday>>> cache;
    auto& perYear = cache[m_serial];
    if (auto it = perYear.find(year); it != perYear.end())
        return it->second;

    QList<Holiday> days;
    QList<const HolidayRule*> moving;
    QList<QDate> movingDates;
    for (const HolidayRule& r : m_rules) {
        const QDate d = r.dateIn(year);
        if (!d.isValid())
            continue;
        days << Holiday{d, r.name};
        if (Deadlines::isWeekend(d) && r.weekend != HolidayRule::Weekend::None) {
            moving << &r;
            movingDates << d;
        }
    }
    // Substitute days, in date order so that Christmas takes Monday before Boxing Day takes Tuesday.
    QList<int> order(moving.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return movingDates[a] < movingDates[b]; });
    auto taken = [&days](QDate d) {
        return std::any_of(days.cbegin(), days.cend(), [d](const Holiday& h) { return h.date == d; });
    };
    const QString substitute = QStringLiteral("%1 (substitute day)");
    for (int i : order) {
        const QDate d = movingDates[i];
        QDate s;
        switch (moving[i]->weekend) {
        case HolidayRule::Weekend::None:
            break;
        case HolidayRule::Weekend::NextFreeWeekday:
            s = d;
            while (Deadlines::isWeekend(s) || taken(s))
                s = s.addDays(1);
            break;
        case HolidayRule::Weekend::SundayToMonday:
            if (d.dayOfWeek() == 7)
                s = d.addDays(1);
            break;
        case HolidayRule::Weekend::SundayToMondaySaturdayToFriday:
            s = d.addDays(d.dayOfWeek() == 7 ? 1 : -1);
            break;
        case HolidayRule::Weekend::SundayToSaturday:
            if (d.dayOfWeek() == 7) {
                // The day itself moves: the Sunday is no longer the holiday.
                for (Holiday& h : days) {
                    if (h.date == d && h.name == moving[i]->name)
                        h.date = d.addDays(-1);
                }
            }
            break;
        }
        if (s.isValid())
            days << Holiday{s, substitute.arg(moving[i]->name)};
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return perYear.emplace(year, std::move(days)).first->second;
}

QString HolidayCalendar::holidayName(QDate d) const
{
    if (!d.isValid())
        return {};
    QString names; // almost always one name, or none: no list is built
    for (const Holiday& h : cachedHolidays(d.year())) {
        if (h.date != d)
            continue;
        if (names.isEmpty())
            names = h.name;
        else if (!names.split(QStringLiteral(" / ")).contains(h.name))
            names += QStringLiteral(" / ") + h.name;
    }
    return names;
}

namespace {

// One rule of a calendar file (holidays[i]) read and checked, for HolidayCalendar::parse.
class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(lethe::HolidayCalendar)
public:
    RuleReader(const QJsonObject& r_, const QString& at_, const QString& file_) : r(r_), at(at_), file(file_)
    {}

    // A field of the file `in` that is wrong, and why.
    static Error badField(const QString& in, const QString& field, const QString& why);
    Status read(HolidayRule& rule, HolidayRule::Weekend defaultWeekend) const;

private:
    Error bad(const QString& field, const QString& why) const { return badField(file, field, why); }
    std::optional<int> integer(const char* key, int lo, int hi) const;
    Status kind(HolidayRule& rule) const;
    Status years(HolidayRule& rule) const;

    const QJsonObject& r;
    const QString& at;
    const QString& file;
};

Error RuleReader::badField(const QString& in, const QString& field, const QString& why)
{
    return makeError(Error::Code::InvalidInput, tr("%1: %2: %3").arg(in, field, why));
}

std::optional<int> RuleReader::integer(const char* key, int lo, int hi) const
{
    const QJsonValue v = r.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < lo || v.toInt() > hi)
        return std::nullopt;
    return v.toInt();
}

// Exactly one of a fixed date, an offset from Easter, a weekday of a month or a single day.
Status RuleReader::kind(HolidayRule& rule) const
{
    int kinds = 0;
    if (r.contains(QStringLiteral("date"))) {
        ++kinds;
        rule.kind = HolidayRule::Kind::Fixed;
        const QDate d = QDate::fromString(
            QStringLiteral("2000-") + r.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!d.isValid() || r.value(QStringLiteral("date")).toString().size() != 5)
            return bad(
                at + QStringLiteral(".date"),
                tr("\"%1\" is not a month and day (MM-DD).").arg(r.value(QStringLiteral("date")).toString()));
        rule.month = d.month();
        rule.day = d.day();
    }
    for (const char* key : {"easter", "orthodoxEaster"}) {
        if (!r.contains(QLatin1String(key)))
            continue;
        ++kinds;
        rule.kind =
            qstrcmp(key, "easter") == 0 ? HolidayRule::Kind::Easter : HolidayRule::Kind::OrthodoxEaster;
        const auto off = integer(key, -100, 100);
        if (!off)
            return bad(at + QLatin1Char('.') + QLatin1String(key),
                       tr("a whole number of days after Easter Sunday (-100 to 100)."));
        rule.offset = *off;
    }
    if (r.contains(QStringLiteral("weekday")) || r.contains(QStringLiteral("month"))) {
        if (!r.contains(QStringLiteral("date")))
            ++kinds;
        const auto month = integer("month", 1, 12);
        if (!month)
            return bad(at + QStringLiteral(".month"), tr("required with weekday, 1 to 12."));
        rule.month = *month;
        rule.weekday = int(weekdayKeys().indexOf(r.value(QStringLiteral("weekday")).toString())) + 1;
        if (rule.weekday == 0)
            return bad(at + QStringLiteral(".weekday"),
                       tr("one of %1.").arg(weekdayKeys().join(QStringLiteral(", "))));
        if (r.contains(QStringLiteral("nth")) == r.contains(QStringLiteral("onOrAfter")))
            return bad(at,
                       tr("a weekday rule needs either nth (1 to 5, -1 for the last) or onOrAfter (a day)."));
        if (r.contains(QStringLiteral("nth"))) {
            const auto n = integer("nth", -1, 5);
            if (!n || *n == 0)
                return bad(at + QStringLiteral(".nth"), tr("1 to 5, or -1 for the last."));
            rule.kind = HolidayRule::Kind::NthWeekday;
            rule.nth = *n;
        } else {
            const auto day = integer("onOrAfter", 1, 31);
            if (!day || !QDate(2000, rule.month, *day).isValid())
                return bad(at + QStringLiteral(".onOrAfter"), tr("a day of the month."));
            rule.kind = HolidayRule::Kind::WeekdayOnOrAfter;
            rule.day = *day;
        }
    }
    if (r.contains(QStringLiteral("on"))) {
        ++kinds;
        rule.kind = HolidayRule::Kind::OneOff;
        rule.on = QDate::fromString(r.value(QStringLiteral("on")).toString(), Qt::ISODate);
        if (!rule.on.isValid())
            return bad(
                at + QStringLiteral(".on"),
                tr("\"%1\" is not a date (YYYY-MM-DD).").arg(r.value(QStringLiteral("on")).toString()));
    }
    if (kinds != 1)
        return bad(at, tr("\"%1\" needs exactly one of date, easter, orthodoxEaster, month+weekday or on.")
                           .arg(rule.name));
    return {};
}

// The years the rule holds in, and those it skips.
Status RuleReader::years(HolidayRule& rule) const
{
    for (const char* key : {"from", "to"}) {
        if (!r.contains(QLatin1String(key)))
            continue;
        const auto y = integer(key, 1900, 2200);
        if (!y)
            return bad(at + QLatin1Char('.') + QLatin1String(key), tr("a year from 1900 to 2200."));
        (qstrcmp(key, "from") == 0 ? rule.from : rule.to) = *y;
    }
    if (rule.from && rule.to && rule.from > rule.to)
        return bad(at + QStringLiteral(".to"), tr("%1 is before from (%2).").arg(rule.to).arg(rule.from));
    if (r.contains(QStringLiteral("except"))) {
        const QJsonValue e = r.value(QStringLiteral("except"));
        if (!e.isArray())
            return bad(at + QStringLiteral(".except"), tr("a list of years."));
        for (const QJsonValue& y : e.toArray()) {
            if (!y.isDouble() || y.toInt() < 1900 || y.toInt() > 2200)
                return bad(at + QStringLiteral(".except"), tr("a list of years from 1900 to 2200."));
            rule.except << y.toInt();
        }
    }
    return {};
}

Status RuleReader::read(HolidayRule& rule, HolidayRule::Weekend defaultWeekend) const
{
    static const QStringList ruleKeys = {QStringLiteral("name"),    QStringLiteral("date"),
                                         QStringLiteral("easter"),  QStringLiteral("orthodoxEaster"),
                                         QStringLiteral("month"),   QStringLiteral("weekday"),
                                         QStringLiteral("nth"),     QStringLiteral("onOrAfter"),
                                         QStringLiteral("on"),      QStringLiteral("from"),
                                         QStringLiteral("to"),      QStringLiteral("except"),
                                         QStringLiteral("weekend"), QStringLiteral("note")};
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (!ruleKeys.contains(it.key()))
            return bad(at + QLatin1Char('.') + it.key(),
                       tr("unknown field (known: %1).").arg(ruleKeys.join(QStringLiteral(", "))));
    }
    rule.name = r.value(QStringLiteral("name")).toString().trimmed();
    if (rule.name.isEmpty())
        return bad(at + QStringLiteral(".name"), tr("required, a non-empty text."));
    if (Status s = kind(rule); !s)
        return s;
    if (Status s = years(rule); !s)
        return s;
    rule.weekend = defaultWeekend;
    if (r.contains(QStringLiteral("weekend"))) {
        const auto w = parseWeekend(r.value(QStringLiteral("weekend")).toString());
        if (!w)
            return bad(at + QStringLiteral(".weekend"), tr("one of %1.").arg(weekendKeys()));
        rule.weekend = *w;
    }
    return {};
}

} // namespace

Result<HolidayCalendar> HolidayCalendar::parse(const QByteArray& json, const QString& file)
{
    auto bad = [&file](const QString& field, const QString& why) {
        return RuleReader::badField(file, field, why);
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: not valid JSON at offset %2: %3").arg(file).arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return makeError(Error::Code::InvalidInput, tr("%1: the file must hold one JSON object.").arg(file));
    const QJsonObject o = doc.object();
    static const QStringList topKeys = {QStringLiteral("id"),      QStringLiteral("name"),
                                        QStringLiteral("extends"), QStringLiteral("sources"),
                                        QStringLiteral("notes"),   QStringLiteral("weekend"),
                                        QStringLiteral("holidays")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!topKeys.contains(it.key()))
            return bad(it.key(), tr("unknown field (known: %1).").arg(topKeys.join(QStringLiteral(", "))));
    }
    HolidayCalendar c;
    c.m_serial = nextSerial++;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"));
    c.m_id = o.value(QStringLiteral("id")).toString();
    if (!idPattern.match(c.m_id).hasMatch())
        return bad(QStringLiteral("id"),
                   tr("\"%1\" is not an ISO 3166 code such as DE or DE-BY.").arg(c.m_id));
    c.m_name = o.value(QStringLiteral("name")).toString().trimmed();
    if (c.m_name.isEmpty())
        return bad(QStringLiteral("name"), tr("required, a non-empty text."));
    if (o.contains(QStringLiteral("extends"))) {
        c.m_parent = o.value(QStringLiteral("extends")).toString();
        if (!idPattern.match(c.m_parent).hasMatch() || c.m_parent == c.m_id)
            return bad(QStringLiteral("extends"), tr("\"%1\" is not another calendar's id.").arg(c.m_parent));
    }
    const QJsonValue sources = o.value(QStringLiteral("sources"));
    if (!sources.isArray() || sources.toArray().isEmpty())
        return bad(QStringLiteral("sources"), tr("required, a list of the texts the dates come from."));
    for (const QJsonValue& s : sources.toArray()) {
        if (!s.isString() || s.toString().trimmed().isEmpty())
            return bad(QStringLiteral("sources"), tr("every source must be a non-empty text."));
        c.m_sources << s.toString();
    }
    c.m_notes = o.value(QStringLiteral("notes")).toString();
    HolidayRule::Weekend defaultWeekend = HolidayRule::Weekend::None;
    if (o.contains(QStringLiteral("weekend"))) {
        const auto w = parseWeekend(o.value(QStringLiteral("weekend")).toString());
        if (!w)
            return bad(QStringLiteral("weekend"), tr("one of %1.").arg(weekendKeys()));
        defaultWeekend = *w;
    }
    const QJsonValue holidays = o.value(QStringLiteral("holidays"));
    if (!holidays.isArray())
        return bad(QStringLiteral("holidays"), tr("required, a list of rules."));
    const QJsonArray rules = holidays.toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QString at = QStringLiteral("holidays[%1]").arg(i);
        if (!rules[i].isObject())
            return bad(at, tr("each rule must be an object."));
        const QJsonObject r = rules[i].toObject();
        HolidayRule rule;
        if (Status s = RuleReader(r, at, file).read(rule, defaultWeekend); !s)
            return s.error();
        c.m_rules << rule;
    }
    return c;
}

Result<std::shared_ptr<const HolidayCalendars>> HolidayCalendars::load(const QString& folder)
{
    auto set = std::make_shared<HolidayCalendars>();
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return makeError(Error::Code::NotFound, tr("%1: no calendar files (*.json).").arg(folder));
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Storage, tr("%1: cannot read: %2").arg(name, f.errorString()));
        auto c = HolidayCalendar::parse(f.readAll(), name);
        if (!c)
            return c.error();
        if (QFileInfo(name).completeBaseName() != c->id())
            return makeError(Error::Code::InvalidInput,
                             tr("%1: id: \"%2\" must match the file name (%2.json).").arg(name, c->id()));
        const QString id = c->id();
        if (set->m_calendars.contains(id))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: id: \"%2\" is used by another file.").arg(name, id));
        set->m_calendars.insert(id, std::make_shared<HolidayCalendar>(std::move(c).value()));
    }
    // `extends`: one level (a region of a country); the parent's rules come first.
    for (auto& c : set->m_calendars) {
        if (c->m_parent.isEmpty())
            continue;
        auto parent = set->m_calendars.value(c->m_parent);
        if (!parent)
            return makeError(Error::Code::InvalidInput,
                             tr("%1.json: extends: there is no calendar \"%2\".").arg(c->id(), c->m_parent));
        if (!parent->m_parent.isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("%1.json: extends: \"%2\" extends another calendar itself; only one level is "
                                "allowed.")
                                 .arg(c->id(), c->m_parent));
    }
    for (auto& c : set->m_calendars) {
        if (!c->m_parent.isEmpty())
            c->m_rules = set->m_calendars.value(c->m_parent)->m_rules + c->m_rules;
    }
    return std::shared_ptr<const HolidayCalendars>(std::move(set));
}

const HolidayCalendars& HolidayCalendars::shipped()
{
    static const std::shared_ptr<const HolidayCalendars> set = [] {
        auto s = load(QStringLiteral(":/calendars"));
        if (!s) {
            qWarning("Shipped holiday calendars not loaded: %s", qUtf8Printable(s.error().message));
            return std::make_shared<const HolidayCalendars>();
        }
        return *s;
    }();
    return *set;
}

const HolidayCalendar* HolidayCalendars::find(const QString& id) const
{
    return m_calendars.value(id.trimmed().toUpper()).get();
}

QStringList HolidayCalendars::ids() const
{
    QStringList ids = m_calendars.keys();
    ids.sort();
    return ids;
}

bool HolidayCalendars::isEuMemberState(const QString& country)
{
    return euMemberStates.contains(country);
}

Status HolidayCalendars::checkFits(Regulation regulation, const QString& idIn)
{
    const QString id = idIn.trimmed().toUpper();
    if (!shipped().find(id))
        return makeError(Error::Code::InvalidInput,
                         tr("\"%1\" is not a known calendar; known: %2.")
                             .arg(idIn, shipped().ids().join(QStringLiteral(", "))));
    const QString country = id.left(2);
    switch (regulation) {
    case Regulation::Gdpr:
        if (isEuMemberState(country))
            return Status::success();
        return makeError(
            Error::Code::InvalidInput,
            tr("\"%1\" is not in an EU member state; the GDPR deadline needs a member state's calendar "
               "(such as DE, DE-BY, FR or IE).")
                .arg(id));
    case Regulation::UkGdpr:
        if (country == QLatin1String("GB"))
            return Status::success();
        return makeError(
            Error::Code::InvalidInput,
            tr("\"%1\" is not in the United Kingdom; the UK GDPR deadline needs GB-EAW, GB-SCT or "
               "GB-NIR.")
                .arg(id));
    case Regulation::Ccpa:
        return makeError(
            Error::Code::InvalidInput,
            tr("CCPA business days are California's (11 CCR 7001); a request cannot choose another "
               "calendar."));
    case Regulation::Other:
        return makeError(Error::Code::InvalidInput,
                         tr("the \"other\" regulation counts calendar days; it has no holiday calendar."));
    }
    return Status::success();
}

const HolidayCalendar* HolidayCalendars::forRegulation(Regulation regulation, const QString& requestOverride,
                                                       const QString& workspaceSetting)
{
    const HolidayCalendars& all = shipped();
    switch (regulation) {
    case Regulation::Ccpa:
        return all.find(QStringLiteral("US-CA"));
    case Regulation::Other:
        return nullptr;
    case Regulation::Gdpr:
    case Regulation::UkGdpr:
        break;
    }
    for (const QString& id : {requestOverride, workspaceSetting}) {
        if (!id.isEmpty() && checkFits(regulation, id))
            return all.find(id);
    }
    return regulation == Regulation::UkGdpr ? all.find(QStringLiteral("GB-EAW")) : nullptr;
}

} // namespace lethe
