#include "TeamSetup.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace lethe {

namespace {

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

const QStringList kRoles{QStringLiteral("officer"), QStringLiteral("support"), QStringLiteral("reviewer")};

// Every table of the workspace (Migrations), and what each role may change in them.
const QStringList kTables{QStringLiteral("settings"),
                          QStringLiteral("subjects"),
                          QStringLiteral("identities"),
                          QStringLiteral("requests"),
                          QStringLiteral("request_products"),
                          QStringLiteral("clock_stops"),
                          QStringLiteral("notes"),
                          QStringLiteral("audit_events"),
                          QStringLiteral("manual_tasks"),
                          QStringLiteral("workspace_users"),
                          QStringLiteral("erasure_runs"),
                          QStringLiteral("erasure_plan_parts"),
                          QStringLiteral("erasure_journal"),
                          QStringLiteral("officer_keys"),
                          QStringLiteral("audit_heads"),
                          QStringLiteral("schema_migrations")};
const QString kCaseWork =
    QStringLiteral("subjects, identities, requests, request_products, clock_stops, notes, "
                   "manual_tasks");

// Appends an event exactly as AuditLog::append does on the client (AuditLog::computeHash: SHA-256 over the
// fields joined by U+001F), with the server's session_user and clock; the table lock serialises appends from
// every client, so sequence numbers are gap-free and each event links to the one before it.
const char* kAuditFunction = R"SQL(CREATE OR REPLACE FUNCTION lethe_audit_append(
    p_action text, p_request_id text, p_details text,
    OUT out_seq bigint, OUT out_at text, OUT out_actor text, OUT out_prev_hash text, OUT out_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $fn$
DECLARE
    v_prev_at text;
BEGIN
    IF p_action IS NULL OR p_action = '' OR p_details IS NULL THEN
        RAISE EXCEPTION 'an audit event needs an action and details' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE;
    SELECT e.seq, e.hash, e.at INTO out_seq, out_prev_hash, v_prev_at
        FROM audit_events e ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        out_seq := 0;
        out_prev_hash := repeat('0', 64);
    END IF;
    out_seq := out_seq + 1;
    out_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    IF v_prev_at IS NOT NULL AND out_at < v_prev_at THEN
        out_at := v_prev_at;
    END IF;
    out_actor := session_user;
    out_hash := encode(sha256(convert_to(concat_ws(chr(31), out_seq::text, out_at, out_actor, p_action,
                                                   coalesce(p_request_id, ''), p_details, out_prev_hash),
                                         'UTF8')), 'hex');
    INSERT INTO audit_events (seq, at, actor, action, request_id, details, prev_hash, hash)
        VALUES (out_seq, out_at, out_actor, p_action, coalesce(p_request_id, ''), p_details, out_prev_hash,
                out_hash);
    UPDATE settings SET value = out_seq::text WHERE key = 'audit.head.seq';
    IF NOT FOUND THEN
        INSERT INTO settings (key, value) VALUES ('audit.head.seq', out_seq::text);
    END IF;
    UPDATE settings SET value = out_hash WHERE key = 'audit.head.hash';
    IF NOT FOUND THEN
        INSERT INTO settings (key, value) VALUES ('audit.head.hash', out_hash);
    END IF;
END
$fn$)SQL";

// The free-text search's indexes for a text of one or two characters, which has no trigram
// (QueueQuery::Search::UnionGrams): each text's substrings of one and two characters, lower-cased as the
// search compares them, in a GIN index (which keeps each once); the search looks the text up as one of them
// and strpos decides. The function reads only its argument and names pg_catalog's functions by its own
// search_path, so an index built with it is what a query computes. PL/pgSQL: it runs for each row an index is
// built over and each row written, and took 22 us a call where a SQL function's distinct substrings took 60
// (200,000 identities by psql: 4.4 s against 11.9 s).
const char* kGramsFunction = R"SQL(CREATE OR REPLACE FUNCTION lethe_search_grams(t text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    AS $fn$
    DECLARE
        grams text[] := '{}';
        n int := char_length(t);
    BEGIN
        FOR i IN 1 .. n LOOP
            grams := grams || substr(t, i, 1);
            IF i < n THEN
                grams := grams || substr(t, i, 2);
            END IF;
        END LOOP;
        RETURN grams;
    END
    $fn$)SQL";

// The extension of the free-text search's trigram indexes, where the server has it and this login may create
// it; a warning, and nothing else, where not.
const char* kTrigramExtension = R"SQL(DO $do$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        RAISE WARNING 'pg_trgm is not installed on this server (Debian: postgresql-contrib): the queue''s '
                      'free-text search works without its index, more slowly';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'this login may not create the extension pg_trgm (%): the queue''s free-text search '
                      'works without its index, more slowly', SQLERRM;
        RETURN;
    END;
END
$do$)SQL";

// The free-text search's trigram indexes (QueueQuery::where): GIN over the same lower(…) expressions the
// search compares with LIKE, so the planner finds candidates through them and LIKE decides. The extension may
// live in any schema (one created before this script), so its operator class is named with that schema; no
// row, and so no index, where it is not there.
const char* kTrigramIndexes =
    R"SQL(SELECT format('CREATE INDEX CONCURRENTLY IF NOT EXISTS %s USING gin (lower(%s) %I.gin_trgm_ops)',
              x.target, x.text, n.nspname)
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace,
         (VALUES (1, 'lethe_search_request_id ON requests', 'human_id'),
                 (2, 'lethe_search_assignee ON requests', 'assignee'),
                 (3, 'lethe_search_subject_name ON subjects', 'display_name'),
                 (4, 'lethe_search_identity ON identities', 'value')) x(k, target, text)
    WHERE e.extname = 'pg_trgm' ORDER BY x.k)SQL";

// The names of the search's indexes (TeamSetup::searchIndexes, shortSearchIndexes).
const QStringList kSearchIndexNames{
    QStringLiteral("lethe_search_request_id"), QStringLiteral("lethe_search_assignee"),
    QStringLiteral("lethe_search_subject_name"), QStringLiteral("lethe_search_identity"),
    QStringLiteral("lethe_search_requests_subject")};
const QStringList kShortSearchIndexNames{
    QStringLiteral("lethe_search_short_request_id"), QStringLiteral("lethe_search_short_assignee"),
    QStringLiteral("lethe_search_short_subject_name"), QStringLiteral("lethe_search_short_identity")};

// A build CONCURRENTLY that was interrupted (Ctrl+C, a lost connection, a failure) leaves its index behind,
// invalid: never used by a query, yet IF NOT EXISTS would keep it forever. Those of `names` are dropped, so
// that the statements after build them anew; valid ones are kept.
TeamStatement dropInvalid(const QStringList& names)
{
    QStringList quotedNames;
    for (const QString& n : names)
        quotedNames << literal(n);
    return TeamStatement{
        TeamSetup::tr("An index of the ones below whose build was interrupted before is invalid (no query "
                      "uses it): it is dropped, so that the next statements build it again."),
        QStringLiteral("SELECT format('DROP INDEX CONCURRENTLY IF EXISTS %s', i.indexrelid::regclass) FROM "
                       "pg_index i WHERE NOT i.indisvalid AND i.indexrelid IN (SELECT to_regclass(n) FROM "
                       "unnest(ARRAY[%1]) n)")
            .arg(quotedNames.join(QLatin1String(", "))),
        TeamStatement::Run::Generated};
}

// A login registers its own officer key (never another's), and the registration is in the audit log.
const char* kKeyRegister = R"SQL(CREATE OR REPLACE FUNCTION lethe_officer_key_register(
    p_key_id text, p_public_key text,
    OUT out_seq bigint, OUT out_at text, OUT out_actor text, OUT out_prev_hash text, OUT out_hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $fn$
BEGIN
    IF p_key_id IS NULL OR p_key_id !~ '^[0-9A-F]{1,16}$' OR p_public_key IS NULL
       OR p_public_key !~ '^[A-Za-z0-9+/]{40,80}={0,2}$' THEN
        RAISE EXCEPTION 'an officer key needs its key id (hex) and its public key (base64)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM officer_keys WHERE login = session_user::text;
    INSERT INTO officer_keys (login, key_id, public_key, registered_at)
        VALUES (session_user, p_key_id, p_public_key,
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    SELECT a.out_seq, a.out_at, a.out_actor, a.out_prev_hash, a.out_hash
        INTO out_seq, out_at, out_actor, out_prev_hash, out_hash
        FROM lethe_audit_append('officer.key.register', '',
                                json_build_object('login', session_user::text, 'key_id', p_key_id)::text) a;
END
$fn$)SQL";

// A login signs only the current head, of an event it wrote, with the key registered for it; the signature
// itself is checked by Lethe (audit verify), which knows minisign.
const char* kSignHead = R"SQL(CREATE OR REPLACE FUNCTION lethe_audit_sign_head(
    p_seq bigint, p_hash text, p_key_id text, p_signature text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = %SCHEMA%, pg_temp AS $fn$
DECLARE
    v_last bigint;
    v_at text;
    v_actor text;
    v_hash text;
BEGIN
    SELECT max(seq) INTO v_last FROM audit_events;
    SELECT e.at, e.actor, e.hash INTO v_at, v_actor, v_hash FROM audit_events e WHERE e.seq = p_seq;
    IF v_hash IS NULL OR p_seq IS DISTINCT FROM v_last OR v_hash IS DISTINCT FROM p_hash THEN
        RAISE EXCEPTION 'only the current head of the audit log is signed, not event %', p_seq
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION '% signs only audit heads they wrote; event % is by %', session_user, p_seq, v_actor
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM officer_keys k WHERE k.login = session_user::text AND k.key_id = p_key_id) THEN
        RAISE EXCEPTION 'key % is not the officer key registered for %', p_key_id, session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO audit_heads (seq, hash, at, signer, key_id, signature)
        VALUES (p_seq, p_hash, v_at, session_user, p_key_id, p_signature);
END
$fn$)SQL";

const char* kHeadsImmutable = R"SQL(CREATE OR REPLACE FUNCTION lethe_audit_heads_immutable() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'signed audit heads are kept: % on audit_heads is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$)SQL";

const char* kAuditImmutable = R"SQL(CREATE OR REPLACE FUNCTION lethe_audit_immutable() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on audit_events is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$fn$)SQL";

// Who planned, approved and started a run is the signed-in login; the approver never changes the run after
// approving it (runs, resumes or finishes it), and never approves their own plan. The approval's signature
// (ApprovalSignature) is written with the approval and never changed after.
const char* kErasureGuard = R"SQL(CREATE OR REPLACE FUNCTION lethe_erasure_runs_guard() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.planned_by IS DISTINCT FROM session_user::text THEN
            RAISE EXCEPTION 'an erasure plan is recorded as planned by the signed-in login %, not by %',
                session_user, NEW.planned_by USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.plan IS DISTINCT FROM OLD.plan OR NEW.digest IS DISTINCT FROM OLD.digest OR
       NEW.planned_by IS DISTINCT FROM OLD.planned_by THEN
        RAISE EXCEPTION 'a stored erasure plan, its digest and its planner are never changed; make a new plan'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.approved_by <> '' AND OLD.approved_by = session_user::text THEN
        RAISE EXCEPTION '% approved this erasure and cannot also run, resume or change it (four eyes)',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.approved_by IS DISTINCT FROM OLD.approved_by AND
       (NEW.approved_by IS DISTINCT FROM session_user::text OR NEW.approved_by = OLD.planned_by) THEN
        RAISE EXCEPTION 'an approval is recorded by the signed-in login %, who did not make the plan',
            session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.approval_signature IS DISTINCT FROM OLD.approval_signature AND
       NEW.approved_by IS NOT DISTINCT FROM OLD.approved_by THEN
        RAISE EXCEPTION 'an approval''s signature is written only with the approval itself'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.started_by IS DISTINCT FROM OLD.started_by AND NEW.started_by IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'an erasure is recorded as started by the signed-in login %, not by %',
            session_user, NEW.started_by USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fn$)SQL";

const char* kJournalGuard = R"SQL(CREATE OR REPLACE FUNCTION lethe_erasure_journal_guard() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_approver text;
BEGIN
    SELECT r.approved_by INTO v_approver FROM erasure_runs r
        WHERE r.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.run_id ELSE NEW.run_id END;
    IF v_approver <> '' AND v_approver = session_user::text THEN
        RAISE EXCEPTION '% approved this erasure and cannot also run or resume it (four eyes)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$fn$)SQL";

} // namespace

bool TeamSetup::validLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.@-]*$"));
    return !login.isEmpty() && login.toUtf8().size() <= 63 && re.match(login).hasMatch();
}

bool TeamSetup::validPrefix(const QString& prefix)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return prefix.size() <= 40 && re.match(prefix).hasMatch();
}

// The three group roles, and each person's login in exactly one of them.
QList<TeamStatement> TeamSetup::rolesAndLogins(const QString& prefix, const QList<TeamMember>& members)
{
    auto group = [&](const QString& role) { return quoted(prefix + QLatin1Char('_') + role); };
    QList<TeamStatement> out;
    for (const QString& role : kRoles) {
        const QString name = prefix + QLatin1Char('_') + role;
        out << TeamStatement{
            tr("The group role of every %1 (no login of its own); a person's login is made a member.")
                .arg(role),
            QStringLiteral("DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                           "CREATE ROLE %2 NOLOGIN; END IF; END $do$")
                .arg(literal(name), quoted(name))};
    }
    for (const TeamMember& m : members) {
        out << TeamStatement{
            tr("The login of %1, created if missing. Give it a password (\\password in psql) or use "
               "certificate or peer authentication; each person keeps their password in their own keychain.")
                .arg(m.login),
            QStringLiteral("DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                           "CREATE ROLE %2 LOGIN; END IF; END $do$")
                .arg(literal(m.login), quoted(m.login))};
        for (const QString& role : kRoles) {
            if (role != m.role)
                out << TeamStatement{tr("%1 is no longer in another group.").arg(m.login),
                                     QStringLiteral("REVOKE %1 FROM %2").arg(group(role), quoted(m.login))};
        }
        out << TeamStatement{tr("%1 works as %2.").arg(m.login, m.role),
                             QStringLiteral("GRANT %1 TO %2").arg(group(m.role), quoted(m.login))};
    }
    return out;
}

Result<QList<TeamStatement>> TeamSetup::statements(const QString& prefix, const QList<TeamMember>& members)
{
    if (!validPrefix(prefix))
        return makeError(
            Error::Code::InvalidInput,
            tr("Role prefix \"%1\" is not usable: use lower-case letters, digits and '_', starting "
               "with a letter, at most 40 characters.")
                .arg(prefix));
    for (const TeamMember& m : members) {
        if (!validLogin(m.login))
            return makeError(
                Error::Code::InvalidInput,
                tr("Login \"%1\" is not usable: use letters, digits, '_', '.', '-' and '@', at most "
                   "63 bytes.")
                    .arg(m.login));
        if (!kRoles.contains(m.role))
            return makeError(
                Error::Code::InvalidInput,
                tr("Login %1: role \"%2\" is none of officer, support and reviewer.").arg(m.login, m.role));
    }
    auto group = [&](const QString& role) { return quoted(prefix + QLatin1Char('_') + role); };
    const QString officer = group(QStringLiteral("officer"));
    const QString support = group(QStringLiteral("support"));
    const QString reviewer = group(QStringLiteral("reviewer"));
    const QString all = QStringList{officer, support, reviewer}.join(QLatin1String(", "));
    const QString schema = QStringLiteral("public");

    QList<TeamStatement> out = rolesAndLogins(prefix, members);
    out << TeamStatement{
        tr("Nothing in the workspace is open to logins outside the team."),
        QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(kTables.join(QLatin1String(", ")))};
    out << TeamStatement{
        tr("Start from no rights, so that running this again takes back what was given before."),
        QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(kTables.join(QLatin1String(", ")), all)};
    out << TeamStatement{tr("Every team member reads the whole workspace."),
                         QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT ON %3 TO %2")
                             .arg(quoted(schema), all, kTables.join(QLatin1String(", ")))};
    out << TeamStatement{
        tr("Support and officers work on requests: intake, identities, notes, clock stops, manual "
           "tasks. Their UPDATE on requests includes due_key and due_digest, each request's place in the "
           "urgency order, which Lethe stores with every change and again after the calendars or deadline "
           "settings change; reviewers cannot, and their queue is read whole to sort it until one of them "
           "has."),
        QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2, %3; GRANT DELETE ON identities, "
                       "request_products TO %2, %3; GRANT USAGE ON ALL SEQUENCES IN SCHEMA %4 "
                       "TO %2, %3")
            .arg(kCaseWork, officer, support, quoted(schema))};
    out << TeamStatement{
        tr("Only officers plan, approve and run erasures."),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON erasure_runs, erasure_journal TO %1; GRANT INSERT ON "
                       "erasure_plan_parts TO %1")
            .arg(officer)};
    out << TeamStatement{
        tr("Only officers change settings, and nobody writes the audit head or the team settings directly: "
           "row-level security keeps keys starting with audit. and team. for lethe_audit_append and this "
           "script."),
        QStringLiteral(
            "GRANT INSERT, UPDATE, DELETE ON settings TO %1; ALTER TABLE settings ENABLE ROW LEVEL "
            "SECURITY; DROP POLICY IF EXISTS lethe_settings_read ON settings; CREATE POLICY "
            "lethe_settings_read ON settings FOR SELECT TO %2 USING (true); DROP POLICY IF EXISTS "
            "lethe_settings_officer ON settings; CREATE POLICY lethe_settings_officer ON settings FOR "
            "ALL TO %1 USING (key NOT LIKE 'audit.%' AND key NOT LIKE 'team.%') WITH CHECK (key NOT "
            "LIKE 'audit.%' AND key NOT LIKE 'team.%')")
            .arg(officer, all)};
    out << TeamStatement{
        tr("The audit log is appended only through this function: it stamps the database's session_user and "
           "the server's clock, serialises appends from every desk and links each event to the one before. "
           "It runs with the rights of the audit log's owner."),
        QString::fromLatin1(kAuditFunction).replace(QLatin1String("%SCHEMA%"), quoted(schema))};
    out << TeamStatement{
        tr("The function belongs to the owner of the audit log, and only the team may call it."),
        QStringLiteral(
            "DO $do$ BEGIN EXECUTE format('ALTER FUNCTION lethe_audit_append(text, text, text) OWNER "
            "TO %I', (SELECT tableowner FROM pg_tables WHERE schemaname = %1 AND tablename = "
            "'audit_events')); END $do$; REVOKE ALL ON FUNCTION lethe_audit_append(text, text, text) "
            "FROM PUBLIC; GRANT EXECUTE ON FUNCTION lethe_audit_append(text, text, text) TO %2")
            .arg(literal(schema), all)};
    out << TeamStatement{
        tr("No login, not even the audit log's owner, updates, deletes or truncates events."),
        QString::fromLatin1(kAuditImmutable) +
            QStringLiteral("; DROP TRIGGER IF EXISTS lethe_audit_immutable ON audit_events; "
                           "CREATE TRIGGER lethe_audit_immutable BEFORE UPDATE OR DELETE ON "
                           "audit_events FOR EACH ROW EXECUTE FUNCTION lethe_audit_immutable(); "
                           "DROP TRIGGER IF EXISTS lethe_audit_no_truncate ON audit_events; "
                           "CREATE TRIGGER lethe_audit_no_truncate BEFORE TRUNCATE ON audit_events "
                           "FOR EACH STATEMENT EXECUTE FUNCTION lethe_audit_immutable()")};
    out << signingStatements(schema, all);
    out << TeamStatement{
        tr("Four eyes, kept by the server: a plan, an approval and a start are recorded under the login that "
           "made "
           "them; the approver never approves their own plan and never runs, resumes or changes the run "
           "after."),
        QString::fromLatin1(kErasureGuard) + QStringLiteral("; ") + QString::fromLatin1(kJournalGuard) +
            QStringLiteral(
                "; DROP TRIGGER IF EXISTS lethe_erasure_runs_guard ON erasure_runs; CREATE TRIGGER "
                "lethe_erasure_runs_guard BEFORE INSERT OR UPDATE ON erasure_runs FOR EACH ROW EXECUTE "
                "FUNCTION lethe_erasure_runs_guard(); DROP TRIGGER IF EXISTS lethe_erasure_journal_guard "
                "ON erasure_journal; CREATE TRIGGER lethe_erasure_journal_guard BEFORE INSERT OR UPDATE "
                "OR DELETE ON erasure_journal FOR EACH ROW EXECUTE FUNCTION "
                "lethe_erasure_journal_guard()")};
    out << TeamStatement{
        tr("Every desk's queue updates live: each change of a request is announced on the channel "
           "lethe_queue "
           "with the request's number (never its content), and Lethe reloads that row. Storing a request's "
           "place in the urgency order again (due_key and due_digest alone, after the calendars or the "
           "deadline settings changed), or its place by subject and assignee (subject_key and "
           "assignee_key alone), is no change of the request and is not announced: a million of them "
           "would flood every desk."),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION lethe_queue_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
            "BEGIN IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'due_key' - 'due_digest' - 'subject_key' - "
            "'assignee_key' = to_jsonb(OLD) - 'due_key' - 'due_digest' - 'subject_key' - 'assignee_key' "
            "THEN RETURN NULL; END IF; PERFORM pg_notify('lethe_queue', "
            "NEW.human_id); RETURN NULL; END $fn$; DROP TRIGGER "
            "IF EXISTS lethe_queue_notify ON requests; CREATE TRIGGER lethe_queue_notify AFTER INSERT OR "
            "UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION lethe_queue_notify()")};
    out << TeamStatement{
        tr("Only one erasure runs per request at a time."),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS erasure_runs_one_running ON erasure_runs "
                       "(request_id) WHERE state = 'running'")};
    QStringList users;
    for (const TeamMember& m : members)
        users << QStringLiteral("(%1, %2, to_char(now() AT TIME ZONE 'UTC', "
                                "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user)")
                     .arg(literal(m.login), literal(m.role));
    if (!users.isEmpty())
        out << TeamStatement{
            tr("The workspace's map of logins to Lethe roles, which Lethe shows and checks too; "
               "only this script changes it in a team workspace."),
            QStringLiteral("INSERT INTO workspace_users (name, role, added_at, added_by) VALUES %1 "
                           "ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role")
                .arg(users.join(QLatin1String(", ")))};
    out << TeamStatement{
        tr("The workspace is now a team workspace: Lethe records the signed-in login as who acted "
           "and appends to the audit log through the server."),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('team.prefix', %1) ON CONFLICT "
                       "(key) DO UPDATE SET value = EXCLUDED.value")
            .arg(literal(prefix))};
    // The search's indexes, after the transaction (TeamStatement::Run): the extension and the function in
    // it, the indexes built CONCURRENTLY after it commits.
    out << searchIndexes();
    out << shortSearchIndexes();
    out << TeamStatement{tr("Fresh statistics, so that the planner knows the new indexes' tables."),
                         QStringLiteral("ANALYZE requests, subjects, identities"), TeamStatement::Run::Alone};
    return out;
}

// Officer keys and signed audit heads: written only through two functions that act for the signed-in login.
QList<TeamStatement> TeamSetup::signingStatements(const QString& schema, const QString& all)
{
    auto definer = [&](const char* sql) {
        return QString::fromLatin1(sql).replace(QLatin1String("%SCHEMA%"), quoted(schema));
    };
    QList<TeamStatement> out;
    out << TeamStatement{
        tr("Each person registers their own officer key (the public half of the minisign key in their "
           "keychain) through this function, never another login's; the registration is appended to the "
           "audit log. Nobody writes officer_keys directly."),
        definer(kKeyRegister)};
    out << TeamStatement{
        tr("After each event a person writes, Lethe signs the audit head (the event's number and hash) with "
           "their officer key; this function stores the signature only for the current head, of an event "
           "that login wrote, with the key registered for it. audit verify checks the signature."),
        definer(kSignHead)};
    out << TeamStatement{
        tr("Both functions belong to the owner of the audit log, and only the team may call them."),
        QStringLiteral(
            "DO $do$ DECLARE v_owner text := (SELECT tableowner FROM pg_tables WHERE schemaname = %1 AND "
            "tablename = 'audit_events'); BEGIN EXECUTE format('ALTER FUNCTION "
            "lethe_officer_key_register(text, text) OWNER TO %I', v_owner); EXECUTE format('ALTER FUNCTION "
            "lethe_audit_sign_head(bigint, text, text, text) OWNER TO %I', v_owner); END $do$; REVOKE ALL ON "
            "FUNCTION lethe_officer_key_register(text, text) FROM PUBLIC; REVOKE ALL ON FUNCTION "
            "lethe_audit_sign_head(bigint, text, text, text) FROM PUBLIC; GRANT EXECUTE ON FUNCTION "
            "lethe_officer_key_register(text, text) TO %2; GRANT EXECUTE ON FUNCTION "
            "lethe_audit_sign_head(bigint, text, text, text) TO %2")
            .arg(literal(schema), all)};
    out << TeamStatement{
        tr("No login, not even the owner of the table, changes or removes a signed audit head."),
        QString::fromLatin1(kHeadsImmutable) +
            QStringLiteral("; DROP TRIGGER IF EXISTS lethe_audit_heads_immutable ON audit_heads; "
                           "CREATE TRIGGER lethe_audit_heads_immutable BEFORE UPDATE OR DELETE ON "
                           "audit_heads FOR EACH ROW EXECUTE FUNCTION lethe_audit_heads_immutable(); "
                           "DROP TRIGGER IF EXISTS lethe_audit_heads_no_truncate ON audit_heads; "
                           "CREATE TRIGGER lethe_audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads "
                           "FOR EACH STATEMENT EXECUTE FUNCTION lethe_audit_heads_immutable()")};
    return out;
}

QList<TeamStatement> TeamSetup::shortSearchIndexes()
{
    QList<TeamStatement> out;
    out << TeamStatement{
        tr("The queue's free-text search of one or two characters (a trigram index has nothing to look up "
           "in so short a text): this function lists a text's substrings of one and two characters, and the "
           "indexes below keep them for each text searched. Search stays exact: the indexes only find the "
           "candidates. Needs no extension."),
        QString::fromLatin1(kGramsFunction)};
    out << dropInvalid(kShortSearchIndexNames);
    const QList<std::pair<QString, QString>> texts{
        {QStringLiteral("lethe_search_short_request_id ON requests"), QStringLiteral("human_id")},
        {QStringLiteral("lethe_search_short_assignee ON requests"), QStringLiteral("assignee")},
        {QStringLiteral("lethe_search_short_subject_name ON subjects"), QStringLiteral("display_name")},
        {QStringLiteral("lethe_search_short_identity ON identities"), QStringLiteral("value")}};
    for (const auto& [target, text] : texts)
        out << TeamStatement{
            tr("The short substrings of %1, for a search of one or two characters. Built without making "
               "anyone's writes wait; on a million requests the four took minutes, and each request "
               "written later takes a little longer.")
                .arg(text),
            QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 USING gin "
                           "(lethe_search_grams(lower(%2)))")
                .arg(target, text),
            TeamStatement::Run::Alone};
    return out;
}

QList<TeamStatement> TeamSetup::searchIndexes()
{
    QList<TeamStatement> out;
    out << TeamStatement{
        tr("The queue's free-text search through indexes needs the extension pg_trgm (shipped with "
           "PostgreSQL; trusted, so a login that may create objects in the database adds it, no superuser "
           "needed). Where it is not installed or may not be created, a warning says so and search works "
           "without its indexes, more slowly."),
        QString::fromLatin1(kTrigramExtension)};
    out << dropInvalid(kSearchIndexNames);
    out << TeamStatement{
        tr("Trigram indexes on the texts searched (request number, assignee, subject's name, identities), "
           "built without making anyone's writes wait, where the extension is there. Search stays exact: "
           "the indexes only find the candidates (a text of one or two characters has its own, below)."),
        QString::fromLatin1(kTrigramIndexes), TeamStatement::Run::Generated};
    out << TeamStatement{
        tr("Requests by subject, for the search by a subject's name or identity."),
        QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS lethe_search_requests_subject "
                       "ON requests (subject_id)"),
        TeamStatement::Run::Alone};
    return out;
}

QStringList TeamSetup::searchIndexNames()
{
    return kSearchIndexNames;
}

QStringList TeamSetup::shortSearchIndexNames()
{
    return kShortSearchIndexNames;
}

int TeamSetup::inTransaction(const QList<TeamStatement>& statements)
{
    return int(std::count_if(statements.begin(), statements.end(), [](const TeamStatement& s) {
        return s.run == TeamStatement::Run::InTransaction;
    }));
}

QString TeamSetup::script(const QList<TeamStatement>& statements)
{
    QString out = QStringLiteral("BEGIN;\n\n");
    for (const TeamStatement& s : statements)
        if (s.run == TeamStatement::Run::InTransaction)
            out += QStringLiteral("-- %1\n%2;\n\n").arg(s.why, s.sql);
    out += QStringLiteral("COMMIT;\n");
    if (inTransaction(statements) < statements.size())
        out +=
            QStringLiteral("\n-- %1\n")
                .arg(tr("After the transaction, each statement on its own: CREATE INDEX CONCURRENTLY cannot "
                        "run in a transaction block, and does not make anyone's writes wait. Lines ending "
                        "in \\gexec are psql's: the query lists the statements to run. Run the script "
                        "with psql -v ON_ERROR_STOP=1, so that nothing runs after a failure."));
    for (const TeamStatement& s : statements) {
        if (s.run == TeamStatement::Run::Alone)
            out += QStringLiteral("\n-- %1\n%2;\n").arg(s.why, s.sql);
        else if (s.run == TeamStatement::Run::Generated)
            out += QStringLiteral("\n-- %1\n%2 \\gexec\n").arg(s.why, s.sql);
    }
    return out;
}

Status TeamSetup::apply(QSqlDatabase db, const QList<TeamStatement>& statements)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return makeError(Error::Code::Unsupported,
                         tr("A team workspace needs PostgreSQL: each person signs in with their own database "
                            "login. This workspace is on %1.")
                             .arg(db.driverName()));
    if (!db.transaction())
        return makeError(Error::Code::Storage,
                         tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    // Re-applying revokes what was never granted; the server's notices about that are no news to anyone.
    q.exec(QStringLiteral("SET LOCAL client_min_messages = error"));
    const int n = inTransaction(statements);
    int at = 0;
    for (const TeamStatement& s : statements) {
        if (s.run != TeamStatement::Run::InTransaction)
            continue;
        ++at;
        if (!q.exec(s.sql)) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(
                Error::Code::Storage,
                tr("Statement %1 of %2 (%3) failed, nothing was changed: %4").arg(at).arg(n).arg(s.why, why));
        }
    }
    if (!db.commit())
        return makeError(Error::Code::Storage, tr("Cannot commit: %1").arg(db.lastError().text()));
    return {};
}

Status TeamSetup::run(QSqlDatabase db, const TeamStatement& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(statement.sql))
        return makeError(Error::Code::Storage, q.lastError().text());
    if (statement.run != TeamStatement::Run::Generated)
        return {};
    QStringList generated;
    while (q.next())
        generated << q.value(0).toString();
    for (const QString& sql : generated)
        if (!q.exec(sql))
            return makeError(Error::Code::Storage, q.lastError().text());
    return {};
}

Result<QList<TeamBlocker>> TeamSetup::blockersOf(QSqlDatabase db, int pid)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.pid, a.usename, a.application_name, to_char(a.xact_start AT TIME ZONE "
                             "'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM unnest(pg_blocking_pids(?)) b(pid) JOIN "
                             "pg_stat_activity a ON a.pid = b.pid ORDER BY a.xact_start NULLS LAST, a.pid"));
    q.addBindValue(pid);
    if (!q.exec())
        return makeError(Error::Code::Storage,
                         tr("Reading what the index build waits for: %1").arg(q.lastError().text()));
    QList<TeamBlocker> out;
    while (q.next())
        out << TeamBlocker{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString()};
    return out;
}

Status TeamSetup::buildIndexes(QSqlDatabase db, const QList<TeamStatement>& statements,
                               const std::function<void(int, int, const TeamStatement&)>& progress)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return makeError(
            Error::Code::Unsupported,
            tr("A team workspace needs PostgreSQL. This workspace is on %1.").arg(db.driverName()));
    const int n = int(statements.size()) - inTransaction(statements);
    // Run again, each index that is there says so; no news to anyone. Warnings still show.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    const auto quiet = qScopeGuard([&] { QSqlQuery(db).exec(QStringLiteral("RESET client_min_messages")); });
    int at = 0;
    for (const TeamStatement& s : statements) {
        if (s.run == TeamStatement::Run::InTransaction)
            continue;
        if (progress)
            progress(at, n, s);
        ++at;
        if (Status done = run(db, s); !done)
            return makeError(Error::Code::Storage,
                             tr("Building the search's indexes stopped at step %1 of %2 (%3): %4. The team "
                                "setup itself is in place; the indexes built before stay, and running "
                                "setup-team --apply again builds the rest.")
                                 .arg(at)
                                 .arg(n)
                                 .arg(s.why, done.error().message));
    }
    return {};
}

Result<QString> TeamSetup::prefixOf(QSqlDatabase db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return QString();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'team.prefix'")))
        return makeError(Error::Code::Storage, tr("Reading the team settings: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace lethe
