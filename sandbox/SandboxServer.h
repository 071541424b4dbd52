#pragma once

#include "Processor.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QList>

#include <memory>

class QTcpSocket;

namespace lethe::sandbox {

// One processor's HTTP server. It answers every request itself (it subclasses QAbstractHttpServer rather than
// using QHttpServer's router) because it needs the socket: to delay a response without blocking (latency, the
// "slow" fault), to cut a connection (the "drop" fault) and to send a truncated body ("malformed").
//
// Each SandboxServer lives in its own thread (main.cpp), so calls to different processors are served in
// parallel; requests to one processor are handled one after another on its thread, but their delays run on
// timers, so concurrent delayed calls to the same processor overlap too.
//
// Paths under /__sandbox/ are the admin API (no auth, never delayed, never logged): faults, reset, requests,
// state. Everything else goes to the Processor.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(std::unique_ptr<Processor> processor, const SeedData* seed, int latencyMs, bool verbose,
                  QObject* parent = nullptr);
    ~SandboxServer() override;

    QString key() const { return m_processor->key(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Fault
    {
        QString kind; // "429", "500", "malformed", "drop", "slow"
        int retryAfter = 1;
        int ms = 0;
    };
    enum class Delivery
    {
        Normal,
        Malformed,
        Drop
    };

    Resp admin(const Req& req);
    Resp setFaults(const Req& req);
    void send(QTcpSocket* socket, const Resp& resp, int delayMs, Delivery delivery, bool close);

    std::unique_ptr<Processor> m_processor;
    const SeedData* m_seed;
    int m_baseLatency;
    int m_latency;
    bool m_verbose;
    QList<Fault> m_faults;
    QString m_match;
    QByteArray m_matchMethod;
    QJsonArray m_log;
};

} // namespace lethe::sandbox
