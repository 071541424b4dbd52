// Postmark: not simulated yet.
#include "Processor.h"

namespace lethe::sandbox {

namespace {

class Postmark final : public Processor
{
public:
    QString key() const override { return QStringLiteral("postmark"); }
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

std::unique_ptr<Processor> makePostmark()
{
    return std::make_unique<Postmark>();
}

} // namespace lethe::sandbox
