#include "Migrations.h"

#include "QueueQuery.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace lethe {

namespace {

struct Migration
{
    int version;
    const char* description;
    QStringList statements; // %ID%, %TEXTKEY%, %KEYPART% (an indexed TEXT column's length), %BYTES% and
                            // %BYTEPART% are replaced per engine
};

// Migration 16: for each of the three orders, (rank, id) and ((-rank), id), the expressions exactly as the
// queue's pages order by them (QueueQuery::orderBy) so that the server matches them.
QStringList rankIndexes()
{
    QStringList out;
    const std::pair<const char*, QueueQuery::Order> orders[] = {
        {"status", QueueQuery::Order::Status},
        {"type", QueueQuery::Order::Type},
        {"regulation", QueueQuery::Order::Regulation}};
    for (const auto& [name, order] : orders) {
        const QString rank = QueueQuery::rankExpression(order, QString());
        out << QStringLiteral("CREATE INDEX requests_by_%1_rank ON requests(%2, id)")
                   .arg(QLatin1String(name), rank)
            << QStringLiteral("CREATE INDEX requests_by_%1_rank_desc ON requests((-%2), id)")
                   .arg(QLatin1String(name), rank);
    }
    return out;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1,
         "requests, subjects, identities, notes, clock stops, settings, audit log",
         {
             QStringLiteral("CREATE TABLE settings (key %TEXTKEY% PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE subjects (id %ID%, display_name TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE identities (id %ID%, subject_id BIGINT NOT NULL REFERENCES subjects(id) "
                 "ON DELETE CASCADE, kind TEXT NOT NULL, value TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX identities_subject ON identities(subject_id)"),
             QStringLiteral("CREATE INDEX identities_value ON identities(kind, value)"),
             QStringLiteral("CREATE TABLE requests (id %ID%, human_id %TEXTKEY% NOT NULL UNIQUE, "
                            "year INTEGER NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, "
                            "regulation TEXT NOT NULL, received_date TEXT NOT NULL, status TEXT NOT NULL, "
                            "denial_reason TEXT NOT NULL DEFAULT '', extended INTEGER NOT NULL DEFAULT 0, "
                            "extension_reason TEXT NOT NULL DEFAULT '', assignee TEXT NOT NULL DEFAULT '', "
                            "subject_id BIGINT NOT NULL REFERENCES subjects(id), created_at TEXT NOT NULL, "
                            "updated_at TEXT NOT NULL, UNIQUE (year, seq))"),
             QStringLiteral(
                 "CREATE TABLE request_products (request_id BIGINT NOT NULL REFERENCES requests(id) "
                 "ON DELETE CASCADE, product TEXT NOT NULL, PRIMARY KEY (request_id, product))"),
             QStringLiteral("CREATE TABLE clock_stops (id %ID%, request_id BIGINT NOT NULL REFERENCES "
                            "requests(id) ON DELETE CASCADE, stopped_on TEXT NOT NULL, restarted_on TEXT)"),
             QStringLiteral("CREATE INDEX clock_stops_request ON clock_stops(request_id)"),
             QStringLiteral(
                 "CREATE TABLE notes (id %ID%, request_id BIGINT NOT NULL REFERENCES requests(id) "
                 "ON DELETE CASCADE, created_at TEXT NOT NULL, author TEXT NOT NULL, body TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX notes_request ON notes(request_id)"),
             QStringLiteral(
                 "CREATE TABLE audit_events (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                 "action TEXT NOT NULL, request_id TEXT NOT NULL, details TEXT NOT NULL, "
                 "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_events_request ON audit_events(request_id)"),
         }},
        {2,
         "manual tasks: processors without an API for subject data, done by a person with a note or evidence",
         {
             QStringLiteral(
                 "CREATE TABLE manual_tasks (id %ID%, request_id BIGINT NOT NULL REFERENCES requests(id) "
                 "ON DELETE CASCADE, system_key TEXT NOT NULL, processor TEXT NOT NULL, "
                 "instructions TEXT NOT NULL, created_at TEXT NOT NULL, done_at TEXT, "
                 "done_by TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                 "evidence_name TEXT NOT NULL DEFAULT '', evidence_sha256 TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX manual_tasks_request ON manual_tasks(request_id)"),
         }},
        {3,
         "erasure: workspace users and roles, erasure runs (plan, approval, report) and their batch journal",
         {
             QStringLiteral("CREATE TABLE workspace_users (name %TEXTKEY% PRIMARY KEY, role TEXT NOT NULL, "
                            "added_at TEXT NOT NULL, added_by TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE erasure_runs (id %ID%, request_id BIGINT NOT NULL REFERENCES requests(id) "
                 "ON DELETE CASCADE, digest TEXT NOT NULL, state TEXT NOT NULL, plan TEXT NOT NULL, "
                 "summary TEXT NOT NULL, planned_by TEXT NOT NULL, planned_at TEXT NOT NULL, "
                 "approved_by TEXT NOT NULL DEFAULT '', approved_at TEXT, started_by TEXT NOT NULL DEFAULT "
                 "'', "
                 "started_at TEXT, finished_at TEXT, report TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX erasure_runs_request ON erasure_runs(request_id)"),
             QStringLiteral(
                 "CREATE TABLE erasure_journal (run_id BIGINT NOT NULL REFERENCES erasure_runs(id) "
                 "ON DELETE CASCADE, seq INTEGER NOT NULL, step TEXT NOT NULL, state TEXT NOT NULL, "
                 "affected BIGINT NOT NULL DEFAULT 0, data TEXT NOT NULL DEFAULT '', "
                 "at TEXT NOT NULL, PRIMARY KEY (run_id, seq))"),
         }},
        {4,
         "erasure: a run's batch layout is stored when it starts, and each journal line names the exact step",
         {
             QStringLiteral("ALTER TABLE erasure_runs ADD COLUMN batch_size INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE erasure_runs ADD COLUMN layout TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE erasure_journal ADD COLUMN step_digest TEXT NOT NULL DEFAULT ''"),
         }},
        {5,
         "life cycle: denial reason codes and exemption, answers in part, fees, clock stops for "
         "clarification",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN denial_code TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN exemption TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN withheld TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN withheld_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN fee_amount TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN fee_currency TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN fee_reason TEXT NOT NULL DEFAULT ''"),
             // Existing stops were all for identity.
             QStringLiteral("ALTER TABLE clock_stops ADD COLUMN kind TEXT NOT NULL DEFAULT 'identity'"),
             QStringLiteral("ALTER TABLE clock_stops ADD COLUMN resume_status TEXT NOT NULL DEFAULT ''"),
         }},
        {6,
         "deadlines: a request may name the holiday calendar of where the controller is established",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN established_in TEXT NOT NULL DEFAULT ''"),
         }},
        {7,
         "requests: the time a request was closed (completed, denied or cancelled), for the yearly metrics; "
         "closed requests get it from their audit event, or stay without one (closing date unknown)",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN closed_at TEXT"),
             // The transition into a final status is audited with {"from":...,"to":"completed"} (compact
             // JSON, keys in order), stamped in the same format as closed_at. A final status cannot be left,
             // so there is one such event per closed request; a request without one keeps NULL.
             QStringLiteral(
                 "UPDATE requests SET closed_at = (SELECT MAX(a.at) FROM audit_events a WHERE a.request_id = "
                 "requests.human_id AND a.action = 'request.transition' AND (a.details LIKE "
                 "'%\"to\":\"completed\"%' OR a.details LIKE '%\"to\":\"denied\"%' OR a.details LIKE "
                 "'%\"to\":\"cancelled\"%')) WHERE status IN ('completed', 'denied', 'cancelled')"),
         }},
        {8,
         "requests: an index for \"take next\" (the longest-waiting request nobody has), so it reads a few "
         "rows of a million instead of all of them",
         {
             QStringLiteral(
                 "CREATE INDEX requests_waiting ON requests(assignee%KEYPART%, received_date%KEYPART%, "
                 "id)"),
         }},
        {9,
         "requests: a version raised by every change of a request (not by notes), so a change made on a copy "
         "read before another desk's change is refused instead of overwriting it",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN version BIGINT NOT NULL DEFAULT 1"),
         }},
        {10,
         "signed approvals and a signed audit head: each login's registered minisign public key, the "
         "approval's signature with the run, and the signed heads of the audit log",
         {
             QStringLiteral("CREATE TABLE officer_keys (login %TEXTKEY% PRIMARY KEY, key_id TEXT NOT NULL, "
                            "public_key TEXT NOT NULL, registered_at TEXT NOT NULL)"),
             QStringLiteral("ALTER TABLE erasure_runs ADD COLUMN approval_signature TEXT"),
             QStringLiteral(
                 "CREATE TABLE audit_heads (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, at TEXT NOT "
                 "NULL, signer TEXT NOT NULL, key_id TEXT NOT NULL, signature TEXT NOT NULL)"),
         }},
        {11,
         "erasure: a plan is stored in numbered parts of at most 1 MiB, so a plan of millions of keys is "
         "never held as one value when it is stored or read",
         {
             QStringLiteral("CREATE TABLE erasure_plan_parts (run_id BIGINT NOT NULL REFERENCES "
                            "erasure_runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL, part TEXT NOT NULL, "
                            "PRIMARY KEY (run_id, seq))"),
         }},
        {12,
         "requests: indexes for the queue's filters in the server, so a page of requests of one status, of "
         "one status and assignee, or of the whole queue, in the order they were received reads the page and "
         "not a million rows (the assignee's is migration 8's)",
         {
             QStringLiteral(
                 "CREATE INDEX requests_by_status ON requests(status%KEYPART%, received_date%KEYPART%, id)"),
             QStringLiteral("CREATE INDEX requests_by_received ON requests(received_date%KEYPART%, id)"),
             // "Mine in progress": one status of one person, in order, without merging two indexes.
             QStringLiteral("CREATE INDEX requests_by_status_assignee ON requests(status%KEYPART%, "
                            "assignee%KEYPART%, received_date%KEYPART%, id)"),
         }},
        {13,
         "requests: each request's place in the urgency order (days left) as Lethe computes it, and the "
         "digest "
         "of the calendars, rules and settings it was computed with, so the server pages the queue by it "
         "(DueKeys); NULL until computed, which the first Lethe allowed to does",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN due_key BIGINT"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN due_digest TEXT"),
             QStringLiteral("CREATE INDEX requests_by_due ON requests(due_key, id)"),
             // Days left descending: the key down, ties still by id up (RequestQueueModel::sort), one range.
             QStringLiteral("CREATE INDEX requests_by_due_desc ON requests((-due_key), id)"),
             // The stale rows (DueKeys::isCurrent, recompute): by digest, then id, read in keyset batches.
             QStringLiteral("CREATE INDEX requests_by_due_digest ON requests(due_digest%KEYPART%, id)"),
         }},
        {14,
         "requests: indexes for a page of one status, one assignee, or both, by days left either way, so the "
         "server reads the page as one range and not the due-key index until a page of them is found",
         {
             // The filter's columns, then the order's (QueueQuery's orderBy and keyset: due_key and id, or
             // (-due_key) and id), so the equality and the cursor's row value make one range, in order.
             QStringLiteral("CREATE INDEX requests_by_status_due ON requests(status%KEYPART%, due_key, id)"),
             QStringLiteral(
                 "CREATE INDEX requests_by_status_due_desc ON requests(status%KEYPART%, (-due_key), id)"),
             QStringLiteral(
                 "CREATE INDEX requests_by_assignee_due ON requests(assignee%KEYPART%, due_key, id)"),
             QStringLiteral(
                 "CREATE INDEX requests_by_assignee_due_desc ON requests(assignee%KEYPART%, (-due_key), id)"),
             QStringLiteral("CREATE INDEX requests_by_status_assignee_due ON requests(status%KEYPART%, "
                            "assignee%KEYPART%, due_key, id)"),
             QStringLiteral("CREATE INDEX requests_by_status_assignee_due_desc ON requests(status%KEYPART%, "
                            "assignee%KEYPART%, (-due_key), id)"),
         }},
        {15,
         "requests: each request's place in the queue sorted by subject and by assignee (the case-folded "
         "text as bytes, SortKeys), so the server pages those orders too; NULL until stored, which the "
         "first Lethe allowed to does",
         {
             QStringLiteral("ALTER TABLE requests ADD COLUMN subject_key %BYTES%"),
             QStringLiteral("ALTER TABLE requests ADD COLUMN assignee_key %BYTES%"),
             // Either way round, ties by id ascending (RequestQueueModel::sort): one range from the cursor.
             QStringLiteral("CREATE INDEX requests_by_subject ON requests(subject_key%BYTEPART%, id)"),
             QStringLiteral(
                 "CREATE INDEX requests_by_subject_desc ON requests(subject_key%BYTEPART% DESC, id)"),
             QStringLiteral("CREATE INDEX requests_by_assignee_key ON requests(assignee_key%BYTEPART%, id)"),
             QStringLiteral(
                 "CREATE INDEX requests_by_assignee_key_desc ON requests(assignee_key%BYTEPART% DESC, id)"),
             // A subject's requests, whose keys move with its name (SortKeys::refresh).
             QStringLiteral("CREATE INDEX requests_subject ON requests(subject_id)"),
         }},
        {16,
         "requests: indexes on the status, type and law in the order of Lethe's enums (the rank a CASE "
         "gives each stored key, QueueQuery::rankExpression), either way, so the server pages those orders "
         "as one range instead of sorting every match for each page",
         rankIndexes()},
    };
    return all;
}

QString forEngine(QString sql, ConnectionParams::Engine engine)
{
    switch (engine) {
    case ConnectionParams::Engine::Sqlite:
        sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("%TEXTKEY%"), QLatin1String("TEXT"));
        sql.replace(QLatin1String("%KEYPART%"), QString());
        sql.replace(QLatin1String("%BYTES%"), QLatin1String("BLOB"));
        sql.replace(QLatin1String("%BYTEPART%"), QString());
        break;
    case ConnectionParams::Engine::Postgres:
        sql.replace(QLatin1String("%ID%"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        sql.replace(QLatin1String("%TEXTKEY%"), QLatin1String("TEXT"));
        sql.replace(QLatin1String("%KEYPART%"), QString());
        sql.replace(QLatin1String("%BYTES%"), QLatin1String("BYTEA"));
        sql.replace(QLatin1String("%BYTEPART%"), QString());
        break;
    case ConnectionParams::Engine::MariaDb:
        sql.replace(QLatin1String("%ID%"), QLatin1String("BIGINT AUTO_INCREMENT PRIMARY KEY"));
        sql.replace(QLatin1String("%TEXTKEY%"), QLatin1String("VARCHAR(191)"));
        sql.replace(QLatin1String("%KEYPART%"), QLatin1String("(100)")); // an index on TEXT needs a length
        sql.replace(QLatin1String("%BYTES%"), QLatin1String("BLOB"));
        sql.replace(QLatin1String("%BYTEPART%"), QLatin1String("(200)"));
        break;
    }
    return sql;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().last().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return makeError(Error::Code::Storage,
                         tr("Cannot read the schema version: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> Migrations::apply(QSqlDatabase db, ConnectionParams::Engine engine, const QString& where)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
            return makeError(Error::Code::Storage,
                             tr("Cannot prepare workspace %1: %2").arg(where, q.lastError().text()));
        }
    }
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return makeError(
            Error::Code::Unsupported,
            tr("Workspace %1 was written by a newer Lethe (schema version %2; this program knows up to "
               "version %3). Update Lethe to open it; nothing was changed.")
                .arg(where)
                .arg(*current)
                .arg(latestVersion()));
    }
    for (const Migration& m : migrations()) {
        if (m.version <= *current)
            continue;
        if (!db.transaction())
            return makeError(Error::Code::Storage,
                             tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString& s : m.statements) {
            if (!q.exec(forEngine(s, engine))) {
                const QString why = q.lastError().text();
                db.rollback();
                return makeError(
                    Error::Code::Storage,
                    tr("Migration %1 of workspace %2 failed: %3").arg(m.version).arg(where, why));
            }
        }
        q.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(m.description));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec() || !db.commit()) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(Error::Code::Storage,
                             tr("Migration %1 of workspace %2 failed: %3").arg(m.version).arg(where, why));
        }
    }
    return latestVersion();
}

} // namespace lethe
