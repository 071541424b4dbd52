#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace lethe {

// Files a person attaches as evidence (a processor's confirmation, a screenshot): copied into the workspace
// under evidence/<request>/, named by the start of their SHA-256, so the audit log's hash points at exactly
// one file and a later change to the copy is visible.
class Evidence
{
    Q_DECLARE_TR_FUNCTIONS(lethe::Evidence)
public:
    struct Stored
    {
        QString
            name; // relative to the workspace folder: evidence/R-2026-0001/1a2b3c4d5e6f7a8b-confirmation.pdf
        QString sha256; // hex
        qint64 size = 0;
    };
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;
    static Result<Stored> attach(const QString& workspaceFolder, const QString& requestId,
                                 const QString& file);
    // Whether the stored copy still has the hash recorded for it.
    static Result<bool> verify(const QString& workspaceFolder, const QString& name, const QString& sha256);
};

} // namespace lethe
