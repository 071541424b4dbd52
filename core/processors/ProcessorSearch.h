#pragma once

#include "Connector.h"
#include "Request.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

class QNetworkAccessManager;
class QNetworkReply;

namespace lethe {

// A company's account at one processor: which connector definition talks to it, where (the definition's base
// URL unless overridden: a region, a sandbox), the non-secret parameters, and the keychain key of the secret.
struct ProcessorConnection
{
    QString key;       // identifier-like: leadsgen-stripe
    QString connector; // a definition's key: stripe
    QString baseUrl;   // empty: the definition's
    QHash<QString, QString> parameters;
    QString secretKey; // the keychain entry holding the API key or token
};

// What one lookup found: the records (whole, as the processor returned them) and, per record, the declared
// fields in order with their categories, for the dossier.
struct ProcessorRecordSet
{
    QString lookup;
    QString name;
    QStringList columns;
    QList<QStringList> categories;
    QList<QJsonObject> records;
    QStringList via; // per record: how it was reached ("email → Customers → Charges")
    QList<QJsonObject>
        parents; // per record: the records it descends from, by lookup key (for erasure templates)
    QList<Identity> identities; // per record: the identity whose lookup found it
    // Near matches: records the processor's search returned for the subject's identity whose identity field
    // is not the same identity (another address that contains hers, another case of a user id, ...). Shown
    // apart in the preview, never planned for erasure, never followed by follow-on reads.
    QList<QJsonObject> nearMatches;
    QStringList nearVia;
};

struct ProcessorResult
{
    QString connection;
    QString processor;
    QString processorName;
    QList<ProcessorRecordSet> sets;
    QStringList errors; // each names the processor, the request and what was wrong; never a value
    bool authRefused = false;
    int calls = 0;        // HTTP requests sent, retries included
    int retries = 0;      // of those, repeats after 429, 5xx or a dropped connection
    int longestChain = 0; // the most calls that had to wait for one another (a page for the one before it, a
                          // follow-on read for its parent's page): the floor of the lookup's time
    qint64 elapsedMs = 0;
    QStringList keeps;
    qint64 totalRecords() const;
    qint64 nearMatches() const;
};

// The HTTP side shared by lookups and erasure for one processor: auth, the definition's headers, a
// concurrency limit, timeouts, retries of 429, 5xx and dropped connections with backoff that honours
// Retry-After and the processor's rate-limit headers, TLS failures closed, and redirects or next-page links
// to another host refused (the secret goes nowhere else). Lives on the thread whose event loop runs it.
class ProcessorClient : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (network)
        QByteArray body;
        QJsonValue json;
        bool jsonOk = false;
        QString networkError; // set when status is 0
        bool tls = false;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    struct Call
    {
        QString method;
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType;
        QString describe; // the request as the definition writes it, for messages
    };

    ProcessorClient(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                    QString secret, QNetworkAccessManager* network, QObject* parent = nullptr);

    // Checks the base URL: https, or plain http to this machine only.
    QString problem() const { return m_problem; }
    QUrl baseUrl() const { return m_base; }
    bool sameOrigin(const QUrl& url) const;
    const ConnectorDefinition& definition() const { return m_def; }
    const ProcessorConnection& connection() const { return m_conn; }
    const QString& secret() const { return m_secret; }

    void send(Call call, std::function<void(const Answer&)> done);
    void abortAll();
    int calls() const { return m_calls; }
    int retries() const { return m_retries; }
    // Retry-After as delta-seconds or an HTTP date (IMF-fixdate, RFC 850, asctime): how long to wait from
    // `now`; nothing when it says neither.
    static std::optional<qint64> retryAfterMs(const QByteArray& value, const QDateTime& now);
    static std::optional<QDateTime> httpDate(const QByteArray& value);
    // The processor's own error message from an error body, following the definition's paths.
    QString processorMessage(const Answer& answer) const;

private:
    struct Pending
    {
        Call call;
        std::function<void(const Answer&)> done;
        int attempt = 0;
    };
    void pump();
    void start(std::shared_ptr<Pending> p);
    void finished(QNetworkReply* reply, std::shared_ptr<Pending> p);
    int retryDelayMs(const Answer& a, int attempt) const;

    ConnectorDefinition m_def;
    ProcessorConnection m_conn;
    QString m_secret;
    QNetworkAccessManager* m_network;
    QUrl m_base;
    QString m_problem;
    QList<std::shared_ptr<Pending>> m_queue;
    QList<QNetworkReply*> m_running;
    qint64 m_pausedUntil = 0; // ms since epoch: the rate-limit window is used up
    bool m_pumpScheduled = false;
    bool m_aborted = false;
    int m_calls = 0;
    int m_retries = 0;
};

// Template filling shared by lookups and erasure: "{identity|lower|md5}", "{param.x}", "{customers.id}".
struct TemplateContext
{
    Identity identity;
    QString secret;
    QString page;
    bool hasPage = false;
    QHash<QString, QString> params;
    QHash<QString, QJsonObject> records; // lookup key -> the record this call descends from
    QHash<QString, QString> jobs;        // erasure step key -> job id
};

class Templates
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Templates)
public:
    // `missing` gets the names that had no value (the call is then not made).
    static QString fill(const QString& text, const TemplateContext& ctx, QStringList* missing,
                        bool percentEncode = false);
    static QJsonValue fillJson(const QJsonValue& body, const TemplateContext& ctx, QStringList* missing);
    // Whether an identity can be looked up safely: no pattern characters (* ? [ ] \\ %) that a processor's
    // search could read as a wildcard. Empty: fine; otherwise why not.
    static QString unsafeIdentity(const Identity& identity);
    // Dotted path into JSON; "*" takes every element or member; numbers index arrays.
    static QJsonArray select(const QJsonValue& root, const QString& path);
    static QJsonValue value(const QJsonValue& root, const QString& path);
    static QString text(const QJsonValue& v); // scalars as text, others as compact JSON
    static ProcessorClient::Call build(const ProcessorClient& client, const RequestTemplate& request,
                                       const TemplateContext& ctx, QStringList* missing,
                                       const QHash<QString, QString>& stepHeaders = {});
};

// Looks one subject up at one processor: root lookups per identity, follow-on reads per record found, pages
// followed, exact matching on our side where the API's search is fuzzy, duplicates removed by id. Errors are
// collected with the processor, the request and the field named; the processor's other lookups go on,
// except after 401 or 403.
class ProcessorSearch : public QObject
{
    Q_OBJECT
public:
    ProcessorSearch(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                    QString secret, QNetworkAccessManager* network, QObject* parent = nullptr);
    void start(const QList<Identity>& identities);
    void cancel();
    const ProcessorResult& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct PageState;
    void runLookup(const Lookup& lookup, const TemplateContext& ctx, const QString& via, int depth = 0);
    void requestPage(std::shared_ptr<PageState> state, const ProcessorClient::Call& call);
    void onPage(std::shared_ptr<PageState> state, const ProcessorClient::Answer& answer);
    // onPage's steps: the answer's records, or nullopt when it failed (said through fail()); each record kept
    // (or set apart as a near match) and its follow-on lookups started; the next page asked for, if any.
    std::optional<QJsonArray> answerRecords(const PageState& state, const ProcessorClient::Answer& answer);
    void takeRecords(const std::shared_ptr<PageState>& state, const QJsonArray& records);
    void nextPage(std::shared_ptr<PageState> state, const ProcessorClient::Answer& answer,
                  const QJsonArray& records);
    void fail(const QString& message);
    void settle();
    bool matches(const Lookup& lookup, const QJsonObject& record, const Identity& identity) const;

    ProcessorClient* m_client;
    ProcessorResult m_result;
    QHash<QString, QSet<QString>> m_seen; // lookup -> record ids (or compact JSON) already taken
    int m_outstanding = 0;
    bool m_done = false;
    bool m_stopped = false;
    QElapsedTimer m_clock;
};

// Runs several processors' searches at once on the network thread (NetworkThread) and waits for all of
// them without an event loop (for the CLI, the tests and worker threads; never the GUI thread, never the
// network thread). The results come in the order of the jobs.
class ProcessorHub
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ProcessorHub)
public:
    struct Job
    {
        ConnectorDefinition definition;
        ProcessorConnection connection;
        QString secret;
    };
    // Searches started on the network thread; results() blocks until all are done. Destroying it before
    // they are done cancels them and waits: nothing outlives it.
    class Searches
    {
    public:
        Searches(Searches&&) noexcept;
        Searches& operator=(Searches&&) = delete;
        ~Searches();
        const QList<ProcessorResult>& results();
        // Asks the searches to stop now (as a stop request would); results() says "cancelled".
        void cancel();

    private:
        friend class ProcessorHub;
        struct Run;
        class Cancel;
        Searches(std::shared_ptr<Run> run, std::stop_token stop);
        std::shared_ptr<Run> m_run;
        std::unique_ptr<Cancel> m_cancel;
        bool m_waited = false;
    };
    // Starts the searches and returns at once. A stop request on `stop` (a job's: JobContext::stopToken())
    // reaches the searches at once: their requests are aborted, and results() says "cancelled".
    static Searches start(const QList<Job>& jobs, const QList<Identity>& identities,
                          std::stop_token stop = {});
    static QList<ProcessorResult> search(const QList<Job>& jobs, const QList<Identity>& identities,
                                         std::stop_token stop = {});
};

} // namespace lethe
