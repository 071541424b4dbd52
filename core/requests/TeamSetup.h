#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
// - the extension pg_trgm and trigram indexes for the queue's free-text search (where the server has it).
// A workspace is in team mode once `team.prefix` is set in its settings (the last statement).
struct TeamMember
{
    QString login;
    QString role; // officer, support or reviewer
};

struct TeamStatement
{
    QString why; // one or two sentences for the administrator
    QString sql;
};

class TeamSetup
{
    Q_DECLARE_TR_FUNCTIONS(lethe::TeamSetup)
public:
    static constexpr auto kDefaultPrefix = "lethe";

    // The statements in order; refuses an invalid prefix, login or role, naming it.
    static Result<QList<TeamStatement>> statements(const QString& prefix, const QList<TeamMember>& members);
    // The statement of the list above that makes the queue's free-text search use indexes: pg_trgm and its
    // trigram indexes (QueueQuery::Search); a warning instead where the extension cannot be had.
    static TeamStatement searchIndexes();
    // The indexes of a search of one or two characters (QueueQuery::Search::UnionGrams); no extension.
    static TeamStatement shortSearchIndexes();
    // The statements as one psql script, each preceded by its explanation as a comment.
    static QString script(const QList<TeamStatement>& statements);
    // Applies them in one transaction on `db` (a login allowed to create roles and owning the workspace's
    // tables, or a superuser); all or nothing.
    static Status apply(QSqlDatabase db, const QList<TeamStatement>& statements);

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
