#pragma once

#include "Result.h"
#include "Sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lethe {

// Raw deflate (no zlib header) for a ZIP entry, in segments that can be joined: each finished with a sync
// flush (byte-aligned, not final) except the last of an entry, finished with finish(). Counts the bytes in
// and out and keeps their CRC-32, so an entry's data can be compressed piece by piece, even on another
// thread and ahead of the entry (BundleExporter compresses its tables while the search runs).
//
// The data is compressed by libdeflate at level 6 (the level zip and zlib use by default, about half again
// as fast as zlib's), in pieces of kPiece bytes: libdeflate compresses whole buffers into a complete deflate
// stream, so each piece's last block is made not final and the piece ends with an empty stored block (what
// zlib's sync flush writes), byte-aligned for the next. Where that block ends is found by walking the
// piece's Huffman codes (DeflateBlocks); a piece it cannot account for is compressed by zlib instead.
class Deflater
{
public:
    static constexpr qsizetype kPiece = 512 * 1024;
    Deflater();
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
    // Compresses `data`, appending the compressed bytes to `out` (whole pieces as they fill). `end`: 0 more
    // follows; 1 the segment ends here (a sync flush: more segments may follow); 2 the entry's deflate
    // stream ends here.
    bool add(QByteArrayView data, QByteArray& out, int end = 0);
    quint32 crc() const { return m_crc; }
    qint64 size() const { return m_size; }
    bool failed() const { return m_failed; }
    // How many pieces zlib compressed because libdeflate's could not be joined (for the tests: none).
    int fallbacks() const { return m_fallbacks; }

private:
    bool piece(QByteArrayView data, QByteArray& out, bool last);
    QByteArray m_pending;
    quint32 m_crc = 0;
    qint64 m_size = 0;
    int m_fallbacks = 0;
    bool m_failed = false;
};

// A ZIP written as a stream, one entry at a time, each entry's bytes deflated as they come, with a data
// descriptor after the data (so no size is needed up front and nothing is held in memory) and the SHA-256 of
// every entry's content kept for SHA256SUMS. The layout is libarchive's (which wrote the bundles before):
// version 4.5, a ZIP64 field of zeros in each file header, ZIP64 data descriptors, the extended timestamp
// and Unix owner fields, Unix mode 0644, a ZIP64 end record only when the counts or offsets need one; what
// ZipStreamReader, unzip and Python read. An entry whose deflate data was made elsewhere (Deflater) is
// written with beginRaw/writeRaw/endRaw.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ZipWriter)
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    Status open(const QString& path, const QDateTime& mtime);
    // The ZIP's bytes go to `sink` as they are written (e.g. into an age encryptor); `path` only names the
    // output in messages. A sink's error stops the ZIP, and close() or the failing call reports it.
    using Sink = std::function<Status(const char* data, qint64 size)>;
    Status open(const QString& path, const QDateTime& mtime, Sink sink);
    Status begin(const QString& name);
    Status write(const QByteArray& bytes);
    Status end();
    // An entry whose deflate stream is given piece by piece, already compressed; endRaw() gives what the
    // data descriptor and SHA256SUMS need.
    Status beginRaw(const QString& name);
    Status writeRaw(QByteArrayView deflated);
    Status endRaw(quint32 crc, qint64 size, const QByteArray& sha256);
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
    Status out(QByteArrayView bytes);
    Status header(const QString& name);
    Status descriptor(quint32 crc, qint64 packed, qint64 size);

    struct Central
    {
        QByteArray name;
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 packed = 0;
        qint64 size = 0;
        qint64 offset = 0;
    };

    Sink m_sink;
    std::unique_ptr<QFile> m_file;
    std::optional<Error> m_error;
    QString m_path;
    QDateTime m_mtime;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    qint64 m_offset = 0;
    QByteArray m_buffer; // written out in pieces of 256 KiB
    Sha256 m_hash;
    std::unique_ptr<Deflater> m_deflater;
    QByteArray m_packed;
    Entry m_current;
    Central m_central;
    bool m_open = false;
    bool m_inEntry = false;
    QList<Entry> m_entries;
    QList<Central> m_directory;
};

} // namespace lethe
