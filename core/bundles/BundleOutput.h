#pragma once

#include "Age.h"
#include "Result.h"
#include "ZipWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <memory>

namespace lethe {

// The file a bundle is written to, for the exporter and the redactor alike: the ZIP goes into NAME.part,
// through an age encryptor when encryption is asked for (so no plaintext ZIP touches the disk), and becomes
// NAME only in commit(), when complete. A bundle abandoned (or this object destroyed before commit) leaves
// nothing behind.
class BundleOutput
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleOutput)
public:
    BundleOutput() = default;
    ~BundleOutput();
    BundleOutput(const BundleOutput&) = delete;
    BundleOutput& operator=(const BundleOutput&) = delete;

    Status open(const QString& outFile, const QDateTime& mtime, const Age::Encryption& encryption);
    ZipWriter& zip() { return m_zip; }
    // Closes the ZIP, finishes the encryption and moves the file into place.
    Status commit();
    // Gives up: closes and removes NAME.part. Returns `e`, for `return out.abandon(e);`.
    Error abandon(const Error& e);

private:
    QString m_outFile;
    QString m_part;
    ZipWriter m_zip;
    QFile m_file;
    std::unique_ptr<AgeEncryptor> m_encryptor;
    bool m_open = false;
};

} // namespace lethe
