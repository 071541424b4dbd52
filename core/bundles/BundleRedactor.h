#pragma once

#include "BundleReader.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <stop_token>

namespace lethe {

// One thing a reviewer withholds from a bundle before it goes to the subject (another person's name inside a
// note, say). What is withheld is replaced by BundleRedactor::marker() in the data files (JSON and CSV) and
// in the rows index.html shows.
struct Redaction
{
    enum class Scope
    {
        Row,      // every cell of one row
        Cell,     // one cell
        Text,     // every occurrence of `text` inside one cell
        Anywhere, // every occurrence of `text` in every cell of every table
    };
    Scope scope = Scope::Cell;
    QString file;    // the table's JSON file as the manifest lists it (data/...json); empty for Anywhere
    qint64 row = -1; // 0-based row of that file; -1 for Anywhere
    QString column;  // Cell and Text
    QString text;    // Text and Anywhere
    QString reason;  // required: it goes into the redaction log

    static QString scopeKey(Scope scope);
};

// Re-seals a bundle with redactions applied: the original is read without trusting it (BundleReader) into a
// private folder, the redacted tables' JSON and CSV are written anew, index.html's rows are redacted in
// place, the manifest gets a redaction log (what, where, why, by whom and when; never the withheld values)
// and the original's checksum, and a new bundle is written with new SHA256SUMS and a new signature, as
// NAME.part then renamed. The original is never changed. A redaction that would withhold nothing (a text not
// in the cell, a row beyond the table) is an error naming it, so a typo cannot leave a value in.
class BundleRedactor
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleRedactor)
public:
    struct Options
    {
        QString actor;
        QDateTime at;
        QString programVersion;
        const MinisignKey* trusted = nullptr; // to give the original's verdict
        Age::Decryption decryption;           // to open an encrypted original
        Age::Encryption encryption;           // to encrypt the new bundle (NAME.age)
        // An encrypted original is re-sealed encrypted, to the same passphrase or to the public keys of the
        // identities that opened it, unless `encryption` says otherwise or `decrypt` asks for a plain ZIP.
        bool decrypt = false;
        // An original not signed by a trusted key (unknown key, unsigned) is refused unless this is set; the
        // new bundle's manifest and report then say what the original's verdict was. A tampered original is
        // always refused.
        bool acceptUntrusted = false;
        // Signs the new SHA256SUMS: returns the .minisig text (empty function: unsigned).
        std::function<Result<QByteArray>(const QByteArray& sums)> sign;
        std::stop_token stop; // a stop request ends the work at its next step (Cancelled)
        std::function<void(const QString& step)> progress;
    };
    struct Summary
    {
        int redactions = 0;
        qint64 cells = 0; // cells changed
        int files = 0;
        QJsonObject manifest;
    };

    static Result<Summary> reseal(const QString& bundle, const QList<Redaction>& redactions,
                                  const QString& outFile, const Options& options);
    // How the new bundle will be encrypted under the rule above (none: a plain ZIP).
    static Age::Encryption encryptionFor(const QString& bundle, const Options& options);

    // Reads a redaction list (lethe-cli bundle redact --redactions FILE): a JSON array of objects with
    // "scope" (row, cell, text, anywhere), "file", "row", "column", "text" and "reason". Errors name the
    // file and the entry.
    static Result<QList<Redaction>> parse(const QByteArray& json, const QString& fileName);
    static QJsonObject toJson(const Redaction& r);

    // What replaces a withheld value.
    static QString marker() { return QStringLiteral("[redacted]"); }
};

} // namespace lethe
