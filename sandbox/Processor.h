#pragma once

#include "Http.h"
#include "Seed.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace lethe::sandbox {

// One processor's simulated API: its data (partitioned per product account), its routes and its error shapes.
// A Processor is plain code owned by one SandboxServer and only touched from that server's thread.
class Processor
{
public:
    virtual ~Processor() = default;

    virtual QString key() const = 0; // "stripe", "twilio", ...
    // Drops everything and seeds again from `seed` (deterministic).
    virtual void reset(const SeedData& seed) = 0;
    // An API request (auth included); never an admin request.
    virtual Resp handle(const Req& req) = 0;
    // For GET /__sandbox/state: object counts per account, jobs, audit entries, blocklists.
    virtual QJsonObject state() const = 0;
    // A 429 in the processor's own shape, with Retry-After and its rate-limit headers.
    virtual Resp tooManyRequests(int retryAfterSeconds) const = 0;
    // A 500 in the processor's own shape.
    virtual Resp serverError() const = 0;
};

// The processors, in the order of --base-port.
QStringList processorKeys();
std::unique_ptr<Processor> makeProcessor(const QString& key);

std::unique_ptr<Processor> makeStripe();
std::unique_ptr<Processor> makeTwilio();
std::unique_ptr<Processor> makeResend();
std::unique_ptr<Processor> makePostmark();
std::unique_ptr<Processor> makeSendGrid();
std::unique_ptr<Processor> makeSentry();
std::unique_ptr<Processor> makeSupabase();
std::unique_ptr<Processor> makeUpstash();
std::unique_ptr<Processor> makeApollo();
std::unique_ptr<Processor> makeMailchimp();
std::unique_ptr<Processor> makeHubSpot();
std::unique_ptr<Processor> makeGa4();

} // namespace lethe::sandbox
