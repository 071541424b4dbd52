#include "Processor.h"

namespace lethe::sandbox {

QStringList processorKeys()
{
    return {QStringLiteral("stripe"),    QStringLiteral("twilio"),   QStringLiteral("resend"),
            QStringLiteral("postmark"),  QStringLiteral("sendgrid"), QStringLiteral("sentry"),
            QStringLiteral("supabase"),  QStringLiteral("upstash"),  QStringLiteral("apollo"),
            QStringLiteral("mailchimp"), QStringLiteral("hubspot"),  QStringLiteral("ga4")};
}

std::unique_ptr<Processor> makeProcessor(const QString& key)
{
    using Factory = std::unique_ptr<Processor> (*)();
    static const QList<QPair<QString, Factory>> factories = {
        {QStringLiteral("stripe"), &makeStripe},     {QStringLiteral("twilio"), &makeTwilio},
        {QStringLiteral("resend"), &makeResend},     {QStringLiteral("postmark"), &makePostmark},
        {QStringLiteral("sendgrid"), &makeSendGrid}, {QStringLiteral("sentry"), &makeSentry},
        {QStringLiteral("supabase"), &makeSupabase}, {QStringLiteral("upstash"), &makeUpstash},
        {QStringLiteral("apollo"), &makeApollo},     {QStringLiteral("mailchimp"), &makeMailchimp},
        {QStringLiteral("hubspot"), &makeHubSpot},   {QStringLiteral("ga4"), &makeGa4}};
    for (const auto& f : factories) {
        if (f.first == key)
            return f.second();
    }
    return nullptr;
}

} // namespace lethe::sandbox
