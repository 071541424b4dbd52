#include "ZipStreamReader.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace lethe {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDataDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kEnd = 0x06054b50;
constexpr quint16 kFlagDescriptor = 0x0008;
// Bit 3 (sizes in a data descriptor), bits 1-2 (the deflate level used) and bit 11 (UTF-8 names): nothing
// else (encryption, patches, masked headers) is ever written by ZipWriter.
constexpr quint16 kFlagsAllowed = 0x0008 | 0x0006 | 0x0800;
constexpr quint32 k32 = 0xffffffffu;
constexpr quint16 k16 = 0xffffu;

quint16 le16(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return quint16(u[0] | (u[1] << 8));
}
quint32 le32(const char* p)
{
    return quint32(le16(p)) | (quint32(le16(p + 2)) << 16);
}
quint64 le64(const char* p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

QString quoted(const QByteArray& name)
{
    return QLatin1Char('"') + QString::fromUtf8(name) + QLatin1Char('"');
}

// The ZIP64 extra field (id 1) in `extra`, or an empty array; `malformed` when the extra fields do not add
// up, the ZIP64 field appears twice, or there is one ZipWriter never writes: only ZIP64, the extended
// timestamp (0x5455) and Unix owners (0x7875). Others change what other readers see: unzip, Python and
// libarchive take an entry's name from the Unicode path field (0x7075) instead of the header's.
QByteArray zip64Field(const QByteArray& extra, bool* malformed)
{
    QByteArray found;
    bool seen = false;
    *malformed = false;
    qsizetype at = 0;
    while (at < extra.size()) {
        if (extra.size() - at < 4) {
            *malformed = true;
            return {};
        }
        const quint16 id = le16(extra.constData() + at);
        const quint16 size = le16(extra.constData() + at + 2);
        if (extra.size() - at - 4 < size) {
            *malformed = true;
            return {};
        }
        if (id != 0x0001 && id != 0x5455 && id != 0x7875) {
            *malformed = true;
            return {};
        }
        if (id == 1) {
            if (seen) {
                *malformed = true;
                return {};
            }
            seen = true;
            found = extra.mid(at + 4, size);
        }
        at += 4 + size;
    }
    return found;
}

} // namespace

struct ZipStreamReader::Inflater
{
    z_stream z{};
    bool ok = false;
    Inflater() { ok = inflateInit2(&z, -MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (ok)
            inflateEnd(&z);
    }
};

ZipStreamReader::ZipStreamReader(QString path, Pull pull, Limits limits)
    : m_path(std::move(path)), m_pull(std::move(pull)), m_limits(limits),
      m_inflater(std::make_unique<Inflater>())
{}

ZipStreamReader::~ZipStreamReader() = default;

Error ZipStreamReader::refusal(const QString& what) const
{
    return makeError(Error::Code::InvalidInput,
                     tr("%1: not a bundle Lethe wrote: %2; refused.").arg(m_path, what));
}

Status ZipStreamReader::need(qsizetype n)
{
    while (m_buffer.size() - m_pos < n) {
        if (m_eof)
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the bundle ends early, at byte %2 (truncated or damaged); refused.")
                                 .arg(m_path)
                                 .arg(m_offset + (m_buffer.size() - m_pos)));
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        auto piece = m_pull();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            m_eof = true;
        else
            m_buffer.append(*piece);
    }
    return {};
}

Result<QByteArray> ZipStreamReader::take(qsizetype n)
{
    if (Status s = need(n); !s)
        return s.error();
    QByteArray out = m_buffer.mid(m_pos, n);
    m_pos += n;
    m_offset += n;
    return out;
}

Result<quint32> ZipStreamReader::peekSignature()
{
    if (Status s = need(4); !s)
        return s.error();
    return le32(m_buffer.constData() + m_pos);
}

Result<std::optional<ZipStreamReader::Entry>> ZipStreamReader::next()
{
    if (m_atCentral)
        return std::optional<Entry>();
    if (m_current && !m_entryDone) {
        std::unique_ptr<char[]> scratch(new char[1 << 16]);
        for (;;) {
            auto n = read(scratch.get(), 1 << 16);
            if (!n)
                return n.error();
            if (*n == 0)
                break;
        }
    }
    auto sig = peekSignature();
    if (!sig)
        return sig.error();
    if (*sig == kCentralHeader || *sig == kEnd || *sig == kZip64End) {
        m_atCentral = true;
        m_current.reset();
        return std::optional<Entry>();
    }
    if (*sig != kLocalHeader)
        return refusal(
            m_offset == 0
                ? tr("it does not start with a ZIP file header")
                : tr("at byte %1 there is neither a file header nor the central directory").arg(m_offset));
    if (m_entries.size() >= m_limits.maxEntries)
        return refusal(tr("more than %1 entries").arg(m_limits.maxEntries));
    Entry e;
    e.offset = m_offset;
    auto h = take(30);
    if (!h)
        return h.error();
    const char* p = h->constData();
    e.flags = le16(p + 6);
    e.method = le16(p + 8);
    e.time = le16(p + 10);
    e.date = le16(p + 12);
    const quint32 crc = le32(p + 14);
    const quint32 packed32 = le32(p + 18);
    const quint32 size32 = le32(p + 22);
    const int nameLength = le16(p + 26);
    const int extraLength = le16(p + 28);
    if (nameLength == 0)
        return refusal(tr("the entry at byte %1 has no name").arg(e.offset));
    if (nameLength > m_limits.maxNameBytes)
        return refusal(tr("the entry at byte %1 has a name of %2 bytes (at most %3)")
                           .arg(e.offset)
                           .arg(nameLength)
                           .arg(m_limits.maxNameBytes));
    m_nameBytes += nameLength;
    if (m_nameBytes > m_limits.maxTotalNameBytes)
        return refusal(tr("its entry names take more than %1 bytes").arg(m_limits.maxTotalNameBytes));
    auto name = take(nameLength);
    if (!name)
        return name.error();
    e.name = *name;
    auto extra = take(extraLength);
    if (!extra)
        return extra.error();
    for (const char ch : std::as_const(e.name))
        if (quint8(ch) < 0x20 || ch == 0x7f)
            return refusal(tr("the entry at byte %1 has a control character in its name").arg(e.offset));
    if (m_names.contains(e.name))
        return refusal(tr("%1 appears twice").arg(quoted(e.name)));
    m_names.insert(e.name);
    if (e.flags & ~kFlagsAllowed)
        return refusal(tr("%1 has the flags 0x%2 (encryption or other features Lethe never writes)")
                           .arg(quoted(e.name), QString::number(e.flags, 16)));
    if (e.method != 0 && e.method != 8)
        return refusal(
            tr("%1 is compressed with method %2 (Lethe writes deflate)").arg(quoted(e.name)).arg(e.method));
    bool malformed = false;
    const QByteArray z64 = zip64Field(*extra, &malformed);
    if (malformed)
        return refusal(
            tr("the extra fields of %1 in its file header are malformed or of a kind Lethe never writes")
                .arg(quoted(e.name)));
    e.zip64 = !z64.isNull();
    if (e.zip64 && z64.size() != 16)
        return refusal(tr("the ZIP64 field of %1 in its file header is not 16 bytes").arg(quoted(e.name)));
    // The values the local header gives: with flag bit 3 each is 0 (ZipWriter: 0xffffffff and a ZIP64 field
    // of zeros) until the data descriptor after the data, or already the final value (libarchive gives the
    // size when it is known), which the descriptor must then repeat.
    m_claimedCrc = crc;
    m_claimedSize = e.zip64 && size32 == k32 ? qint64(le64(z64.constData())) : qint64(size32);
    m_claimedPacked = e.zip64 && packed32 == k32 ? qint64(le64(z64.constData() + 8)) : qint64(packed32);
    if (m_claimedSize < 0 || m_claimedPacked < 0 ||
        (e.method == 0 && m_claimedPacked != 0 && m_claimedPacked != m_claimedSize))
        return refusal(tr("the sizes in the file header of %1 are impossible").arg(quoted(e.name)));
    if (e.flags & kFlagDescriptor) {
        // Stored data ends where the size in the header says (deflate data ends with its stream).
        if (e.method == 0)
            e.packed = m_claimedSize;
    } else {
        e.crc = crc;
        e.size = m_claimedSize;
        e.packed = m_claimedPacked;
        if (e.method == 0 && e.size != e.packed)
            return refusal(tr("the sizes in the file header of %1 are impossible").arg(quoted(e.name)));
    }
    m_current = e;
    m_entryDone = false;
    m_streamEnded = false;
    m_packedRead = 0;
    m_sizeRead = 0;
    m_crc = quint32(crc32(0, nullptr, 0));
    if (e.method == 8 && (!m_inflater->ok || inflateReset(&m_inflater->z) != Z_OK))
        return makeError(Error::Code::Storage, tr("%1: cannot start the decompressor.").arg(m_path));
    return std::optional<Entry>(e);
}

Result<qint64> ZipStreamReader::read(char* buffer, qint64 max)
{
    if (!m_current || m_entryDone)
        return qint64(0);
    const Entry& e = *m_current;
    const bool sized = !(e.flags & kFlagDescriptor);
    max = std::min<qint64>(max, INT_MAX);
    if (e.method == 0) {
        const qint64 left = e.packed - m_packedRead;
        if (left == 0 || max == 0) {
            if (left == 0)
                if (Status s = endEntry(); !s)
                    return s.error();
            return qint64(0);
        }
        if (Status s = need(1); !s)
            return s.error();
        const qint64 n = std::min({left, max, qint64(m_buffer.size() - m_pos)});
        std::memcpy(buffer, m_buffer.constData() + m_pos, size_t(n));
        m_pos += n;
        m_offset += n;
        m_packedRead += n;
        m_sizeRead += n;
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(buffer), uInt(n)));
        return n;
    }
    z_stream& z = m_inflater->z;
    qint64 produced = 0;
    while (produced == 0 && !m_streamEnded && max > 0) {
        if (sized && m_packedRead == e.packed)
            return refusal(
                tr("the compressed data of %1 ends (after %2 bytes, as its header says) before its "
                   "deflate stream does")
                    .arg(quoted(e.name))
                    .arg(e.packed));
        if (Status s = need(1); !s)
            return s.error();
        qint64 avail = std::min<qint64>(m_buffer.size() - m_pos, INT_MAX);
        if (sized)
            avail = std::min(avail, e.packed - m_packedRead);
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_buffer.constData() + m_pos));
        z.avail_in = uInt(avail);
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = uInt(max);
        const int r = inflate(&z, Z_NO_FLUSH);
        const qint64 consumed = avail - qint64(z.avail_in);
        produced = max - qint64(z.avail_out);
        m_pos += consumed;
        m_offset += consumed;
        m_packedRead += consumed;
        if (r == Z_STREAM_END)
            m_streamEnded = true;
        else if ((r != Z_OK && r != Z_BUF_ERROR) || (consumed == 0 && produced == 0))
            return refusal(tr("the compressed data of %1 is damaged (%2)")
                               .arg(quoted(e.name), QString::fromLatin1(z.msg ? z.msg : "no progress")));
    }
    if (produced > 0) {
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(buffer), uInt(produced)));
        m_sizeRead += produced;
        return produced;
    }
    if (m_streamEnded)
        if (Status s = endEntry(); !s)
            return s.error();
    return qint64(0);
}

Status ZipStreamReader::endEntry()
{
    Entry& e = *m_current;
    if (e.flags & kFlagDescriptor) {
        const int width = e.zip64 ? 8 : 4;
        auto d = take(8 + 2 * width);
        if (!d)
            return d.error();
        const char* p = d->constData();
        if (le32(p) != kDataDescriptor)
            return refusal(tr("the data descriptor after %1 is missing").arg(quoted(e.name)));
        const quint32 crc = le32(p + 4);
        const qint64 packed = width == 8 ? qint64(le64(p + 8)) : qint64(le32(p + 8));
        const qint64 size = width == 8 ? qint64(le64(p + 16)) : qint64(le32(p + 12));
        if (crc != m_crc || packed != m_packedRead || size != m_sizeRead)
            return refusal(tr("the data descriptor of %1 (CRC %2, %3 bytes from %4) does not match its data "
                              "(CRC %5, %6 bytes from %7)")
                               .arg(quoted(e.name), QString::number(crc, 16))
                               .arg(size)
                               .arg(packed)
                               .arg(QString::number(m_crc, 16))
                               .arg(m_sizeRead)
                               .arg(m_packedRead));
        if ((m_claimedCrc != 0 && m_claimedCrc != crc) ||
            (m_claimedPacked != 0 && m_claimedPacked != packed) ||
            (m_claimedSize != 0 && m_claimedSize != size))
            return refusal(
                tr("the file header of %1 gives other sizes or another CRC than its data descriptor")
                    .arg(quoted(e.name)));
        e.crc = crc;
        e.packed = packed;
        e.size = size;
    } else if (m_packedRead != e.packed || m_sizeRead != e.size || m_crc != e.crc) {
        return refusal(tr("%1 unpacks to %2 bytes from %3 with CRC %4; its file header says %5 bytes from %6 "
                          "with CRC %7")
                           .arg(quoted(e.name))
                           .arg(m_sizeRead)
                           .arg(m_packedRead)
                           .arg(QString::number(m_crc, 16))
                           .arg(e.size)
                           .arg(e.packed)
                           .arg(QString::number(e.crc, 16)));
    }
    m_entries.append(e);
    m_entryDone = true;
    return {};
}

Result<ZipStreamReader::Entry> ZipStreamReader::centralEntry(const Entry& x, int index)
{
    auto h = take(46);
    if (!h)
        return h.error();
    const char* p = h->constData();
    Entry c;
    const quint16 madeBy = le16(p + 4);
    c.flags = le16(p + 8);
    c.method = le16(p + 10);
    c.time = le16(p + 12);
    c.date = le16(p + 14);
    c.crc = le32(p + 16);
    const quint32 packed32 = le32(p + 20);
    const quint32 size32 = le32(p + 24);
    const int nameLength = le16(p + 28);
    const int extraLength = le16(p + 30);
    const int commentLength = le16(p + 32);
    const quint16 disk = le16(p + 34);
    const quint32 attributes = le32(p + 38);
    const quint32 offset32 = le32(p + 42);
    auto name = take(nameLength);
    if (!name)
        return name.error();
    c.name = *name;
    auto extra = take(extraLength);
    if (!extra)
        return extra.error();
    auto comment = take(commentLength);
    if (!comment)
        return comment.error();
    if (c.name != x.name)
        return refusal(tr("the central directory's entry %1 is %2, but the file's entry %1 is %3")
                           .arg(index + 1)
                           .arg(quoted(c.name), quoted(x.name)));
    bool malformed = false;
    const QByteArray z64 = zip64Field(*extra, &malformed);
    if (malformed)
        return refusal(tr("the extra fields of %1 in the central directory are malformed or of a kind Lethe "
                          "never writes")
                           .arg(quoted(c.name)));
    // ZIP64: 8-byte values, in this order, for those whose 4-byte field holds 0xffffffff (and no others).
    qsizetype at = 0;
    auto wide = [&](quint32 narrow, qint64* out) {
        if (narrow != k32) {
            *out = narrow;
            return true;
        }
        if (z64.size() < at + 8)
            return false;
        *out = qint64(le64(z64.constData() + at));
        at += 8;
        return *out >= 0;
    };
    if (!wide(size32, &c.size) || !wide(packed32, &c.packed) || !wide(offset32, &c.offset) ||
        at != z64.size() || disk != 0)
        return refusal(tr("the ZIP64 field of %1 in the central directory does not match its sizes")
                           .arg(quoted(c.name)));
    const auto differs = [&](const QString& what, const QString& central, const QString& local) {
        return refusal(tr("the central directory gives %1 the %2 %3, its file header %4")
                           .arg(quoted(c.name), what, central, local));
    };
    if (c.flags != x.flags)
        return differs(tr("flags"), QString::number(c.flags, 16), QString::number(x.flags, 16));
    if (c.method != x.method)
        return differs(tr("method"), QString::number(c.method), QString::number(x.method));
    if (c.time != x.time || c.date != x.date)
        return differs(tr("time"), QString::number(c.date) + QLatin1Char('/') + QString::number(c.time),
                       QString::number(x.date) + QLatin1Char('/') + QString::number(x.time));
    if (c.crc != x.crc)
        return differs(tr("CRC"), QString::number(c.crc, 16), QString::number(x.crc, 16));
    if (c.packed != x.packed)
        return differs(tr("compressed size"), QString::number(c.packed), QString::number(x.packed));
    if (c.size != x.size)
        return differs(tr("size"), QString::number(c.size), QString::number(x.size));
    if (c.offset != x.offset)
        return differs(tr("offset"), QString::number(c.offset), QString::number(x.offset));
    if (commentLength != 0)
        return refusal(tr("%1 has a comment in the central directory").arg(quoted(c.name)));
    // A link or a device, as Unix modes in the external attributes say (ZipWriter writes regular files).
    if ((madeBy >> 8) == 3) {
        const quint32 type = (attributes >> 16) & 0170000;
        if (type != 0 && type != (x.isDirectory() ? 0040000u : 0100000u))
            return refusal(tr("the entry %1 is a link or a special file").arg(quoted(c.name)));
    }
    return c;
}

Result<QList<ZipStreamReader::Entry>> ZipStreamReader::finish()
{
    if (!m_atCentral)
        return makeError(Error::Code::IllegalState, tr("%1: the entries were not all read.").arg(m_path));
    const qint64 start = m_offset;
    const qint64 count = m_entries.size();
    for (int i = 0; i < m_entries.size(); ++i) {
        auto sig = peekSignature();
        if (!sig)
            return sig.error();
        if (*sig != kCentralHeader)
            return refusal(
                tr("its central directory lists %1 entries, but the file holds %2").arg(i).arg(count));
        if (auto c = centralEntry(m_entries.at(i), i); !c)
            return c.error();
    }
    const qint64 size = m_offset - start;
    auto sig = peekSignature();
    if (!sig)
        return sig.error();
    if (*sig == kCentralHeader)
        return refusal(tr("its central directory lists more entries than the %1 the file holds").arg(count));
    bool zip64 = false;
    if (*sig == kZip64End) {
        zip64 = true;
        const qint64 at = m_offset;
        auto r = take(56);
        if (!r)
            return r.error();
        const char* p = r->constData();
        if (le64(p + 4) != 44 || le32(p + 16) != 0 || le32(p + 20) != 0 || qint64(le64(p + 24)) != count ||
            qint64(le64(p + 32)) != count || qint64(le64(p + 40)) != size || qint64(le64(p + 48)) != start)
            return refusal(tr("its ZIP64 end record does not match its central directory"));
        auto l = take(20);
        if (!l)
            return l.error();
        p = l->constData();
        if (le32(p) != kZip64Locator || le32(p + 4) != 0 || qint64(le64(p + 8)) != at || le32(p + 16) != 1)
            return refusal(tr("its ZIP64 end record is not followed by its locator"));
        auto next = peekSignature();
        if (!next)
            return next.error();
        sig = next;
    }
    if (*sig != kEnd)
        return refusal(tr("after its central directory, at byte %1, there is no end record").arg(m_offset));
    auto r = take(22);
    if (!r)
        return r.error();
    const char* p = r->constData();
    // Values too large for the end record hold 0xffff or 0xffffffff, and then a ZIP64 end record has them.
    const auto fits16 = [&](quint16 v, qint64 actual) {
        return actual < k16 ? v == actual : zip64 && v == k16;
    };
    const auto fits32 = [&](quint32 v, qint64 actual) {
        return actual < qint64(k32) ? v == actual : zip64 && v == k32;
    };
    if (le16(p + 4) != 0 || le16(p + 6) != 0 || !fits16(le16(p + 8), count) || !fits16(le16(p + 10), count) ||
        !fits32(le32(p + 12), size) || !fits32(le32(p + 16), start))
        return refusal(
            tr("its end record does not match its central directory (%1 entries, %2 bytes at byte %3)")
                .arg(count)
                .arg(size)
                .arg(start));
    if (const int comment = le16(p + 20); comment != 0)
        return refusal(tr("it has an archive comment of %1 bytes, which Lethe never writes").arg(comment));
    // Nothing after the end record: a reader that looks from the end finds this one.
    const qint64 end = m_offset;
    if (m_pos < m_buffer.size())
        return refusal(tr("more bytes follow its end record at byte %1").arg(end));
    for (;;) {
        auto piece = m_pull();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            break;
        return refusal(tr("more bytes follow its end record at byte %1").arg(end));
    }
    return m_entries;
}

} // namespace lethe
