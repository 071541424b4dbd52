#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace lethe {

// A PostgreSQL workspace shared by a team: each person signs in with their own database login, and the
// server, not the client, enforces who may change what.
//
// TeamSetup writes the SQL a database administrator applies once (and again after adding people):
// - three group roles, <prefix>_officer, _support and _reviewer, and each person's login made a member of
// one;
// - grants: reviewers read; support also writes requests, subjects, identities, notes, clock stops and manual
//   tasks; officers also write erasure runs, their journal and the workspace settings;
// - the audit log insert-only: nobody is granted INSERT, UPDATE or DELETE on it, a trigger refuses UPDATE,
//   DELETE and TRUNCATE even from its owner, and events are appended through lethe_audit_append(), which
//   stamps the database's session_user and the server's clock, serialises appends and links the chain;
// - the audit head and the team settings writable only through that function (row-level security);
// - officer keys registered by each login for itself only, and signed audit heads stored only for the current
//   head of an event the signing login wrote, both through functions (lethe_officer_key_register,
//   lethe_audit_sign_head); signed heads are never updated or deleted;
// - erasure runs stamped with the session_user of whoever plans, approves and starts them, the approver never
//   the one who runs or resumes, and one running erasure per request;
// - the extension pg_trgm and trigram indexes for the queue's free-text search (where the server has it), and
//   the indexes of a search of one or two characters.
// A workspace is in team mode once `team.prefix` is set in its settings (the last statement of the
// transaction). The search's indexes are built after it commits, CONCURRENTLY, so that nobody's writes wait
// for them (minutes on a million requests); an index whose build was interrupted is left invalid by the
// server, and is dropped and built again the next time.
struct TeamMember
{
    QString login;
    QString role; // officer, support or reviewer
};

// A session whose open transaction an index build waits for (pg_blocking_pids); what the server shows of it
// to this login (another login's state and start are shown only to a superuser or pg_read_all_stats).
struct TeamBlocker
{
    int pid = 0;
    QString login;
    QString application;
    QString since; // the transaction's start, UTC, or empty where not shown
};

struct TeamStatement
{
    enum class Run
    {
        InTransaction, // with the others, all or nothing (TeamSetup::apply)
        Alone,         // after the transaction, on its own: CREATE INDEX CONCURRENTLY cannot run in one
        Generated,     // after it, a query whose rows are statements each run alone (psql's \gexec)
    };
    QString why; // one or two sentences for the administrator
    QString sql;
    Run run = Run::InTransaction;
};

class TeamSetup
{
    Q_DECLARE_TR_FUNCTIONS(lethe::TeamSetup)
public:
    static constexpr auto kDefaultPrefix = "lethe";

    // The statements in order; refuses an invalid prefix, login or role, naming it.
    static Result<QList<TeamStatement>> statements(const QString& prefix, const QList<TeamMember>& members);
    // The statements of the list above that make the queue's free-text search use indexes: pg_trgm (a
    // warning instead where the extension cannot be had) and its trigram indexes (QueueQuery::Search).
    static QList<TeamStatement> searchIndexes();
    // The function and indexes of a search of one or two characters (QueueQuery::Search::UnionGrams); no
    // extension.
    static QList<TeamStatement> shortSearchIndexes();
    // The names of the indexes each of the two makes (searchIndexes: the trigram ones and requests by
    // subject).
    static QStringList searchIndexNames();
    static QStringList shortSearchIndexNames();
    // The statements as one psql script, each preceded by its explanation as a comment: those of the
    // transaction between BEGIN and COMMIT, then the others.
    static QString script(const QList<TeamStatement>& statements);
    // Applies the statements of the transaction in one transaction on `db` (a login allowed to create roles
    // and owning the workspace's tables, or a superuser); all or nothing. The others are left to
    // buildIndexes.
    static Status apply(QSqlDatabase db, const QList<TeamStatement>& statements);
    // Runs the statements that run alone, after apply, in order; `progress` is told the index of each
    // before it runs. Stops at the first that fails, naming it: what was built before stays, and an index
    // left invalid is built again the next time.
    static Status
    buildIndexes(QSqlDatabase db, const QList<TeamStatement>& statements,
                 const std::function<void(int done, int of, const TeamStatement&)>& progress = {});
    // The sessions the session `pid` waits for (on `db`, another connection), oldest transaction first.
    static Result<QList<TeamBlocker>> blockersOf(QSqlDatabase db, int pid);
    // Runs one statement by its kind (a Generated one: its query, then each statement it lists).
    static Status run(QSqlDatabase db, const TeamStatement& statement);
    // How many of `statements` run in the transaction.
    static int inTransaction(const QList<TeamStatement>& statements);

    // The workspace's team prefix, or empty when it is a one-person workspace (SQLite, or PostgreSQL never
    // set up for a team).
    static Result<QString> prefixOf(QSqlDatabase db);
    // A login or prefix Lethe writes into SQL: letters, digits, '_', '.', '-' and '@' (a prefix: lower-case
    // letters, digits and '_'), at most 63 bytes as PostgreSQL allows; always double-quoted when used.
    static bool validLogin(const QString& login);
    static bool validPrefix(const QString& prefix);

private:
    static QList<TeamStatement> rolesAndLogins(const QString& prefix, const QList<TeamMember>& members);
    static QList<TeamStatement> signingStatements(const QString& schema, const QString& groups);
};

} // namespace lethe
