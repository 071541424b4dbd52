#include "DiscoveryRules.h"

#include <QDate>

namespace lethe::discovery {

QString typeFamily(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QString:
        return QStringLiteral("text");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
        return QStringLiteral("integer");
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("number");
    case QMetaType::Bool:
        return QStringLiteral("boolean");
    case QMetaType::QDate:
        return QStringLiteral("date");
    case QMetaType::QTime:
        return QStringLiteral("time");
    case QMetaType::QDateTime:
        return QStringLiteral("timestamp");
    case QMetaType::QByteArray:
        return QStringLiteral("binary");
    case QMetaType::QUuid:
        return QStringLiteral("uuid");
    default:
        return QString::fromLatin1(type.name());
    }
}

const QList<NameRule>& nameRules()
{
    static const QList<NameRule> rules = {
        {"cvv|cvc|security_?code|card_?code|^csc$", "user.financial.credit_card", std::nullopt},
        {"e?mail", "user.contact.email", IdentityKind::Email},
        {"phone|mobile|^tel|_tel", "user.contact.phone_number", IdentityKind::Phone},
        {"fax", "user.contact.phone_number", std::nullopt},
        {"^(user_?name|login|login_?name|user_?login|screen_?name|nick_?name|user_?nice_?name|handle)$|_"
         "username$",
         "user.account.username", std::nullopt},
        {"(first|last|full|sur|given|middle|maiden|recipient|holder|billing|shipping|contact|customer)_?name",
         "user.name", std::nullopt},
        // A bare name is a person's only in a table of people: a workspace's, a report's or a product's name
        // names a thing, even when the table leads to people.
        {"^name$|^display_?name$|(^|_)author(_?name)?$", "user.name", std::nullopt, Role::PersonOnly},
        {"^title$|job_?title|^position$", "user.job_title", std::nullopt, Role::PersonOnly},
        {"^company$|company_?name|employer|workplace", "user.workplace", std::nullopt, Role::PersonOnly},
        {"^ip$|ip_?addr(ess)?$|_ip$", "user.device.ip_address", std::nullopt},
        {"house_?(number|no|nr|num)|(street|building)_?(number|no|nr|num)", "user.contact.address.street",
         std::nullopt},
        {"street|address", "user.contact.address.street", std::nullopt},
        {"city", "user.contact.address.city", std::nullopt, Role::PlaceWord},
        {"zip|postal|postcode", "user.contact.address.postal_code", std::nullopt},
        {"country", "user.contact.address.country", std::nullopt, Role::PlaceWord},
        {"state$", "user.contact.address.state", std::nullopt, Role::PlaceWord},
        {"district|county|province|suburb|neighbou?rhood", "user.contact.address", std::nullopt,
         Role::PlaceWord},
        {"birth|dob", "user.demographic.date_of_birth", std::nullopt},
        {"gender|^sex$", "user.demographic.gender", std::nullopt},
        {"ssn|social_?sec|national_?id|passport", "user.government_id", std::nullopt},
        {"user_?agent|_agent$", "user.device.user_agent", std::nullopt},
        {"pass(word)?$|pwd|_hash$|^hash$", "user.authorization.credentials", std::nullopt},
        {"token|secret|api_?key", "user.authorization.credentials", std::nullopt},
        {"card|ccn|iban|account_?number", "user.financial", std::nullopt},
        {"^lat$|latitude|^lon$|^lng$|longitude|geo", "user.location.precise", std::nullopt},
        // What a person wrote: the column that holds the text, not every column of a comments table.
        {"^(notes?|messages?|body|comments?|content|text)$|_(notes?|message|body|comment|content|text)$",
         "user.content.private", std::nullopt},
        {"photo|avatar|picture|portrait|selfie|headshot", "user.content.self_image", std::nullopt,
         Role::Personal},
        {"(^|_)(url|website|homepage)$", "user.contact.url", std::nullopt, Role::Personal},
    };
    return rules;
}

const QList<QRegularExpression>& nameRuleExpressions()
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> out;
        for (const NameRule& r : nameRules())
            out << QRegularExpression(QLatin1String(r.pattern));
        return out;
    }();
    return compiled;
}

bool idLike(const QString& name)
{
    static const QRegularExpression id(QStringLiteral("(^|_)[iI][dD]$|[a-z0-9]Id$|[a-z0-9]ID$"));
    return id.match(name).hasMatch();
}

const QList<ValueRule>& valueRules()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    static const QRegularExpression national(QStringLiteral("^[(+0-9][0-9 ()./-]{6,18}[0-9]$"));
    static const QRegularExpression ipv4(
        QStringLiteral("^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:]{2,39}$"));
    static const QRegularExpression date(QStringLiteral("^(19|20)\\d\\d-\\d\\d-\\d\\d$"));
    static const QList<ValueRule> rules = {
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "email addresses"), "user.contact.email",
         IdentityKind::Email, [](const QString& v) { return email.match(v).hasMatch(); }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "phone numbers"), "user.contact.phone_number",
         IdentityKind::Phone,
         [](const QString& v) {
             static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
             static const QRegularExpression separator(QStringLiteral("[ ()+-]"));
             QString digits = v;
             digits.remove(notDigit);
             return e164.match(v).hasMatch() || (national.match(v).hasMatch() && digits.size() >= 7 &&
                                                 digits.size() <= 15 && v.contains(separator));
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "IP addresses"), "user.device.ip_address", std::nullopt,
         [](const QString& v) {
             return ipv4.match(v).hasMatch() || (v.count(QLatin1Char(':')) >= 2 && ipv6.match(v).hasMatch());
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "card numbers passing the Luhn check"),
         "user.financial.credit_card", std::nullopt,
         [](const QString& v) {
             static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
             QString d = v;
             d.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
             return d.size() >= 13 && d.size() <= 19 && d.contains(allDigits) && SchemaDiscovery::luhn(d);
         }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "IBANs with a valid checksum"),
         "user.financial.bank_account", std::nullopt,
         [](const QString& v) { return SchemaDiscovery::iban(v); }},
        {QT_TRANSLATE_NOOP("lethe::SchemaDiscovery", "dates of birth"), "user.demographic.date_of_birth",
         std::nullopt,
         [](const QString& v) {
             if (!date.match(v).hasMatch())
                 return false;
             const QDate d = QDate::fromString(v, Qt::ISODate);
             return d.isValid() && d.year() >= 1900 && d < QDate::currentDate().addYears(-13);
         }},
    };
    return rules;
}

} // namespace lethe::discovery
