#include "ProcessorSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace lethe {

qint64 ProcessorResult::totalRecords() const
{
    qint64 n = 0;
    for (const ProcessorRecordSet& s : sets)
        n += s.records.size();
    return n;
}

qint64 ProcessorResult::nearMatches() const
{
    qint64 n = 0;
    for (const ProcessorRecordSet& s : sets)
        n += s.nearMatches.size();
    return n;
}

namespace {

bool usesIdentity(const RequestTemplate& r)
{
    auto in = [](const QString& t) { return t.contains(QLatin1String("{identity")); };
    if (in(r.path))
        return true;
    for (const auto& [k, v] : r.query)
        if (in(v))
            return true;
    for (const auto& [k, v] : r.formBody)
        if (in(v))
            return true;
    return r.jsonBody && in(Templates::text(*r.jsonBody));
}

} // namespace

struct ProcessorSearch::PageState
{
    const Lookup* lookup = nullptr;
    TemplateContext ctx;
    QString via;
    int pages = 0;
    int depth = 0; // calls before this one that it had to wait for, plus one
    qint64 received = 0;
    int setIndex = 0;
};

ProcessorSearch::ProcessorSearch(const ConnectorDefinition& definition, const ProcessorConnection& connection,
                                 QString secret, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_client(new ProcessorClient(definition, connection, std::move(secret), network, this))
{
    m_result.connection = connection.key;
    m_result.processor = definition.key;
    m_result.processorName = definition.name;
    m_result.keeps = definition.keeps;
    for (const Lookup& l : definition.lookups) {
        if (!l.into.isEmpty())
            continue;
        ProcessorRecordSet set;
        set.lookup = l.key;
        set.name = l.name;
        for (const auto& [path, cats] : l.fields) {
            set.columns << path;
            set.categories << cats;
        }
        m_result.sets << set;
    }
}

void ProcessorSearch::start(const QList<Identity>& identities)
{
    m_clock.start();
    if (!m_client->problem().isEmpty()) {
        m_result.errors << m_client->problem();
        m_outstanding = 0;
        QTimer::singleShot(0, this, [this] { settle(); });
        return;
    }
    ++m_outstanding; // held until every root lookup is queued
    QList<Identity> safe;
    for (const Identity& id : identities) {
        const QString why = Templates::unsafeIdentity(id);
        if (why.isEmpty())
            safe << id;
        else
            fail(tr("%1: not looked up: %2").arg(m_result.processorName, why));
    }
    for (const Lookup& l : m_client->definition().lookups) {
        if (!l.identity)
            continue;
        for (const Identity& id : std::as_const(safe)) {
            if (id.kind != *l.identity)
                continue;
            TemplateContext ctx;
            ctx.identity = id;
            ctx.secret = m_client->secret();
            ctx.params = m_client->connection().parameters;
            runLookup(l, ctx, Names::key(id.kind));
        }
    }
    --m_outstanding;
    QTimer::singleShot(0, this, [this] { settle(); });
}

void ProcessorSearch::cancel()
{
    m_stopped = true;
    m_client->abortAll();
    m_result.errors << tr("%1: cancelled.").arg(m_result.processorName);
    m_outstanding = 0;
    settle();
}

void ProcessorSearch::fail(const QString& message)
{
    if (!m_result.errors.contains(message))
        m_result.errors << message;
}

void ProcessorSearch::settle()
{
    if (m_done || m_outstanding > 0)
        return;
    m_done = true;
    m_result.calls = m_client->calls();
    m_result.retries = m_client->retries();
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

void ProcessorSearch::runLookup(const Lookup& lookup, const TemplateContext& ctx0, const QString& via,
                                int depth)
{
    auto state = std::make_shared<PageState>();
    state->lookup = &lookup;
    state->depth = depth;
    state->ctx = ctx0;
    state->via = via.isEmpty() ? lookup.name : via + QStringLiteral(" → ") + lookup.name;
    const QString target = lookup.into.isEmpty() ? lookup.key : lookup.into;
    for (int i = 0; i < m_result.sets.size(); ++i)
        if (m_result.sets[i].lookup == target)
            state->setIndex = i;
    if (!lookup.pages.first.isEmpty()) {
        state->ctx.page = lookup.pages.first;
        state->ctx.hasPage = true;
    }
    QStringList missing;
    const ProcessorClient::Call call = Templates::build(*m_client, lookup.request, state->ctx, &missing);
    if (!missing.isEmpty()) {
        // A parent record without the field a follow-on read needs: nothing to read, not an error.
        return;
    }
    requestPage(state, call);
}

void ProcessorSearch::requestPage(std::shared_ptr<PageState> state, const ProcessorClient::Call& call)
{
    if (m_stopped)
        return;
    ++m_outstanding;
    ++state->pages;
    ++state->depth;
    m_result.longestChain = std::max(m_result.longestChain, state->depth);
    QPointer<ProcessorSearch> self(this);
    m_client->send(call, [self, state](const ProcessorClient::Answer& a) {
        if (!self)
            return;
        self->onPage(state, a);
        --self->m_outstanding;
        self->settle();
    });
}

bool ProcessorSearch::matches(const Lookup& lookup, const QJsonObject& record, const Identity& identity) const
{
    if (!lookup.matchTrusted.isEmpty())
        return true; // the definition says why the processor's own filter is exact
    if (lookup.matchFields.isEmpty())
        return false; // the loader requires one or the other: never take a record unchecked
    const MatchAs rule = IdentityMatch::ruleFor(identity.kind);
    const QRegularExpression extract(lookup.matchExtract);
    auto same = [&](const QString& s) {
        return lookup.matchExtract.isEmpty() ? IdentityMatch::same(rule, s, identity.value)
                                             : IdentityMatch::sameExtracted(rule, s, extract, identity.value);
    };
    for (const QString& field : lookup.matchFields) {
        for (const QJsonValue& v : Templates::select(record, field)) {
            if (v.isArray()) {
                for (const QJsonValue& x : v.toArray()) {
                    // Postmark's To: [{Email, Name}]
                    const QString s = x.isObject() ? x.toObject().value(QStringLiteral("Email")).toString()
                                                   : Templates::text(x);
                    if (same(s))
                        return true;
                }
            } else if (same(Templates::text(v))) {
                return true;
            }
        }
    }
    return false;
}

std::optional<QJsonArray> ProcessorSearch::answerRecords(const PageState& state,
                                                         const ProcessorClient::Answer& a)
{
    const Lookup& l = *state.lookup;
    const QString name = m_result.processorName;
    const QString req = l.request.describe();
    if (a.status == 0) {
        fail(a.tls ? tr("%1: %2 (lookup \"%3\"): the TLS connection failed (%4); nothing was sent.")
                         .arg(name, req, l.name, a.networkError)
                   : tr("%1: %2 (lookup \"%3\"): %4.").arg(name, req, l.name, a.networkError));
        return std::nullopt;
    }
    if (l.none.contains(a.status))
        return std::nullopt;
    if (a.status == 401 || a.status == 403) {
        m_result.authRefused = true;
        const QString msg = m_client->processorMessage(a);
        fail(
            tr("%1: %2 was refused (HTTP %3): the connection's credentials are wrong or lack a permission%4.")
                .arg(name, req)
                .arg(a.status)
                .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg));
        m_stopped = true;
        m_client->abortAll();
        m_outstanding = 1; // this call; settle() runs after us
        return std::nullopt;
    }
    if (a.status >= 300) {
        const QString msg = m_client->processorMessage(a);
        fail(tr("%1: %2 (lookup \"%3\") answered HTTP %4%5.")
                 .arg(name, req, l.name)
                 .arg(a.status)
                 .arg(msg.isEmpty() ? QString() : QStringLiteral(": ") + msg));
        return std::nullopt;
    }
    if (!a.jsonOk) {
        fail(tr("%1: %2 (lookup \"%3\") answered with a body that is not JSON (%4 bytes).")
                 .arg(name, req, l.name)
                 .arg(a.body.size()));
        return std::nullopt;
    }
    QJsonArray records;
    if (l.records.isEmpty()) {
        records.append(a.json);
    } else {
        const QJsonArray sel = Templates::select(a.json, l.records);
        if (sel.isEmpty() && !l.records.contains(QLatin1Char('*'))) {
            fail(tr("%1: %2 (lookup \"%3\"): the answer has no field \"%4\" where the records should be.")
                     .arg(name, req, l.name, l.records));
            return std::nullopt;
        }
        if (l.records.contains(QLatin1Char('*')))
            records = sel;
        else if (sel.first().isArray())
            records = sel.first().toArray();
        else if (sel.first().isNull())
            records = {};
        else {
            fail(tr("%1: %2 (lookup \"%3\"): the field \"%4\" should hold a list of records.")
                     .arg(name, req, l.name, l.records));
            return std::nullopt;
        }
    }
    return records;
}

void ProcessorSearch::takeRecords(const std::shared_ptr<PageState>& state, const QJsonArray& records)
{
    const Lookup& l = *state->lookup;
    ProcessorRecordSet& set = m_result.sets[state->setIndex];
    for (const QJsonValue& v : records) {
        QJsonObject rec;
        if (v.isObject())
            rec = v.toObject();
        else if (v.isString() || v.isDouble())
            rec.insert(QStringLiteral("value"), v);
        else
            continue;
        if (l.identity && !matches(l, rec, state->ctx.identity)) {
            // Returned by the processor's search for her identity, but not the same identity: a near match,
            // kept apart. (A lookup that lists everything, its request not naming the identity, has none.)
            if (!usesIdentity(l.request))
                continue;
            ProcessorRecordSet& near = m_result.sets[state->setIndex];
            const QString nearKey = QString::fromUtf8(QJsonDocument(rec).toJson(QJsonDocument::Compact));
            QSet<QString>& seenNear = m_seen[QStringLiteral("~near~") + near.lookup];
            if (!seenNear.contains(nearKey) && near.nearMatches.size() < 1000) {
                seenNear.insert(nearKey);
                near.nearMatches << rec;
                near.nearVia << state->via;
            }
            continue;
        }
        const QString id = l.id.isEmpty() ? QString() : Templates::text(Templates::value(rec, l.id));
        const QString dedupe =
            id.isEmpty() ? QString::fromUtf8(QJsonDocument(rec).toJson(QJsonDocument::Compact)) : id;
        const QString setKey = l.into.isEmpty() ? l.key : l.into;
        QSet<QString>& seen = m_seen[setKey];
        if (seen.contains(dedupe))
            continue;
        seen.insert(dedupe);
        set.records << rec;
        set.via << state->via;
        QJsonObject parents;
        for (auto it = state->ctx.records.begin(); it != state->ctx.records.end(); ++it)
            parents.insert(it.key(), it.value());
        set.parents << parents;
        set.identities << state->ctx.identity;
        for (const Lookup& child : m_client->definition().lookups) {
            if (child.after != setKey)
                continue;
            if (!child.skipField.isEmpty() &&
                child.skipValues.contains(Templates::text(Templates::value(rec, child.skipField))))
                continue;
            TemplateContext ctx = state->ctx;
            ctx.records.insert(setKey, rec);
            ctx.hasPage = false;
            ctx.page.clear();
            runLookup(child, ctx, state->via, state->depth);
        }
    }
    state->received += records.size();
}

void ProcessorSearch::nextPage(std::shared_ptr<PageState> state, const ProcessorClient::Answer& a,
                               const QJsonArray& records)
{
    const Lookup& l = *state->lookup;
    const QString name = m_result.processorName;
    const QString req = l.request.describe();
    const Pagination& p = l.pages;
    if (p.style == PageStyle::None || state->pages >= p.maxPages || m_stopped)
        return;
    if (!p.more.isEmpty()) {
        const QJsonValue more = Templates::value(a.json, p.more);
        if (!more.toBool())
            return;
    }
    TemplateContext ctx = state->ctx;
    std::optional<ProcessorClient::Call> next;
    QStringList missing;
    switch (p.style) {
    case PageStyle::None:
        return;
    case PageStyle::Cursor: {
        if (records.isEmpty())
            return;
        const QJsonValue last = records.last();
        const QString cursor = Templates::text(Templates::value(last, p.from));
        if (cursor.isEmpty())
            return;
        ctx.page = cursor;
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Token: {
        const QString token = Templates::text(Templates::value(a.json, p.from));
        if (token.isEmpty() || (!p.stop.isEmpty() && token == p.stop))
            return;
        ctx.page = token;
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Offset: {
        if (records.isEmpty())
            return;
        const qint64 offset = ctx.page.toLongLong() + records.size();
        if (!p.total.isEmpty()) {
            const qint64 total = Templates::text(Templates::value(a.json, p.total)).toLongLong();
            if (offset >= total)
                return;
        } else if (records.size() < p.size) {
            return;
        }
        ctx.page = QString::number(offset);
        ctx.hasPage = true;
        break;
    }
    case PageStyle::Page: {
        const qint64 page = ctx.page.toLongLong();
        if (!p.total.isEmpty()) {
            const qint64 pagesTotal = Templates::text(Templates::value(a.json, p.total)).toLongLong();
            if (page >= pagesTotal)
                return;
        } else if (records.size() < p.size) {
            return;
        }
        ctx.page = QString::number(page + 1);
        ctx.hasPage = true;
        break;
    }
    case PageStyle::NextUrl:
    case PageStyle::Link: {
        QString target;
        if (p.style == PageStyle::NextUrl) {
            target = Templates::text(Templates::value(a.json, p.from));
        } else {
            // <url>; rel="next"; results="true", <url>; rel="last"
            const QString link = QString::fromLatin1(a.headers.value("link"));
            static const QRegularExpression part(QStringLiteral("<([^>]*)>([^<]*)"));
            for (auto it = part.globalMatch(link); it.hasNext();) {
                const auto m = it.next();
                const QString attrs = m.captured(2);
                if (!attrs.contains(QLatin1String("rel=\"next\"")))
                    continue;
                if (attrs.contains(QLatin1String("results=\"false\"")))
                    break;
                target = m.captured(1);
            }
        }
        if (target.isEmpty())
            return;
        const QUrl url = m_client->baseUrl().resolved(QUrl::fromEncoded(target.toUtf8()));
        if (!m_client->sameOrigin(url)) {
            fail(tr("%1: %2 (lookup \"%3\") pointed its next page at another host (%4); not followed, so the "
                    "key is not sent there.")
                     .arg(name, req, l.name, url.host()));
            return;
        }
        ProcessorClient::Call call = Templates::build(*m_client, l.request, ctx, &missing);
        call.url = url;
        if (m_client->definition().auth == AuthKind::Query) {
            // The token travels in the query: make sure the next URL carries ours, not whatever came back.
            QUrlQuery qq(url);
            qq.removeAllQueryItems(m_client->definition().authName);
            qq.addQueryItem(m_client->definition().authName,
                            QString::fromLatin1(QUrl::toPercentEncoding(m_client->secret())));
            call.url.setQuery(qq);
        }
        next = call;
        break;
    }
    }
    if (!next) {
        next = Templates::build(*m_client, l.request, ctx, &missing);
        if (!missing.isEmpty())
            return;
    }
    state->ctx = ctx;
    requestPage(state, *next);
}

void ProcessorSearch::onPage(std::shared_ptr<PageState> state, const ProcessorClient::Answer& a)
{
    const std::optional<QJsonArray> records = answerRecords(*state, a);
    if (!records)
        return;
    takeRecords(state, *records);
    nextPage(std::move(state), a, *records);
}

} // namespace lethe
