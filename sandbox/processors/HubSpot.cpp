// HubSpot: not simulated yet.
#include "Processor.h"

namespace lethe::sandbox {

namespace {

class HubSpot final : public Processor
{
public:
    QString key() const override { return QStringLiteral("hubspot"); }
    void reset(const SeedData&) override {}
    Resp handle(const Req&) override { return serverError(); }
    QJsonObject state() const override { return {}; }
    Resp tooManyRequests(int retryAfter) const override
    {
        return Resp::json(429, QJsonObject()).header("Retry-After", retryAfter);
    }
    Resp serverError() const override { return Resp::json(501, QJsonObject()); }
};

} // namespace

std::unique_ptr<Processor> makeHubSpot()
{
    return std::make_unique<HubSpot>();
}

} // namespace lethe::sandbox
