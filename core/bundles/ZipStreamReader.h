#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace lethe {

// Reads a ZIP front to back as a stream (a file, or the plaintext an age decryptor hands over chunk by chunk)
// and accepts only the layout ZipWriter produces, so that it sees exactly what unzip, Python and file
// managers see when they read the same file by its central directory, located from the end record:
//   - the first local header at byte 0, each entry's data (deflated, or stored with its size in the local
//     header), its data descriptor when flag bit 3 says so (the header's sizes and CRC 0 or the same as the
//     descriptor's), and the next local header right after it: no
//     prepended bytes, no gaps, no overlaps; the deflate stream must end exactly where the sizes say;
//   - then exactly one central directory that repeats every entry in the same order: name, flags, method,
//     time, CRC, sizes and the offset of its local header, no entry comments, no duplicate names;
//   - then the ZIP64 end record and locator (ZipWriter writes them past 65,535 entries or 4 GiB) and the end
//     record, whose counts, size and offset match, with an empty archive comment, and then nothing at all.
// Anything else is refused as "not a bundle Lethe wrote", naming what disagrees. Each entry's bytes are
// checked against its CRC and sizes when its end is reached; the whole is accepted only when finish()
// returns without an error, so a caller keeps nothing it read until then. Memory: one input chunk, the
// inflater, and the name, sizes and offset of each entry (names at most maxNameBytes, all together at most
// maxTotalNameBytes).
class ZipStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(lethe::ZipStreamReader)
public:
    // The next piece of the input; empty at its end.
    using Pull = std::function<Result<QByteArray>()>;
    struct Limits
    {
        int maxEntries = 100000;
        int maxNameBytes = 1024;
        qint64 maxTotalNameBytes = 8LL << 20;
    };
    struct Entry
    {
        QByteArray name;
        quint16 flags = 0;
        quint16 method = 0;
        quint16 time = 0;
        quint16 date = 0;
        quint32 crc = 0;
        qint64 packed = 0; // compressed size
        qint64 size = 0;   // unpacked size
        qint64 offset = 0; // of its local header
        bool zip64 = false;
        bool isDirectory() const { return name.endsWith('/'); }
    };

    ZipStreamReader(QString path, Pull pull, Limits limits);
    ~ZipStreamReader();
    ZipStreamReader(const ZipStreamReader&) = delete;
    ZipStreamReader& operator=(const ZipStreamReader&) = delete;

    // The next entry's local header (the rest of the entry before, read and checked, if the caller stopped
    // early), or nullopt once the central directory begins.
    Result<std::optional<Entry>> next();
    // Up to `max` bytes of the current entry's content; 0 at its end, once its CRC, sizes and data descriptor
    // agree with what was read.
    Result<qint64> read(char* buffer, qint64 max);
    // The compressed bytes of the current entry read so far (for the zip bomb ratio: nothing in a header is
    // believed for it).
    qint64 packedRead() const { return m_packedRead; }
    // After next() returned nullopt: the central directory and the end records must repeat the entries read,
    // and the input must end right after them. The entries, in order, when it does.
    Result<QList<Entry>> finish();

    // "PATH: not a bundle Lethe wrote: WHAT; refused."
    Error refusal(const QString& what) const;

private:
    Status need(qsizetype n); // at least n bytes buffered, or an error naming the truncation
    Result<QByteArray> take(qsizetype n);
    Result<quint32> peekSignature();
    Status endEntry();
    Result<Entry> centralEntry(const Entry& expected, int index);

    QString m_path;
    Pull m_pull;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0; // of m_buffer[m_pos] in the ZIP
    bool m_eof = false;

    QList<Entry> m_entries;
    QSet<QByteArray> m_names;
    qint64 m_nameBytes = 0;
    std::optional<Entry> m_current;
    bool m_streamEnded = false;
    bool m_entryDone = true;
    qint64 m_packedRead = 0;
    qint64 m_sizeRead = 0;
    quint32 m_crc = 0;
    quint32 m_claimedCrc = 0;
    qint64 m_claimedPacked = 0;
    qint64 m_claimedSize = 0;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    bool m_atCentral = false;
};

} // namespace lethe
