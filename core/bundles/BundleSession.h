#pragma once

#include "BundleReader.h"
#include "Minisign.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <stop_token>

namespace lethe {

// A bundle opened for offline review (the viewer, `lethe FILE`): checked without trusting it and unpacked,
// all or nothing, into a private temporary folder that is removed with the session. Knows the bundle's tables
// and where each row starts in its JSON file (the exporter writes one row per line), so a viewer reads any
// row without holding the table in memory. Needs no workspace and no network. Everything here may run on a
// worker thread; a session is not changed after open().
class BundleSession
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleSession)
public:
    struct Table
    {
        QString system;
        QString source;
        QString table;
        QString processor; // a processor connection's records; empty for a database table
        QString json;      // path inside the bundle
        QString csv;
        QStringList columns;
        QList<QStringList> categories;
        qint64 rows = 0;
        QList<qint64> offsets; // where each row's line starts in the JSON file
    };
    struct Hit
    {
        int table = -1;
        qint64 row = -1;
        int column = -1;
        QString text; // the cell's text
    };

    // An encrypted bundle (age) needs `decryption`: a passphrase or identities.
    static Result<std::shared_ptr<BundleSession>> open(const QString& path, const MinisignKey* trusted,
                                                       const Age::Decryption& decryption = {},
                                                       std::stop_token stop = {});

    QString path() const { return m_path; }
    const BundleReader::Verdict& verdict() const { return m_verdict; }
    const QJsonObject& manifest() const { return m_manifest; }
    const QList<Table>& tables() const { return m_tables; }
    // A file of the bundle, unpacked (for index.html, say).
    QString filePath(const QString& name) const;

    // Reads the rows of one table from its JSON file, opened once (a view scrolling through a table asks
    // for row after row): a row's line as written, and its cells' texts in column order (as the CSV has
    // them).
    class RowReader
    {
    public:
        RowReader(const BundleSession* session, int table); // a null session reads nothing
        QByteArray line(qint64 row);
        Result<QStringList> cells(qint64 row);
        // The cells of a line as line() gives it.
        static QStringList cellsOf(const Table& table, QByteArray line);

    private:
        const Table* m_table = nullptr;
        QFile m_file;
    };
    // The verdict again with another key: the checksums stand, the signature is checked against `key`.
    BundleReader::Verdict withKey(const MinisignKey& key) const;
    // Every cell containing `text` (case-insensitive), table by table, at most `limit` hits.
    QList<Hit> search(const QString& text, int limit, std::stop_token stop = {}) const;

private:
    BundleSession() = default;

    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    BundleReader::Verdict m_verdict;
    QJsonObject m_manifest;
    QList<Table> m_tables;
};

} // namespace lethe
