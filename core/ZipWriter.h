#pragma once

#include "Result.h"
#include "Sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct archive;

namespace lethe {

// A ZIP written as a stream with libarchive: one entry at a time, each entry's bytes written as they come (a
// data descriptor after the data, so no size is needed up front and nothing is held in memory), with the
// SHA-256 of every entry's content kept for SHA256SUMS.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ZipWriter)
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Status open(const QString& path, const QDateTime& mtime);
    // The ZIP's bytes go to `sink` as libarchive writes them (e.g. into an age encryptor); `path` only names
    // the output in messages. A sink's error stops the ZIP, and close() or the failing call reports it.
    using Sink = std::function<Status(const char* data, qint64 size)>;
    Status open(const QString& path, const QDateTime& mtime, Sink sink);
    Status begin(const QString& name);
    Status write(const QByteArray& bytes);
    Status end();
    Status close();
    // Writes SHA256SUMS over every entry so far (sha256sum's format), then, when `sign` is given,
    // SHA256SUMS.minisig with the text it returns.
    Status seal(const std::function<Result<QByteArray>(const QByteArray& sums)>& sign);

    struct Entry
    {
        QString name;
        QByteArray sha256; // hex
        qint64 size = 0;
    };
    const QList<Entry>& entries() const { return m_entries; }

private:
    Status failure(const QString& what) const;

    friend struct ZipSinkCallback; // libarchive's write callback, in ZipWriter.cpp

    ::archive* m_archive = nullptr;
    Sink m_sink;
    std::optional<Error> m_sinkError;
    QString m_path;
    QDateTime m_mtime;
    Sha256 m_hash;
    Entry m_current;
    bool m_inEntry = false;
    QList<Entry> m_entries;
};

} // namespace lethe
