#include "ReportText.h"

#include "DataMap.h"
#include "WorkspaceStore.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lethe {

namespace {

// The groups, in the order the report lists them.
const char* const kGroups[] = {
    QT_TRANSLATE_NOOP("lethe::ReportText", "Identity"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Financial data"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Location"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Activity"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Content you created"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Demographic data"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Work"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Official identifiers"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Sensor data"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Technical records"),
    QT_TRANSLATE_NOOP("lethe::ReportText", "Other personal data"),
};

struct Known
{
    const char* code;
    const char* group;
    const char* words;
    // The CCPA's categories (Cal. Civ. Code 1798.140(v)(1) and, for sensitive personal information, (ae)).
    const char* ccpa;
    bool sensitive;
};

const char* const kIdentifiers = QT_TRANSLATE_NOOP("lethe::ReportText", "Identifiers");
const char* const kCustomerRecords = QT_TRANSLATE_NOOP("lethe::ReportText", "Customer records");
const char* const kProtected =
    QT_TRANSLATE_NOOP("lethe::ReportText", "Characteristics of protected classifications");
const char* const kCommercial = QT_TRANSLATE_NOOP("lethe::ReportText", "Commercial information");
const char* const kNetwork =
    QT_TRANSLATE_NOOP("lethe::ReportText", "Internet or other electronic network activity information");
const char* const kGeolocation = QT_TRANSLATE_NOOP("lethe::ReportText", "Geolocation data");
const char* const kSensory =
    QT_TRANSLATE_NOOP("lethe::ReportText", "Audio, electronic, visual or similar information");
const char* const kProfessional =
    QT_TRANSLATE_NOOP("lethe::ReportText", "Professional or employment-related information");
const char* const kInferences =
    QT_TRANSLATE_NOOP("lethe::ReportText", "Inferences drawn to create a profile");
const char* const kSensitive = QT_TRANSLATE_NOOP("lethe::ReportText", "Sensitive personal information");
const char* const kOtherPi = QT_TRANSLATE_NOOP("lethe::ReportText", "Other personal information");

// The statute's order.
const char* const kCcpaOrder[] = {kIdentifiers, kCustomerRecords, kProtected, kCommercial,
                                  kNetwork,     kGeolocation,     kSensory,   kProfessional,
                                  kInferences,  kSensitive,       kOtherPi};

const Known kKnown[] = {
    {"user", QT_TRANSLATE_NOOP("lethe::ReportText", "Other personal data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "other details about you"), kOtherPi, false},
    {"user.name", QT_TRANSLATE_NOOP("lethe::ReportText", "Identity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "name"), kIdentifiers, false},
    {"user.unique_id", QT_TRANSLATE_NOOP("lethe::ReportText", "Identity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "user identifier"), kIdentifiers, false},
    {"user.contact", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "contact details"), kIdentifiers, false},
    {"user.contact.email", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "email address"), kIdentifiers, false},
    {"user.contact.phone_number", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "phone number"), kIdentifiers, false},
    {"user.contact.address", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "postal address"), kIdentifiers, false},
    {"user.contact.address.street", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "street"), kIdentifiers, false},
    {"user.contact.address.city", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "city"), kIdentifiers, false},
    {"user.contact.address.state", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "state or region"), kIdentifiers, false},
    {"user.contact.address.postal_code", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "postcode"), kIdentifiers, false},
    {"user.contact.address.country", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "country"), kIdentifiers, false},
    {"user.contact.url", QT_TRANSLATE_NOOP("lethe::ReportText", "Contact details"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "web address"), kIdentifiers, false},
    {"user.account", QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "account details"), kCustomerRecords, false},
    {"user.account.username", QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "user name"), kIdentifiers, false},
    {"user.account.settings", QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "settings"), kCustomerRecords, false},
    {"user.authorization", QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "access rights"), kCustomerRecords, false},
    {"user.authorization.credentials", QT_TRANSLATE_NOOP("lethe::ReportText", "Account"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "login credentials"), kSensitive, true},
    {"user.financial", QT_TRANSLATE_NOOP("lethe::ReportText", "Financial data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "financial details"), kCustomerRecords, false},
    {"user.financial.bank_account", QT_TRANSLATE_NOOP("lethe::ReportText", "Financial data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "bank account"), kCustomerRecords, true},
    {"user.financial.credit_card", QT_TRANSLATE_NOOP("lethe::ReportText", "Financial data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "payment card"), kCustomerRecords, true},
    {"user.payment", QT_TRANSLATE_NOOP("lethe::ReportText", "Financial data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "payments"), kCommercial, false},
    {"user.device", QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "device details"), kNetwork, false},
    {"user.device.ip_address", QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "IP address"), kIdentifiers, false},
    {"user.device.device_id", QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "device identifier"), kIdentifiers, false},
    {"user.device.cookie_id", QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "cookie identifier"), kIdentifiers, false},
    {"user.device.user_agent", QT_TRANSLATE_NOOP("lethe::ReportText", "Device data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "browser and operating system"), kNetwork, false},
    {"user.location", QT_TRANSLATE_NOOP("lethe::ReportText", "Location"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "location"), kGeolocation, false},
    {"user.location.imprecise", QT_TRANSLATE_NOOP("lethe::ReportText", "Location"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "approximate location"), kGeolocation, false},
    {"user.location.precise", QT_TRANSLATE_NOOP("lethe::ReportText", "Location"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "precise location"), kGeolocation, true},
    {"user.behavior", QT_TRANSLATE_NOOP("lethe::ReportText", "Activity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "activity"), kNetwork, false},
    {"user.behavior.browsing_history", QT_TRANSLATE_NOOP("lethe::ReportText", "Activity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "browsing history"), kNetwork, false},
    {"user.behavior.purchase_history", QT_TRANSLATE_NOOP("lethe::ReportText", "Activity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "purchase history"), kCommercial, false},
    {"user.content", QT_TRANSLATE_NOOP("lethe::ReportText", "Content you created"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "content"), kOtherPi, false},
    {"user.content.private", QT_TRANSLATE_NOOP("lethe::ReportText", "Content you created"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "private messages and content"), kSensitive, true},
    {"user.content.public", QT_TRANSLATE_NOOP("lethe::ReportText", "Content you created"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "public content"), kOtherPi, false},
    {"user.demographic", QT_TRANSLATE_NOOP("lethe::ReportText", "Demographic data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "demographic details"), kProtected, false},
    {"user.demographic.date_of_birth", QT_TRANSLATE_NOOP("lethe::ReportText", "Demographic data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "date of birth"), kProtected, false},
    {"user.demographic.gender", QT_TRANSLATE_NOOP("lethe::ReportText", "Demographic data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "gender"), kProtected, false},
    {"user.job_title", QT_TRANSLATE_NOOP("lethe::ReportText", "Work"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "job title"), kProfessional, false},
    {"user.workplace", QT_TRANSLATE_NOOP("lethe::ReportText", "Work"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "employer"), kProfessional, false},
    {"user.government_id", QT_TRANSLATE_NOOP("lethe::ReportText", "Official identifiers"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "government identifier"), kIdentifiers, true},
    {"user.sensor", QT_TRANSLATE_NOOP("lethe::ReportText", "Sensor data"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "sensor readings"), kSensory, false},
    {"user.telemetry", QT_TRANSLATE_NOOP("lethe::ReportText", "Activity"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "usage data"), kNetwork, false},
    {"system", QT_TRANSLATE_NOOP("lethe::ReportText", "Technical records"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "technical records"), kNetwork, false},
    {"system.operations", QT_TRANSLATE_NOOP("lethe::ReportText", "Technical records"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "operational records"), kNetwork, false},
    {"system.authentication", QT_TRANSLATE_NOOP("lethe::ReportText", "Technical records"),
     QT_TRANSLATE_NOOP("lethe::ReportText", "sign-in records"), kNetwork, false},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("lethe::ReportText", text);
}

// The nearest known category at or above `code` (user.contact.email.work: user.contact.email).
const Known* knownFor(QString code)
{
    static const QHash<QString, const Known*> byCode = [] {
        QHash<QString, const Known*> h;
        for (const Known& k : kKnown)
            h.insert(QString::fromLatin1(k.code), &k);
        return h;
    }();
    while (!code.isEmpty()) {
        if (const Known* k = byCode.value(code))
            return k;
        const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
        code = dot < 0 ? QString() : code.left(dot);
    }
    return nullptr;
}

bool isCustom(const QString& code)
{
    return code.startsWith(QLatin1String("custom."));
}

// custom.crm.lead_score: "lead score".
QString humanised(const QString& code)
{
    QString last = code.section(QLatin1Char('.'), -1);
    last.replace(QLatin1Char('_'), QLatin1Char(' '));
    return last.trimmed();
}

// A column's name in lower-case segments: "oauthTokenEncrypted" and "oauth_token_encrypted" alike.
QStringList nameSegments(const QString& column)
{
    QString s;
    for (int i = 0; i < column.size(); ++i) {
        const QChar c = column[i];
        if (c.isUpper() && i > 0 && column[i - 1].isLower())
            s += QLatin1Char('_');
        s += c.toLower();
    }
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return s.split(separators, Qt::SkipEmptyParts);
}

// Lines "Group: a, b" from (group, thing) pairs, groups in `order`, things in first-seen order.
QStringList grouped(const QList<QPair<QString, QString>>& pairs, const QStringList& order)
{
    QHash<QString, QStringList> things;
    QStringList groups;
    for (const auto& [group, thing] : pairs) {
        if (!groups.contains(group))
            groups << group;
        if (!thing.isEmpty() && !things[group].contains(thing))
            things[group] << thing;
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const QString& a, const QString& b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    QStringList out;
    for (const QString& g : std::as_const(groups))
        out << (things.value(g).isEmpty()
                    ? g
                    : QStringLiteral("%1: %2").arg(g, things.value(g).join(QStringLiteral(", "))));
    return out;
}

} // namespace

const QStringList& ReportContacts::settingKeys()
{
    static const QStringList keys = {QStringLiteral("controller.name"), QStringLiteral("controller.contact"),
                                     QStringLiteral("controller.dpo_contact"),
                                     QStringLiteral("authority.name"), QStringLiteral("authority.url")};
    return keys;
}

const QStringList& ReportContacts::optionNames()
{
    static const QStringList names = {QStringLiteral("controller-name"), QStringLiteral("controller-contact"),
                                      QStringLiteral("dpo-contact"), QStringLiteral("authority-name"),
                                      QStringLiteral("authority-url")};
    return names;
}

QString ReportContacts::value(int index) const
{
    const QString* const all[] = {&controllerName, &controllerContact, &dpoContact, &authorityName,
                                  &authorityUrl};
    return index >= 0 && index < 5 ? *all[index] : QString();
}

void ReportContacts::setValue(int index, const QString& value)
{
    QString* const all[] = {&controllerName, &controllerContact, &dpoContact, &authorityName, &authorityUrl};
    if (index >= 0 && index < 5)
        *all[index] = value;
}

Result<ReportContacts> ReportContacts::load(const WorkspaceStore& store)
{
    ReportContacts c;
    for (int i = 0; i < settingKeys().size(); ++i) {
        auto v = store.setting(settingKeys()[i]);
        if (!v)
            return v.error();
        c.setValue(i, v->trimmed());
    }
    return c;
}

Status ReportContacts::check(Regulation regulation) const
{
    QStringList missing;
    if (controllerName.trimmed().isEmpty())
        missing << QStringLiteral("--controller-name");
    if (controllerContact.trimmed().isEmpty())
        missing << QStringLiteral("--controller-contact");
    if (regulation == Regulation::Gdpr && authorityName.trimmed().isEmpty())
        missing << QStringLiteral("--authority-name");
    if (missing.isEmpty())
        return {};
    return makeError(
        Error::Code::IllegalState,
        ReportText::tr("The report would not say who the controller is, how to reach them or where "
                       "the subject may complain: set %1 with lethe-cli workspace set (the "
                       "workspace settings %2).")
            .arg(missing.join(QStringLiteral(", ")), [&] {
                QStringList keys;
                for (const QString& m : missing)
                    keys << settingKeys()[optionNames().indexOf(m.mid(2))];
                return keys.join(QStringLiteral(", "));
            }()));
}

QString ReportText::group(const QString& category)
{
    if (isCustom(category))
        return tr("Other personal data");
    const Known* k = knownFor(category);
    return translated(k ? k->group : "Other personal data");
}

QString ReportText::words(const QString& category)
{
    if (isCustom(category))
        return humanised(category);
    const Known* k = knownFor(category);
    return k ? translated(k->words) : humanised(category);
}

QStringList ReportText::describe(const QList<QStringList>& categories)
{
    QList<QPair<QString, QString>> pairs;
    for (const QStringList& column : categories)
        for (const QString& c : column)
            pairs << qMakePair(group(c), words(c));
    QStringList order;
    for (const char* g : kGroups)
        order << translated(g);
    return grouped(pairs, order);
}

QStringList ReportText::ccpaCategories(const QString& category)
{
    if (isCustom(category)) {
        // A company's own category: an inference when it is named like one, other personal information
        // otherwise.
        static const QRegularExpression inference(
            QStringLiteral("(score|segment|profile|predict|propensity|interest|inferred|intent|rating)"));
        return {translated(inference.match(category).hasMatch() ? kInferences : kOtherPi)};
    }
    const Known* k = knownFor(category);
    if (!k)
        return {translated(kOtherPi)};
    QStringList out{translated(k->ccpa)};
    if (k->sensitive && k->ccpa != kSensitive)
        out << translated(kSensitive);
    return out;
}

QStringList ReportText::describeCcpa(const QList<QStringList>& categories)
{
    QList<QPair<QString, QString>> pairs;
    for (const QStringList& column : categories)
        for (const QString& c : column)
            for (const QString& statute : ccpaCategories(c))
                pairs << qMakePair(statute, words(c));
    QStringList order;
    for (const char* g : kCcpaOrder)
        order << translated(g);
    return grouped(pairs, order);
}

QString ReportText::withheldReason(const QString& column, const QStringList& categories)
{
    const QStringList parts = nameSegments(column);
    auto has = [&](std::initializer_list<const char*> words) {
        for (const char* w : words)
            if (parts.contains(QLatin1String(w)))
                return true;
        return false;
    };
    QString what;
    if (has({"password", "passwd", "pwd", "passphrase"}))
        what = has({"hash", "hashed", "digest"})     ? tr("a password hash")
               : has({"encrypted", "enc", "cipher"}) ? tr("an encrypted password")
                                                     : tr("a password");
    else if (has({"hash", "hashed"}))
        what = tr("a password hash");
    else if (has({"token", "jwt"}))
        what = has({"encrypted", "enc", "cipher"}) ? tr("an encrypted access token") : tr("an access token");
    else if (has({"secret", "salt", "otp", "totp", "mfa", "apikey"}) ||
             (parts.contains(QLatin1String("api")) && parts.contains(QLatin1String("key"))) ||
             (parts.contains(QLatin1String("private")) && parts.contains(QLatin1String("key"))))
        what = tr("a secret key");
    else if (std::any_of(categories.cbegin(), categories.cend(), [](const QString& c) {
                 return DataCategories::covers(QStringLiteral("user.authorization.credentials"), c);
             }))
        what = tr("a login credential");
    if (what.isEmpty())
        return {};
    return tr("withheld: %1 is a secret, not information about you").arg(what);
}

bool ReportText::looksLikeTimestampColumn(const QString& column)
{
    const QStringList parts = nameSegments(column);
    if (parts.isEmpty())
        return false;
    static const QStringList words = {QStringLiteral("created"),   QStringLiteral("updated"),
                                      QStringLiteral("modified"),  QStringLiteral("deleted"),
                                      QStringLiteral("timestamp"), QStringLiteral("ts"),
                                      QStringLiteral("time"),      QStringLiteral("date")};
    if (parts.last() == QLatin1String("at") || parts.last() == QLatin1String("on"))
        return true;
    for (const QString& p : parts)
        if (words.contains(p))
            return true;
    return false;
}

QString ReportText::epochAsDate(const QString& column, const QJsonValue& value)
{
    QString digits;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || d < 0 || d > 1e14)
            return {};
        digits = QString::number(qint64(d));
    } else if (value.isString()) {
        digits = value.toString();
    } else {
        return {};
    }
    static const QRegularExpression epoch(QStringLiteral("^[1-9](\\d{9}|\\d{12})$"));
    if (!epoch.match(digits).hasMatch() || !looksLikeTimestampColumn(column))
        return {};
    const qint64 n = digits.toLongLong();
    const QDateTime t = digits.size() == 10 ? QDateTime::fromSecsSinceEpoch(n, Qt::UTC)
                                            : QDateTime::fromMSecsSinceEpoch(n, Qt::UTC);
    return tr("%1 UTC").arg(t.toString(digits.size() == 10 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                           : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
}

QStringList ReportText::rights(Regulation regulation)
{
    switch (regulation) {
    case Regulation::Ccpa:
        return {tr("The right to know: what personal information we collect, use, disclose, sell and share, "
                   "and a copy of it (this report)."),
                tr("The right to delete the personal information we collected from you, and the right to "
                   "correct inaccurate personal information."),
                tr("The right to opt out of the sale or sharing of your personal information, and to limit "
                   "the use and disclosure of sensitive personal information."),
                tr("The right not to be discriminated against for exercising any of these rights: we may not "
                   "deny you goods or services, charge you a different price or give you a different level "
                   "or quality of service because you did.")};
    case Regulation::Gdpr:
    case Regulation::UkGdpr:
        return {tr("You may ask for a copy of your data (this report), for its correction, for its erasure, "
                   "for its processing to be restricted, and for a portable copy."),
                tr("You may object to processing based on legitimate interests, and at any time to direct "
                   "marketing; where we rely on your consent you may withdraw it at any time."),
                tr("You may complain to a data protection supervisory authority (below), and go to court.")};
    case Regulation::Other:
        break;
    }
    return {tr("You may ask for a copy of your data (this report), for its correction and for its erasure, "
               "and you may object to its processing.")};
}

QStringList ReportText::complaint(Regulation regulation, const ReportContacts& contacts)
{
    switch (regulation) {
    case Regulation::UkGdpr:
        return {tr("The supervisory authority: the Information Commissioner's Office (ICO)."),
                tr("To complain: https://ico.org.uk/make-a-complaint/ or telephone 0303 123 1113.")};
    case Regulation::Gdpr: {
        QStringList out{tr("The supervisory authority: %1.").arg(contacts.authorityName)};
        out << (contacts.authorityUrl.isEmpty() ? tr("To complain, contact it directly.")
                                                : tr("To complain: %1.").arg(contacts.authorityUrl));
        out << tr("You may also complain to the supervisory authority of the EU country where you live, work "
                  "or where you think your rights were infringed.");
        return out;
    }
    case Regulation::Ccpa:
    case Regulation::Other:
        break;
    }
    return {};
}

} // namespace lethe
