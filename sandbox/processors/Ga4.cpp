// Google Analytics 4 user deletion: POST /analytics/v3/userDeletion/userDeletionRequests:upsert echoes the
// request with deletionRequestTime; also the Admin API's /v1alpha/properties/{id}:submitUserDeletion. There
// is no lookup or export: GA4 keeps no email or phone to search by.
#include "Processor.h"

#include <QDateTime>
#include <QTimeZone>

namespace lethe::sandbox {

namespace {

using namespace Qt::StringLiterals;

Resp googleError(int status, const QString& state, const QString& message)
{
    return Resp::json(
        status,
        QJsonObject{{u"error"_s,
                     QJsonObject{{u"code"_s, status},
                                 {u"message"_s, message},
                                 {u"status"_s, state},
                                 {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message},
                                                                      {u"domain"_s, u"global"_s},
                                                                      {u"reason"_s, state.toLower()}}}}}}});
}

class Ga4 final : public Processor
{
public:
    QString key() const override { return u"ga4"_s; }

    void reset(const SeedData&) override { m_requests = QJsonArray(); }

    Resp handle(const Req& req) override
    {
        if (req.bearer() != u"sbx_ga4_leadnest"_s) {
            return googleError(
                401, u"UNAUTHENTICATED"_s,
                u"Request had invalid authentication credentials. Expected OAuth 2 access token, "
                "login cookie or other valid authentication credential."_s);
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        if (req.method == "POST" && req.path == u"/analytics/v3/userDeletion/userDeletionRequests:upsert"_s) {
            bool ok = false;
            QJsonObject body = req.jsonObject(&ok);
            const QJsonObject id = body.value(u"id"_s).toObject();
            static const QStringList types = {u"CLIENT_ID"_s, u"USER_ID"_s, u"APP_INSTANCE_ID"_s};
            if (!ok || !types.contains(id.value(u"type"_s).toString()) ||
                id.value(u"userId"_s).toString().isEmpty())
                return googleError(400, u"INVALID_ARGUMENT"_s, u"Field id is required (type and userId)."_s);
            if (body.value(u"propertyId"_s).toString().isEmpty() &&
                body.value(u"webPropertyId"_s).toString().isEmpty())
                return googleError(400, u"INVALID_ARGUMENT"_s, u"Field propertyId is required."_s);
            body.insert(u"kind"_s, u"analytics#userDeletionRequest"_s);
            body.insert(u"deletionRequestTime"_s, now);
            m_requests.append(body);
            return Resp::json(body);
        }
        if (req.method == "POST" && req.path.startsWith(u"/v1alpha/properties/"_s) &&
            req.path.endsWith(u":submitUserDeletion"_s)) {
            const QJsonObject body = req.jsonObject();
            int given = 0;
            for (const QString& k : {u"userId"_s, u"clientId"_s, u"appInstanceId"_s, u"userProvidedData"_s})
                given += body.contains(k) ? 1 : 0;
            if (given != 1) {
                return googleError(
                    400, u"INVALID_ARGUMENT"_s,
                    u"Exactly one of userId, clientId, appInstanceId, userProvidedData is required."_s);
            }
            QJsonObject logged = body;
            logged.insert(u"property"_s, req.path.section(u'/', 3, 3).section(u':', 0, 0));
            logged.insert(u"deletionRequestTime"_s, now);
            m_requests.append(logged);
            return Resp::json(QJsonObject{{u"deletionRequestTime"_s, now}});
        }
        return googleError(404, u"NOT_FOUND"_s, u"Not Found"_s);
    }

    QJsonObject state() const override
    {
        return QJsonObject{
            {u"accounts"_s, QJsonObject{{u"leadnest"_s, QJsonObject{{u"deletion_requests"_s, m_requests}}}}}};
    }

    Resp tooManyRequests(int retryAfter) const override
    {
        return googleError(429, u"RESOURCE_EXHAUSTED"_s,
                           u"Quota exceeded for quota metric 'User deletion requests'."_s)
            .header("Retry-After", retryAfter);
    }

    Resp serverError() const override
    {
        return googleError(500, u"INTERNAL"_s, u"Internal error encountered."_s);
    }

private:
    QJsonArray m_requests;
};

} // namespace

std::unique_ptr<Processor> makeGa4()
{
    return std::make_unique<Ga4>();
}

} // namespace lethe::sandbox
