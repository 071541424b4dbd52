// Sentry: not simulated yet.
#include "Processor.h"

namespace lethe::sandbox {

namespace {

class Sentry final : public Processor
{
public:
    QString key() const override { return QStringLiteral("sentry"); }
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

std::unique_ptr<Processor> makeSentry()
{
    return std::make_unique<Sentry>();
}

} // namespace lethe::sandbox
