#pragma once

#include "Result.h"
#include "Types.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace lethe {

class WorkspaceStore;

// Who answers the subject and where they may complain: the controller's identity and contact, the data
// protection officer's contact, and the supervisory authority the workspace names for the GDPR (the ICO is
// fixed for the UK GDPR). Workspace settings (lethe-cli workspace set), written into every report.
struct ReportContacts
{
    QString controllerName;
    QString controllerContact;
    QString dpoContact;
    QString authorityName;
    QString authorityUrl;

    // The workspace settings' keys, in the order above.
    static const QStringList& settingKeys();
    // The CLI options that set them (workspace set --controller-name ...), in the same order.
    static const QStringList& optionNames();
    QString value(int index) const;
    void setValue(int index, const QString& value);

    static Result<ReportContacts> load(const WorkspaceStore& store);
    // What the report of a request under `regulation` needs and these lack, said with the option that sets
    // it; nothing when complete.
    Status check(Regulation regulation) const;
};

// The words of the subject's report (index.html): data categories in words, in GDPR and CCPA terms; the
// secrets it withholds and why; processors' epoch timestamps as dates; the rights and the authority of each
// regulation. Every text goes through tr(), so the report is in the language Lethe runs in.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ReportText)
public:
    // A category code in words: its group ("Contact details") and what it is ("email address"). Unknown
    // children fall back to their nearest known parent; custom.* ones are their last segment humanised
    // ("custom.crm.lead_score": "lead score").
    static QString group(const QString& category);
    static QString words(const QString& category);
    // Several columns' categories as lines "Contact details: email address, phone number", one per group,
    // in a stable order, each thing named once.
    static QStringList describe(const QList<QStringList>& categories);

    // The CCPA's categories of personal information (Cal. Civ. Code 1798.140(v) and (ae)) a code falls in:
    // "Identifiers", "Commercial information", "Sensitive personal information", ...
    static QStringList ccpaCategories(const QString& category);
    static QStringList describeCcpa(const QList<QStringList>& categories);

    // A column that holds a secret (credentials, a password hash, a token, a key) is withheld from the
    // bundle: the reason, "withheld: a password hash is a secret, not information about you", or nothing.
    static QString withheldReason(const QString& column, const QStringList& categories);

    // A column named like a timestamp (created, updated, *_at, *timestamp*) whose value is a number of 10
    // digits (seconds since 1970) or 13 (milliseconds): the date and time in UTC ("2024-03-01 09:30:00
    // UTC"); otherwise a null QString.
    static bool looksLikeTimestampColumn(const QString& column);
    static QString epochAsDate(const QString& column, const QJsonValue& value);

    // The rights of a subject under `regulation`, one paragraph each.
    static QStringList rights(Regulation regulation);
    // The supervisory authority and how to complain, as lines; empty for the CCPA and others.
    static QStringList complaint(Regulation regulation, const ReportContacts& contacts);
};

} // namespace lethe
