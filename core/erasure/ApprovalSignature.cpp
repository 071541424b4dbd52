#include "ApprovalSignature.h"

#include "OfficerKeys.h"
#include "StoreSql.h"

namespace lethe {

QByteArray ApprovalSignature::text(const QString& requestId, qint64 runId, const QString& digest,
                                   const QString& approver)
{
    return QStringLiteral("lethe erasure approval\nrequest %1\nrun %2\ndigest %3\napprover %4\n")
        .arg(requestId)
        .arg(runId)
        .arg(digest, approver)
        .toUtf8();
}

Status ApprovalSignature::checkSigner(QSqlDatabase db, const ErasureRun& run, const QString& approver,
                                      const std::optional<MinisignKey>& key)
{
    auto required = OfficerKeys::any(db);
    if (!required)
        return required.error();
    auto registered = OfficerKeys::of(db, approver);
    if (!registered)
        return registered.error();
    if (!key) {
        if (!*required)
            return {};
        if (*registered)
            return makeError(
                Error::Code::IllegalState,
                tr("%1: approvals in this workspace are signed, and the officer key of %2 (%3) is registered "
                   "in this workspace but not in this keychain. Approve where that key is kept, or make a "
                   "new "
                   "one here, which replaces the registered one (lethe-cli workspace officer-key --create, "
                   "or Workspace › Officer Key… in the window).")
                    .arg(run.requestId, approver, (*registered)->keyId));
        return makeError(Error::Code::IllegalState,
                         tr("%1: approvals in this workspace are signed, and %2 has no officer key "
                            "(lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the "
                            "window, makes and registers one).")
                             .arg(run.requestId, approver));
    }
    if (!*registered)
        return makeError(Error::Code::IllegalState,
                         tr("%1: %2 has no officer key registered in this workspace; register it first "
                            "(lethe-cli workspace officer-key --create, or Workspace › Officer Key… in the "
                            "window).")
                             .arg(run.requestId, approver));
    if ((*registered)->keyId != Minisign::keyIdHex(key->keyId))
        return makeError(
            Error::Code::IllegalState,
            tr("%1: the key in %2's keychain (%3) is not the officer key registered for %2 (%4).")
                .arg(run.requestId, approver, Minisign::keyIdHex(key->keyId), (*registered)->keyId));
    return {};
}

Result<QByteArray> ApprovalSignature::make(QSqlDatabase db, const ErasureRun& run, const QString& approver,
                                           const std::optional<MinisignKey>& key)
{
    if (Status s = checkSigner(db, run, approver, key); !s)
        return s.error();
    if (!key)
        return QByteArray();
    return Minisign::sign(*key, text(run.requestId, run.id, run.digest, approver),
                          QStringLiteral("lethe erasure approval of %1 run %2 by %3")
                              .arg(run.requestId)
                              .arg(run.id)
                              .arg(approver));
}

Status ApprovalSignature::check(QSqlDatabase db, const ErasureRun& run)
{
    if (run.approvedBy.isEmpty())
        return {};
    QSqlQuery q(db);
    if (!storesql::run(q, QStringLiteral("SELECT approval_signature FROM erasure_runs WHERE id = ?"),
                       {run.id}) ||
        !q.next())
        return storesql::sqlError(q, tr("Reading the approval of %1").arg(run.requestId));
    const QByteArray signature = q.value(0).toString().toLatin1();
    auto required = OfficerKeys::any(db);
    if (!required)
        return required.error();
    if (signature.isEmpty()) {
        if (!*required)
            return {};
        return makeError(Error::Code::Tampered,
                         tr("%1: the approval by %2 is not signed, and approvals in this workspace must be. "
                            "Nothing was run; plan again and have it approved with a registered officer key.")
                             .arg(run.requestId, run.approvedBy));
    }
    auto registered = OfficerKeys::of(db, run.approvedBy);
    if (!registered)
        return registered.error();
    if (!*registered)
        return makeError(Error::Code::Tampered,
                         tr("%1: the approval is signed, but the approver %2 has no officer key registered "
                            "to check it with. Nothing was run.")
                             .arg(run.requestId, run.approvedBy));
    auto key = (*registered)->key();
    if (!key)
        return key.error();
    if (auto ok = Minisign::verify(*key, text(run.requestId, run.id, run.digest, run.approvedBy), signature);
        !ok)
        return makeError(
            Error::Code::Tampered,
            tr("%1: the approval signature of %2 does not verify against %2's registered officer "
               "key (%3): the approval was altered or not made by %2. Nothing was run.")
                .arg(run.requestId, run.approvedBy, (*registered)->keyId));
    return {};
}

} // namespace lethe
