// WorkspaceStore: the workspace's settings (phone region, deadlines).

#include "WorkspaceStore.h"

#include "StoreSql.h"

#include "Phone.h"

namespace lethe {

namespace {

using storesql::run;
using storesql::sqlError;

} // namespace

Result<QString> WorkspaceStore::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_conn.db());
    if (!run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}))
        return sqlError(q, tr("Reading setting %1").arg(key));
    return q.next() ? q.value(0).toString() : fallback;
}

Status WorkspaceStore::setSetting(const QString& key, const QString& value)
{
    if (key.startsWith(QLatin1String("audit.")))
        return makeError(Error::Code::InvalidInput,
                         tr("setting: %1 is kept by the audit log itself.").arg(key));
    auto r = inTransaction<bool>([&](QSqlDatabase db) -> Result<bool> {
        QSqlQuery q(db);
        if (!run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}) ||
            !run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value}))
            return sqlError(q, tr("Saving setting %1").arg(key));
        if (auto e = audit().append(m_actor, QStringLiteral("settings.change"), {},
                                    {{QStringLiteral("key"), key}}, now());
            !e)
            return e.error();
        return true;
    });
    if (!r)
        return r.error();
    return Status::success();
}

Result<QString> WorkspaceStore::phoneRegion() const
{
    return setting(QStringLiteral("phone.region"));
}

QString WorkspaceStore::gdprClockKey(GdprClockRule rule)
{
    return rule == GdprClockRule::Restart ? QStringLiteral("restart") : QStringLiteral("pause");
}

std::optional<GdprClockRule> WorkspaceStore::parseGdprClock(const QString& key)
{
    if (key == QLatin1String("pause"))
        return GdprClockRule::Pause;
    if (key == QLatin1String("restart"))
        return GdprClockRule::Restart;
    return std::nullopt;
}

Result<DeadlineSettings> WorkspaceStore::readDeadlineSettings(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
             {QStringLiteral("deadline.established_in"), QStringLiteral("deadline.gdpr_clock")}))
        return sqlError(q, tr("Reading the deadline settings"));
    DeadlineSettings s;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("deadline.established_in"))
            s.establishedIn = q.value(1).toString();
        else
            s.gdprClock = parseGdprClock(q.value(1).toString()).value_or(GdprClockRule::Pause);
    }
    return s;
}

Result<DeadlineSettings> WorkspaceStore::deadlineSettings() const
{
    return readDeadlineSettings(m_conn.db());
}

Status WorkspaceStore::setEstablishedIn(const QString& calendarId)
{
    const QString id = calendarId.trimmed().toUpper();
    if (!id.isEmpty() && !HolidayCalendars::shipped().find(id))
        return makeError(Error::Code::InvalidInput,
                         tr("established in: \"%1\" is not a known calendar; known: %2.")
                             .arg(calendarId, HolidayCalendars::shipped().ids().join(QStringLiteral(", "))));
    return setSetting(QStringLiteral("deadline.established_in"), id);
}

Status WorkspaceStore::setGdprClockRule(GdprClockRule rule)
{
    return setSetting(QStringLiteral("deadline.gdpr_clock"), gdprClockKey(rule));
}

Status WorkspaceStore::setPhoneRegion(const QString& region)
{
    const QString r = region.trimmed().toUpper();
    if (!r.isEmpty() && !Phone::isRegion(r))
        return makeError(
            Error::Code::InvalidInput,
            tr("phone region: \"%1\" is not a country code with a numbering plan (such as DE, GB or "
               "US).")
                .arg(region));
    return setSetting(QStringLiteral("phone.region"), r);
}

} // namespace lethe
