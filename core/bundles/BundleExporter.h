#pragma once

#include "Age.h"
#include "DataMap.h"
#include "ProcessorSearch.h"
#include "ReportText.h"
#include "Request.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <stop_token>

namespace lethe {

// Writes the export bundle of an access or portability request (issue 6): a ZIP with manifest.json, every
// table the subject's identities reach as JSON and as CSV (data/<system>/<source>/<table>.json|.csv; the
// processors' records likewise), index.html (a readable, self-contained report with the Art. 15 facts of
// every system), SHA256SUMS in sha256sum's format and SHA256SUMS.minisig. Rows are spooled to temporary files
// while the search runs and streamed into the ZIP table by table, so memory stays flat however large the
// subject. The file appears under its name only when complete (written as NAME.part, then renamed). With
// Options::encryption the ZIP is streamed through an age encryptor into the file (NAME.lethe.zip.age, say):
// no plaintext copy of the ZIP touches the disk.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleExporter)
public:
    struct SystemInput
    {
        DataMap map;
        QString mapFile;                     // its digest goes into the manifest
        QList<ConnectionParams> connections; // with passwords
        QList<ProcessorHub::Job> processors; // secrets filled in
    };
    struct Options
    {
        QDateTime generated;
        QString programVersion;
        int reportRowsPerTable = 200; // index.html shows this many rows per table; the data files hold all
        // The job's (JobContext::stopToken()): a stop request ends the search at its next query and the
        // writing at its next table or block of rows (Cancelled, no file), and aborts the processors'
        // requests.
        std::stop_token stop;
        // What it is doing now, and how much of the bundle is written (0 to 1), or -1 while that is not known
        // yet (the search). Called from the thread write() runs on.
        std::function<void(const QString& step, double fraction)> progress;
        // Signs SHA256SUMS: returns the .minisig file's text (empty function: no signature).
        std::function<Result<QByteArray>(const QByteArray& sums)> sign;
        // age encryption of the whole file to a passphrase or to age1... recipients (not both); unset: a
        // plain ZIP.
        Age::Encryption encryption;
        // Rows held in the subject's account about other people (Art. 15(4): a lead in their workspace, the
        // emails sent to it): left out of an access bundle unless the officer includes them, giving a reason
        // that the manifest and the audit log keep. A portability bundle holds them: what the subject
        // provided.
        bool includeOthers = false;
        QString othersReason;
        // The controller, its DPO and the supervisory authority, named in the report: without the
        // controller's name and contact (and, for a GDPR request, the authority) nothing is written.
        ReportContacts contacts;
    };
    struct Summary
    {
        qint64 rows = 0;
        int tables = 0;
        int files = 0;
        QJsonObject manifest;
    };
    // Bundles are made for access and portability requests only: refused otherwise, saying why.
    static Status mayExport(RequestType type, RequestStatus status, const QString& requestId);
    static Result<Summary> write(const Request& request, const QList<SystemInput>& systems,
                                 const QString& outFile, const Options& options);

    // RFC 4180 field; values a spreadsheet would run as a formula get a leading apostrophe, numbers and
    // phone numbers stay as stored (spreadsheetWouldEvaluate). A null text (NULL) is an empty field, an
    // empty text a quoted empty one ("").
    static QString csvField(const QString& value);
    static bool spreadsheetWouldEvaluate(const QString& value);
    // A cell's text in CSV, the report and the viewer: StoredValue::text (a null QString for null, which
    // the CSV leaves empty and the report and the viewer mark as having no value).
    static QString cellText(const QJsonValue& value);
    // A cell's text in the report: cellText, but a processor's epoch timestamp (a number of 10 or 13 digits
    // in a column named like created, updated, *_at) as the date it is (ReportText::epochAsDate).
    static QString reportCellText(const QString& column, const QJsonValue& value);
    // index.html writes each data row on one line, starting with reportRowStart and ending with </tr>, so
    // BundleRedactor can find a redacted row again and write its cells anew.
    static QString reportRowStart(const QString& dataFile, qint64 row);
    static QString reportCells(const QStringList& texts);

    // One value as the bundle writes it, in one pass from the database's value (no QJsonValue in between
    // for the common kinds: whole numbers, finite numbers, plain ASCII text): its JSON (exactly what
    // QJsonDocument writes for StoredValue::json(value), compact) appended to `json`, and its CSV field
    // (csvField(cellText(...)), UTF-8) to `csv`. `withheld`, when not empty, replaces a value that is not
    // NULL (a secret's reason).
    static void appendValue(const QVariant& value, const QString& withheld, QByteArray& json,
                            QByteArray& csv);
};

} // namespace lethe
