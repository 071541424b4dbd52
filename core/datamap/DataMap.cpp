#include "DataMap.h"

#include <QRegularExpression>

namespace lethe {

const Field* Table::field(const QString& n) const
{
    for (const Field& f : fields) {
        if (f.name == n)
            return &f;
    }
    return nullptr;
}

const Table* DataSource::table(const QString& n) const
{
    for (const Table& t : tables) {
        if (t.name == n)
            return &t;
    }
    return nullptr;
}

QList<SqlConnection::TableName> DataSource::tableNames() const
{
    QList<SqlConnection::TableName> out;
    for (const Table& t : tables)
        out << SqlConnection::TableName{t.schema, t.name};
    return out;
}

const QStringList& DataCategories::known()
{
    // The fideslang user and system categories we use; children of any of them are accepted too.
    static const QStringList all = {
        QStringLiteral("user"),
        QStringLiteral("user.name"),
        QStringLiteral("user.contact"),
        QStringLiteral("user.contact.email"),
        QStringLiteral("user.contact.phone_number"),
        QStringLiteral("user.contact.address"),
        QStringLiteral("user.contact.address.street"),
        QStringLiteral("user.contact.address.city"),
        QStringLiteral("user.contact.address.state"),
        QStringLiteral("user.contact.address.postal_code"),
        QStringLiteral("user.contact.address.country"),
        QStringLiteral("user.contact.url"),
        QStringLiteral("user.unique_id"),
        QStringLiteral("user.account"),
        QStringLiteral("user.account.username"),
        QStringLiteral("user.account.settings"),
        QStringLiteral("user.authorization"),
        QStringLiteral("user.authorization.credentials"),
        QStringLiteral("user.financial"),
        QStringLiteral("user.financial.bank_account"),
        QStringLiteral("user.financial.credit_card"),
        QStringLiteral("user.payment"),
        QStringLiteral("user.device"),
        QStringLiteral("user.device.ip_address"),
        QStringLiteral("user.device.device_id"),
        QStringLiteral("user.device.cookie_id"),
        QStringLiteral("user.device.user_agent"),
        QStringLiteral("user.location"),
        QStringLiteral("user.location.imprecise"),
        QStringLiteral("user.location.precise"),
        QStringLiteral("user.behavior"),
        QStringLiteral("user.behavior.browsing_history"),
        QStringLiteral("user.behavior.purchase_history"),
        QStringLiteral("user.content"),
        QStringLiteral("user.content.private"),
        QStringLiteral("user.content.public"),
        QStringLiteral("user.content.self_image"),
        QStringLiteral("user.demographic"),
        QStringLiteral("user.demographic.date_of_birth"),
        QStringLiteral("user.demographic.gender"),
        QStringLiteral("user.job_title"),
        QStringLiteral("user.workplace"),
        QStringLiteral("user.government_id"),
        QStringLiteral("user.sensor"),
        QStringLiteral("user.telemetry"),
        QStringLiteral("system"),
        QStringLiteral("system.operations"),
        QStringLiteral("system.authentication"),
    };
    return all;
}

bool DataCategories::isValid(const QString& category)
{
    // Exact names only, so a typo (user.contact.emial) is caught; company-specific categories say so
    // explicitly with the custom. prefix (custom.crm.lead_score).
    static const QRegularExpression custom(QStringLiteral("^custom(\\.[a-z0-9_]+)+$"));
    return known().contains(category) || custom.match(category).hasMatch();
}

bool DataCategories::covers(const QString& parent, const QString& category)
{
    return category == parent || category.startsWith(parent + QLatin1Char('.'));
}

} // namespace lethe
