#pragma once

#include "Minisign.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace lethe {

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;    // request.create, request.transition, ..., preview.run, export.write, erasure.run
    QString requestId; // human id, may be empty for workspace-wide events
    QString details;   // compact JSON object; never raw personal data
    QString prevHash;
    QString hash;

    QJsonObject detailsObject() const;
};

struct AuditVerification
{
    bool ok = true;
    qint64 checked = 0;
    qint64 firstBroken = 0; // seq of the first event that does not verify (0: none, or the tail is missing)
    QString problem;
    // The latest signed head that verified (0: the workspace has no officer keys and no signed head), and
    // whose key signed it. Events after it were written by logins without a key of their own.
    qint64 signedSeq = 0;
    QString signedBy;
};

// A login's key that signs the audit head after each event that login writes (OfficerKeys): the secret key
// from that person's keychain, never from the database.
struct AuditHeadSigner
{
    QString login;
    MinisignKey key;
};

// The head of the audit log at one event: its seq and hash, the event's time, and who signed it with which
// key (a minisign signature over signedText()). Kept in audit_heads after every event written by a login
// with a key, and exported for a witness outside the database (witnessText).
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    QString at;
    QString signer; // empty: not signed
    QString keyId;  // minisign's hex key id
    QByteArray signature;

    QByteArray signedText() const;
    // A stable text a witness keeps: "lethe audit head 1" and one "name: value" line each.
    QByteArray witnessText() const;
    static Result<AuditHead> parseWitness(const QByteArray& text);
};

// The hash-chained, append-only log of everything done in a workspace.
// Each event's hash is SHA-256 over its fields and the previous event's hash; the last seq and hash are
// also kept as the workspace's audit head, so removing events at the end is caught too.
// append() must run inside the caller's transaction, so that a change and its event land together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(lethe::AuditLog)
public:
    static constexpr auto kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // `serverStamped`: a team workspace (TeamSetup), where the server appends each event through
    // lethe_audit_append() with its session_user and clock; append()'s actor and time are then not used.
    // `signer`: the key of the login that writes (WorkspaceStore::setHeadSigner); each event that login
    // appends gets a signed head in the same transaction.
    explicit AuditLog(QSqlDatabase db, bool serverStamped = false,
                      std::shared_ptr<const AuditHeadSigner> signer = {})
        : m_db(std::move(db)), m_serverStamped(serverStamped), m_signer(std::move(signer))
    {}

    Result<AuditEvent> append(const QString& actor, const QString& action, const QString& requestId,
                              const QJsonObject& details, const QDateTime& now);
    Result<QList<AuditEvent>> events(const QString& requestId = {}, qint64 afterSeq = 0,
                                     int limit = -1) const;
    // The chain link by link, the recorded head, and (once the workspace has officer keys or signed heads)
    // the latest signed head: still in the chain, and signed by the registered key of its signer. A rewrite
    // of the whole chain with recomputed hashes, by someone without that login's secret key, fails here.
    AuditVerification verify() const;

    // Signs the head at `e` (the event just appended, inside the caller's transaction) with the signer's key
    // and stores it; nothing when there is no signer or the event is another login's. In a team workspace
    // the server's lethe_audit_sign_head() stores it, checking the login and its registered key id.
    Status signHead(const AuditEvent& e);
    // The latest signed head, if any.
    Result<std::optional<AuditHead>> latestSignedHead() const;
    // What `audit export-head` writes: the latest signed head, or the last event unsigned when there is none.
    Result<AuditHead> exportHead() const;
    // The chain still holds the witnessed head: the same hash at its seq.
    Status checkWitness(const AuditHead& witnessed) const;

    static QString computeHash(const AuditEvent& e);

private:
    Result<AuditEvent> appendOnServer(const QString& action, const QString& requestId,
                                      const QJsonObject& details);
    // verify()'s check of the latest signed head against the chain's hash at its seq.
    void verifySignedHead(AuditVerification& v, const std::optional<AuditHead>& head, qint64 last,
                          const QString& chainHashAtHead) const;

    QSqlDatabase m_db;
    bool m_serverStamped = false;
    std::shared_ptr<const AuditHeadSigner> m_signer;
};

} // namespace lethe
