#include "Phone.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace lethe {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance(); // a thread-safe singleton; its methods are const
}

std::string std8(const QString& s)
{
    return s.toStdString();
}

QString digitsOf(const std::string& s)
{
    QString d;
    for (const char c : s)
        if (c >= '0' && c <= '9')
            d += QLatin1Char(c);
    return d;
}

// A region for messages: "GB", or "+800" for the calling codes that belong to no country.
QString regionName(int countryCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(countryCode, &region);
    if (region.size() == 2 && region != "ZZ")
        return QString::fromStdString(region);
    return QStringLiteral("+%1").arg(countryCode);
}

// A valid number, parsed from E.164 ("+442079460018"), or nullopt.
std::optional<PhoneNumber> parsedE164(const QString& e164)
{
    if (!e164.startsWith(QLatin1Char('+')))
        return std::nullopt;
    PhoneNumber n;
    if (util().Parse(std8(e164), "ZZ", &n) != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsValidNumber(n))
        return std::nullopt;
    return n;
}

} // namespace

Result<QString> Phone::toE164(const QString& text, const QString& defaultRegion)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("phone: empty."));
    // Digits and the punctuation people write numbers with only: libphonenumber would also read letters
    // (1-800-FLOWERS) and extensions ("ext. 12"), neither of which is the subject's number.
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if ((c.isDigit() && c.unicode() < 128) || (c == QLatin1Char('+') && i == 0) ||
            QStringLiteral(" -().\u00a0/").contains(c))
            continue;
        return makeError(Error::Code::InvalidInput,
                         tr("phone: contains \"%1\"; use digits, spaces, dashes and a leading +.").arg(c));
    }
    // 00 is the international prefix almost everywhere, and no national number starts with it: read it as +
    // whatever the region (libphonenumber reads it only in the regions that dial 00).
    if (t.startsWith(QLatin1String("00")))
        t = QLatin1Char('+') + t.mid(2);
    const bool international = t.startsWith(QLatin1Char('+'));
    if (!international && defaultRegion.isEmpty())
        return makeError(Error::Code::InvalidInput,
                         tr("phone: a national number needs a region; write it with + and the country code "
                            "(+44 20 7946 0018) or set the workspace's phone region (lethe-cli workspace "
                            "phone-region GB)."));
    if (!international && !isRegion(defaultRegion))
        return makeError(
            Error::Code::InvalidInput,
            tr("phone: the region \"%1\" is not a country code such as DE or GB.").arg(defaultRegion));
    PhoneNumber n;
    switch (util().Parse(std8(t), international ? std::string("ZZ") : std8(defaultRegion.toUpper()), &n)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return makeError(Error::Code::InvalidInput,
                         tr("phone: no country has the calling code after the +."));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return makeError(Error::Code::InvalidInput, tr("phone: not a phone number."));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return makeError(Error::Code::InvalidInput, tr("phone: too few digits for a phone number."));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return makeError(Error::Code::InvalidInput, tr("phone: too many digits for a phone number."));
    }
    if (!util().IsValidNumber(n)) {
        const QString where = regionName(n.country_code());
        switch (util().IsPossibleNumberWithReason(n)) {
        case PhoneNumberUtil::TOO_SHORT:
            return makeError(Error::Code::InvalidInput,
                             tr("phone: too few digits for a number in %1.").arg(where));
        case PhoneNumberUtil::TOO_LONG:
            return makeError(Error::Code::InvalidInput,
                             tr("phone: too many digits for a number in %1.").arg(where));
        case PhoneNumberUtil::INVALID_LENGTH:
            return makeError(Error::Code::InvalidInput,
                             tr("phone: numbers in %1 do not have this many digits.").arg(where));
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            return makeError(Error::Code::InvalidInput,
                             tr("phone: a local number in %1 without its area code.").arg(where));
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return makeError(Error::Code::InvalidInput,
                             tr("phone: no country has the calling code after the +."));
        case PhoneNumberUtil::IS_POSSIBLE:
            break;
        }
        return makeError(
            Error::Code::InvalidInput,
            tr("phone: not a number in %1's numbering plan (no such area code or range).").arg(where));
    }
    std::string e164;
    util().Format(n, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QStringList Phone::storedForms(const QString& e164)
{
    const auto n = parsedE164(e164);
    if (!n)
        return {};
    const QString international = QString::number(n->country_code());
    std::string nsn, national, region, trunk;
    util().GetNationalSignificantNumber(*n, &nsn);
    util().Format(*n, PhoneNumberUtil::NATIONAL, &national);
    util().GetRegionCodeForNumber(*n, &region);
    util().GetNddPrefixForRegion(region, true, &trunk);
    const QString significant = QString::fromStdString(nsn);
    const QString prefix = QString::fromStdString(trunk);
    QStringList forms = {international + significant, QStringLiteral("00") + international + significant,
                         digitsOf(national)};
    if (!prefix.isEmpty())
        forms << prefix + significant; // where the national format leaves the prefix out (NANP's 1)
    if (prefix == QLatin1String("0")) {
        forms << international + prefix + significant; // "+44 (0)20 7946 0018"
        forms << QStringLiteral("00") + international + prefix + significant;
    }
    forms.removeDuplicates();
    return forms;
}

QString Phone::nationalFormat(const QString& e164)
{
    const auto n = parsedE164(e164);
    if (!n)
        return {};
    std::string national;
    util().Format(*n, PhoneNumberUtil::NATIONAL, &national);
    return QString::fromStdString(national);
}

QString Phone::regionOf(const QString& e164)
{
    const auto n = parsedE164(e164);
    if (!n)
        return {};
    std::string region;
    util().GetRegionCodeForNumber(*n, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

bool Phone::isRegion(const QString& code)
{
    if (code.size() != 2)
        return false;
    static const std::set<std::string> regions = [] {
        std::set<std::string> r;
        util().GetSupportedRegions(&r);
        return r;
    }();
    return regions.count(std8(code.toUpper())) > 0;
}

} // namespace lethe
