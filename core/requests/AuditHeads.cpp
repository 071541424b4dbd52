// The signed heads of the audit log (AuditLog.h): signed after each event by the writing login's officer key,
// checked by verify(), exported for a witness and checked against one.

#include "AuditLog.h"
#include "OfficerKeys.h"
#include "StoreSql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lethe {

using storesql::sqlError;

namespace {
const QByteArray kWitnessMagic = QByteArrayLiteral("lethe audit head 1");
} // namespace

QByteArray AuditHead::signedText() const
{
    return QStringLiteral("lethe audit head\nseq %1\nhash %2\nat %3\nsigner %4\n")
        .arg(seq)
        .arg(hash, at, signer)
        .toUtf8();
}

QByteArray AuditHead::witnessText() const
{
    QByteArray out = kWitnessMagic + '\n';
    out += "seq: " + QByteArray::number(seq) + '\n';
    out += "hash: " + hash.toLatin1() + '\n';
    out += "at: " + at.toLatin1() + '\n';
    out += "signer: " + signer.toUtf8() + '\n';
    out += "key-id: " + keyId.toLatin1() + '\n';
    out += "signature: " + signature.toBase64() + '\n';
    return out;
}

Result<AuditHead> AuditHead::parseWitness(const QByteArray& text)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.value(0).trimmed() != kWitnessMagic)
        return makeError(
            Error::Code::InvalidInput,
            AuditLog::tr("This is not an audit head exported by lethe-cli audit export-head (its "
                         "first line is not \"%1\").")
                .arg(QString::fromLatin1(kWitnessMagic)));
    AuditHead h;
    bool seqOk = false;
    for (const QByteArray& line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "seq")
            h.seq = value.toLongLong(&seqOk);
        else if (name == "hash")
            h.hash = QString::fromLatin1(value);
        else if (name == "at")
            h.at = QString::fromLatin1(value);
        else if (name == "signer")
            h.signer = QString::fromUtf8(value);
        else if (name == "key-id")
            h.keyId = QString::fromLatin1(value);
        else if (name == "signature")
            h.signature = QByteArray::fromBase64(value);
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!seqOk || h.seq < 1 || !hex.match(h.hash).hasMatch())
        return makeError(
            Error::Code::InvalidInput,
            AuditLog::tr("The witnessed audit head needs a seq (a positive number) and a hash (64 "
                         "hex digits)."));
    return h;
}

Status AuditLog::signHead(const AuditEvent& e)
{
    if (!m_signer || m_signer->login != e.actor)
        return {};
    AuditHead h{e.seq,
                e.hash,
                e.time.toUTC().toString(storesql::timeFormat()),
                m_signer->login,
                Minisign::keyIdHex(m_signer->key.keyId),
                {}};
    auto sig = Minisign::sign(m_signer->key, h.signedText(),
                              QStringLiteral("lethe audit head %1 by %2").arg(h.seq).arg(h.signer));
    if (!sig)
        return sig.error();
    h.signature = *sig;
    QSqlQuery q(m_db);
    const bool stored =
        m_serverStamped
            ? storesql::run(q, QStringLiteral("SELECT lethe_audit_sign_head(?, ?, ?, ?)"),
                            {h.seq, h.hash, h.keyId, QString::fromLatin1(h.signature)})
            : storesql::run(
                  q,
                  QStringLiteral("INSERT INTO audit_heads (seq, hash, at, signer, key_id, signature) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {h.seq, h.hash, h.at, h.signer, h.keyId, QString::fromLatin1(h.signature)});
    if (!stored)
        return sqlError(q, tr("Signing the audit head"));
    return {};
}

Result<std::optional<AuditHead>> AuditLog::latestSignedHead() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash, at, signer, key_id, signature FROM audit_heads "
                               "ORDER BY seq DESC LIMIT 1")))
        return sqlError(q, tr("Reading the signed audit head"));
    if (!q.next())
        return std::optional<AuditHead>();
    return std::optional<AuditHead>(AuditHead{q.value(0).toLongLong(), q.value(1).toString(),
                                              q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toString(), q.value(5).toString().toLatin1()});
}

Result<AuditHead> AuditLog::exportHead() const
{
    auto head = latestSignedHead();
    if (!head)
        return head.error();
    if (*head)
        return **head;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return sqlError(q, tr("Reading the audit log"));
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("The audit log is empty: there is no head to export."));
    return AuditHead{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}, {}, {}};
}

Status AuditLog::checkWitness(const AuditHead& witnessed) const
{
    QSqlQuery q(m_db);
    if (!storesql::run(q, QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"), {witnessed.seq}))
        return sqlError(q, tr("Reading the audit log"));
    if (!q.next())
        return makeError(Error::Code::Tampered,
                         tr("The audit log no longer holds event %1, the head the witness kept (%2): events "
                            "were deleted.")
                             .arg(witnessed.seq)
                             .arg(witnessed.at));
    const QString hash = q.value(0).toString();
    if (hash != witnessed.hash)
        return makeError(
            Error::Code::Tampered,
            tr("Event %1 has the hash %2, but the witness kept %3 for it: the log was rewritten at "
               "or before event %1.")
                .arg(witnessed.seq)
                .arg(hash.left(16), witnessed.hash.left(16)));
    return {};
}

void AuditLog::verifySignedHead(AuditVerification& v, const std::optional<AuditHead>& head, qint64 last,
                                const QString& chainHashAtHead) const
{
    auto fail = [&v](qint64 seq, QString why) {
        v.ok = false;
        v.firstBroken = seq;
        v.problem = std::move(why);
    };
    if (!head) {
        auto keys = OfficerKeys::any(m_db);
        if (!keys)
            return fail(0, keys.error().message);
        if (*keys)
            fail(last, tr("Officer keys are registered in this workspace, but the audit log has no signed "
                          "head: the signed heads were removed."));
        return;
    }
    if (head->seq > last)
        return fail(last + 1, tr("The audit head signed by %1 is at event %2, but the log ends at event %3: "
                                 "events were deleted.")
                                  .arg(head->signer)
                                  .arg(head->seq)
                                  .arg(last));
    if (chainHashAtHead != head->hash)
        return fail(head->seq, tr("Event %1 is not the event %2 signed as the audit head: the log was "
                                  "rewritten at or before event %1.")
                                   .arg(head->seq)
                                   .arg(head->signer));
    auto registered = OfficerKeys::of(m_db, head->signer);
    if (!registered)
        return fail(head->seq, registered.error().message);
    if (!*registered)
        return fail(head->seq, tr("The audit head at event %1 is signed by %2, who has no officer key "
                                  "registered in this workspace.")
                                   .arg(head->seq)
                                   .arg(head->signer));
    if ((*registered)->keyId != head->keyId)
        return fail(head->seq,
                    tr("The audit head at event %1 is signed by %2 with key %3, but %2's registered "
                       "key is %4.")
                        .arg(head->seq)
                        .arg(head->signer, head->keyId, (*registered)->keyId));
    auto key = (*registered)->key();
    if (!key)
        return fail(head->seq, key.error().message);
    if (auto checked = Minisign::verify(*key, head->signedText(), head->signature); !checked)
        return fail(head->seq, tr("The signature of the audit head at event %1 does not verify against the "
                                  "registered key of %2: the head or the log was rewritten.")
                                   .arg(head->seq)
                                   .arg(head->signer));
    v.signedSeq = head->seq;
    v.signedBy = head->signer;
}

} // namespace lethe
