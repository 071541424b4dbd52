#pragma once

#include "DataMapLoader.h"
#include "Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace lethe {

// A processor's API as Lethe talks to it, declared in a connector definition file (YAML, docs/connectors.md;
// the shipped ones are in resources/connectors/). One generic engine (ProcessorSearch) runs every definition,
// so a company adds a processor without recompiling. Nothing here knows a processor's name.

// One HTTP request, as a template: "{identity}", "{param.NAME}", "{secret}", "{page}", "{LOOKUP.PATH}" and
// "{STEP.job}" are filled in when it runs; filters follow a bar: "{identity|lower|md5}".
struct RequestTemplate
{
    QString method = QStringLiteral("GET");
    QString path; // relative to the connection's base URL
    QList<std::pair<QString, QString>>
        query; // in order; an item whose value uses {page} is left out on page 1
    QHash<QString, QString> headers;
    // A JSON body (from YAML; quoted scalars stay strings, plain ones become numbers or booleans after
    // filling) or a form body (application/x-www-form-urlencoded, in order).
    std::optional<QJsonValue> jsonBody;
    QList<std::pair<QString, QString>> formBody;
    bool hasForm = false;
    int line = 0;
    QString describe() const; // "GET /v1/customers": never the filled-in values
};

enum class PageStyle
{
    None,
    Cursor, // {page} = a field of the last record (Stripe starting_after, Resend after), while `more` is true
    Token,  // {page} = a value in the body (Stripe next_page, HubSpot paging.next.after, a SCAN cursor)
    NextUrl, // the next request is a URL in the body, relative to the host or absolute (Twilio next_page_uri)
    Link,    // the next request is the Link header's rel="next" (Sentry, Supabase); results="false" ends it
    Offset,  // {page} = offset, advanced by the records received, until `total` (Postmark, Mailchimp)
    Page,    // {page} = page number from `first`, until a short page or `total` pages (Apollo, Supabase)
};

struct Pagination
{
    PageStyle style = PageStyle::None;
    QString from;  // Cursor: the record's field; Token/NextUrl: the body path
    QString more;  // body path of a "has more" boolean (optional)
    QString total; // Offset: body path of the total count; Page: of the number of pages (optional)
    QString first; // the first page's {page} (Token: e.g. "0"; Page: "1"; Offset: "0")
    QString stop;  // Token: the value that means "no more" (a SCAN cursor's "0")
    int size = 0;  // Offset and Page: the page size the request asks for
    int maxPages = 1000;
};

// How a record's field is compared with the subject's identity: always by the rules of the identity's kind
// (docs/connectors.md, "The same identity"), never by substring or pattern.
enum class MatchAs
{
    Text,  // user ids: exactly, character for character
    Email, // trimmed, the whole address case-insensitively; no other folding (dots and +tags count)
    Phone, // as E.164: "+44 20 7946 0101", "0044 20 7946 0101" and "442079460101" are all +442079460101
};

// The rules behind MatchAs: whether a stored value is the same identity as `identity` (normalised).
struct IdentityMatch
{
    static MatchAs ruleFor(IdentityKind kind);
    static QString normalized(MatchAs rule, const QString& value); // empty: not comparable
    static bool same(MatchAs rule, const QString& stored, const QString& identity);
    // A stored value that holds the identity inside it ("session:UID:3"): `extract` (a regular expression
    // matched against the whole value) captures the identity in its first group, which must then be the same
    // identity; a value it does not match is not the subject's.
    static bool sameExtracted(MatchAs rule, const QString& stored, const QRegularExpression& extract,
                              const QString& identity);
};

struct Lookup
{
    QString key;                          // identifier-like
    QString name;                         // as shown to people
    std::optional<IdentityKind> identity; // a root lookup: once per identity of this kind
    QString after;                        // a follow-on read: once per record of that lookup
    QString into; // another way to the same records: they join that lookup's set (and its follow-on reads)
    QString skipField;      // a follow-on read is not made for parents whose field holds one of skipValues
    QStringList skipValues; // (Twilio: no media request for messages with num_media "0")
    RequestTemplate request;
    Pagination pages;
    QString records; // body path of the records ("data", "result.*.contact"); empty: the body is one record
    QList<int> none; // statuses that mean "nothing found" (SendGrid's 404)
    // Exact match on our side, mandatory for a lookup by identity: a record is the subject's only when one of
    // these fields holds the same identity (MatchAs, from the identity's kind). Records the processor
    // returned that do not match are near matches: shown apart in the preview, never erased.
    QStringList matchFields;
    MatchAs matchAs = MatchAs::Text;
    QString matchExtract; // the fields hold the identity inside a key ("ratelimit:EMAIL"): a regular
                          // expression over the whole value whose first group captures it
    QString matchTrusted; // instead of fields: why the processor's own filter is exact (records carry no
                          // identity field, e.g. Sentry issues filtered by user.email:)
    QString id;           // the record's id field, for removing duplicates and for follow-on reads
    QList<std::pair<QString, QStringList>> fields; // field path -> categories, in display order
    int line = 0;
};

enum class ErasureEffect
{
    Deleted,  // gone at the processor
    Archived, // hidden but restorable by the processor's customer
    Redacted, // the record stays, its personal fields are removed
    Job,      // an asynchronous job was started at the processor
    Masked,   // the fields were overwritten by us
    Blocked,  // the address is kept on a suppression or block list
};

struct Poll
{
    RequestTemplate request;
    QString status; // body path of the job status
    QStringList done;
    QStringList failed;
    int everyMs = 2000;
    int giveUpMs = 10 * 60 * 1000; // then a manual task with the job id
};

struct ErasureStep
{
    QString key;
    QString name;
    QString forLookup;                    // once per record found by this lookup
    QString afterStep;                    // or once per job started by this earlier step
    std::optional<IdentityKind> identity; // or once per identity of this kind
    RequestTemplate request;
    ErasureEffect effect = ErasureEffect::Deleted;
    QList<int> gone; // statuses meaning "already gone": counted as done
    QString job;     // body path of the job id the response carries
    std::optional<Poll> poll;
    QString keeps; // what the processor keeps anyway after this step
    // Headers for this step's calls and its poll, over the definition's (Stripe's redaction jobs need a
    // preview Stripe-Version); a request's own headers override both.
    QHash<QString, QString> headers;
    int line = 0;
};

enum class AuthKind
{
    None,
    Bearer, // Authorization: Bearer {secret}
    Basic,  // user and password templates
    Header, // a named header holding {secret}
    Query,  // a named query parameter holding {secret}
};

struct ConnectorParameter
{
    QString name;
    QString description;
    QString defaultValue;
    bool required = true;
};

struct ConnectorDefinition
{
    QString file;
    QString key;  // stripe
    QString name; // Stripe
    QString documentation;
    QString baseUrl;
    QList<ConnectorParameter> parameters;
    QString secretDescription;
    AuthKind auth = AuthKind::Bearer;
    QString authName;     // Header or Query: its name
    QString authUser;     // Basic
    QString authPassword; // Basic
    QHash<QString, QString> headers;
    int concurrency = 4;
    int timeoutMs = 20000;
    int retries = 4;
    QString rateRemaining; // response header: calls left in the window
    QString rateReset;     // response header: when the window resets
    bool rateResetIsEpoch = false;
    QStringList errorMessage; // body paths tried in order for the processor's own error message
    QString retryHeader;      // a header that says whether to retry ("Stripe-Should-Retry")
    // POSTs of erasure steps carry this header ("Idempotency-Key") with a key derived from the run, the step
    // and the target, so a retried or resumed POST is the same request to the processor. Empty: not sent.
    QString idempotencyHeader;
    std::optional<RequestTemplate> test; // a cheap authenticated read for "connections test"
    QList<Lookup> lookups;
    QList<ErasureStep> erasure;
    QStringList keeps; // what the processor keeps whatever we do

    const Lookup* lookup(const QString& key) const;
    const ErasureStep* step(const QString& key) const;
};

struct ConnectorLoad
{
    std::optional<ConnectorDefinition> definition;
    QList<DataMapIssue> issues; // file:line:column: message
    bool ok() const { return definition.has_value(); }
};

// Reads a connector definition and checks it whole: every problem with its place, not only the first.
class ConnectorLoader
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ConnectorLoader)
public:
    static ConnectorLoad load(const QString& path);
    static ConnectorLoad parse(const QByteArray& yaml, const QString& fileName);

    // Every *.yaml in these folders, later folders overriding earlier ones by key (the shipped definitions
    // first, a workspace's own after them). Definitions that do not load are left out and said so.
    static QList<ConnectorDefinition> loadAll(const QStringList& folders, QStringList* problems);
    // The definition with this key, or null.
    static const ConnectorDefinition* find(const QList<ConnectorDefinition>& definitions, const QString& key);
};

QString erasureEffectKey(ErasureEffect effect);

} // namespace lethe
