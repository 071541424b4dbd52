#pragma once

#include "ErasureStore.h"
#include "Minisign.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lethe {

// The approver's minisign signature over what they approved: the request, the run, the plan's digest and
// their login (text()). Required once the workspace has officer keys (OfficerKeys): an approval is then made
// only with the approver's registered key, and a run or resume of an approved plan is refused unless the
// stored signature verifies against the approver's registered public key.
class ApprovalSignature
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ApprovalSignature)
public:
    static QByteArray text(const QString& requestId, qint64 runId, const QString& digest,
                           const QString& approver);

    // Whether `approver` can sign an approval of `run` with `key` (a null optional: none given): refused
    // when signatures are required and no key is given (naming the approver's registered key when it is
    // not in this keychain), or the key is not the one registered for the approver.
    static Status checkSigner(QSqlDatabase db, const ErasureRun& run, const QString& approver,
                              const std::optional<MinisignKey>& key);
    // The signature `approver` gives `run` with `key`, after checkSigner; an empty result when none is
    // required and none given.
    static Result<QByteArray> make(QSqlDatabase db, const ErasureRun& run, const QString& approver,
                                   const std::optional<MinisignKey>& key);
    // Checks the approval of `run` before it starts or resumes, naming the approver and what is wrong.
    static Status check(QSqlDatabase db, const ErasureRun& run);
};

} // namespace lethe
