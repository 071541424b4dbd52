// lethe-sandbox: local simulations of the processors' APIs (Stripe, Twilio, Resend, ...), one HTTP server per
// processor on 127.0.0.1, seeded from the demo population. See docs/sandbox.md.
#include "Processor.h"
#include "SandboxServer.h"
#include "Seed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

using namespace lethe::sandbox;

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

bool writeAtomically(const QString& file, const QByteArray& data)
{
    const QString tmp = file + QStringLiteral(".tmp");
    QFile::remove(tmp);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(file).constData()) == 0;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "lethe-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lethe-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Local simulations of the processors' APIs, seeded with the demo people."));
    parser.addHelpOption();
    const QCommandLineOption portsFile(
        QStringLiteral("ports-file"),
        QStringLiteral("Write {\"stripe\": port, ...} to FILE once all listen."), QStringLiteral("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Add MS milliseconds to every API response."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Also seed 400 generated people per unit (default 0)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption basePort(
        QStringLiteral("base-port"),
        QStringLiteral("Listen on P, P+1, ... in processor order (default: any)."), QStringLiteral("P"),
        QStringLiteral("0"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QStringLiteral("Print method, path and status of each API call on stderr."));
    parser.addOptions({portsFile, latency, scale, basePort, verbose});
    parser.process(app);

    bool ok = false;
    const int latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || latencyMs < 0)
        return fail(QStringLiteral("--latency must be a number of milliseconds, not '%1'")
                        .arg(parser.value(latency)));
    const int scaleN = parser.value(scale).toInt(&ok);
    if (!ok || scaleN < 0 || scaleN > 100)
        return fail(QStringLiteral("--scale must be 0 to 100, not '%1'").arg(parser.value(scale)));
    const int base = parser.value(basePort).toInt(&ok);
    if (!ok || base < 0 || base > 65535 - 12)
        return fail(
            QStringLiteral("--base-port must be a port number, not '%1'").arg(parser.value(basePort)));

    auto seed = SeedData::build(scaleN, QStringLiteral(":/demo"));
    if (!seed)
        return fail(seed.error().message);
    const SeedData& seedData = seed.value();

    struct Running
    {
        std::unique_ptr<QThread> thread;
        SandboxServer* server = nullptr;
    };
    std::vector<Running> running;
    QJsonObject ports;
    const QStringList keys = processorKeys();
    for (int i = 0; i < keys.size(); ++i) {
        Running r;
        r.thread = std::make_unique<QThread>();
        r.thread->setObjectName(keys[i]);
        r.server = new SandboxServer(makeProcessor(keys[i]), &seedData, latencyMs, parser.isSet(verbose));
        r.server->moveToThread(r.thread.get());
        QObject::connect(r.thread.get(), &QThread::finished, r.server, &QObject::deleteLater);
        r.thread->start();
        quint16 port = 0;
        const quint16 wanted = base > 0 ? quint16(base + i) : 0;
        QMetaObject::invokeMethod(
            r.server, [&port, &r, wanted]() { port = r.server->listen(QHostAddress::LocalHost, wanted); },
            Qt::BlockingQueuedConnection);
        running.push_back(std::move(r));
        if (port == 0) {
            for (Running& s : running) {
                s.thread->quit();
                s.thread->wait();
            }
            return fail(QStringLiteral("%1 could not listen on 127.0.0.1:%2").arg(keys[i]).arg(wanted));
        }
        ports.insert(keys[i], int(port));
    }

    const QByteArray json = QJsonDocument(ports).toJson(QJsonDocument::Compact);
    if (parser.isSet(portsFile) && !writeAtomically(parser.value(portsFile), json + '\n'))
        return fail(QStringLiteral("cannot write %1").arg(parser.value(portsFile)));
    std::printf("lethe-sandbox: ready\n%s\n", json.constData());
    std::fflush(stdout);

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    poll.start(50);
    app.exec();

    for (Running& r : running) {
        r.thread->quit();
        r.thread->wait();
    }
    return 0;
}
