#include "ZipWriter.h"

#include <QtEndian>

#include <zlib.h>

#include <ctime>

namespace lethe {

namespace {

constexpr quint32 k32 = 0xffffffffu;
constexpr qsizetype kFlushAt = 256 * 1024;

void put16(QByteArray& b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}
void put64(QByteArray& b, quint64 v)
{
    char c[8];
    qToLittleEndian(v, c);
    b.append(c, 8);
}

// The extended timestamp (modification time) and Unix owner (uid and gid 0, four bytes each) fields, as
// libarchive writes them in both headers.
QByteArray timeAndOwner(qint64 mtime)
{
    QByteArray b;
    put16(b, 0x5455);
    put16(b, 5);
    b.append(char(1));
    put32(b, quint32(mtime));
    put16(b, 0x7875);
    put16(b, 11);
    b.append(char(1));
    b.append(char(4));
    put32(b, 0);
    b.append(char(4));
    put32(b, 0);
    return b;
}

} // namespace

struct Deflater::Stream
{
    z_stream z{};
    bool ok = false;
    Stream()
    {
        // What libarchive used: zlib's default level, raw deflate with a 32 KiB window.
        ok = deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Stream()
    {
        if (ok)
            deflateEnd(&z);
    }
};

Deflater::Deflater() : m_stream(std::make_unique<Stream>()), m_crc(quint32(crc32(0, nullptr, 0)))
{
    m_failed = !m_stream->ok;
}

Deflater::~Deflater() = default;

bool Deflater::add(QByteArrayView data, QByteArray& out, int end)
{
    if (m_failed)
        return false;
    z_stream& z = m_stream->z;
    if (!data.isEmpty()) // (a null buffer would give the initial value)
        m_crc = quint32(crc32_z(m_crc, reinterpret_cast<const Bytef*>(data.data()), size_t(data.size())));
    m_size += data.size();
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    const int flush = end == 2 ? Z_FINISH : end == 1 ? Z_SYNC_FLUSH : Z_NO_FLUSH;
    for (;;) {
        const qsizetype at = out.size();
        const qsizetype room = std::max<qsizetype>(64 * 1024, z.avail_in / 2 + 64);
        out.resize(at + room);
        z.next_out = reinterpret_cast<Bytef*>(out.data() + at);
        z.avail_out = uInt(room);
        const int r = deflate(&z, flush);
        out.resize(at + room - qsizetype(z.avail_out));
        if (r == Z_STREAM_ERROR)
            return !(m_failed = true);
        if (flush == Z_FINISH ? r == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            break;
    }
    if (end == 1) // the next segment starts a stream of its own: no back-references into this one
        m_failed = deflateReset(&z) != Z_OK;
    return !m_failed;
}

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter() = default;

Status ZipWriter::failure(const QString& what) const
{
    if (m_error)
        return *m_error;
    return makeError(Error::Code::Storage, tr("%1: %2").arg(m_path, what));
}

Status ZipWriter::open(const QString& path, const QDateTime& mtime)
{
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(Error::Code::Storage,
                         tr("%1: cannot create the file (%2).").arg(path, m_file->errorString()));
    QFile* f = m_file.get();
    return open(path, mtime, [f, path](const char* data, qint64 size) -> Status {
        if (f->write(data, size) != size)
            return makeError(Error::Code::Storage, tr("%1: cannot write (%2).").arg(path, f->errorString()));
        return {};
    });
}

Status ZipWriter::open(const QString& path, const QDateTime& mtime, Sink sink)
{
    m_path = path;
    m_mtime = mtime;
    m_sink = std::move(sink);
    m_open = true;
    // DOS time in local time, as libarchive and zip write it; from 1980 to 2107.
    const time_t t = time_t(mtime.toSecsSinceEpoch());
    std::tm tm{};
    localtime_r(&t, &tm);
    if (tm.tm_year < 80) {
        m_dosDate = 0x0021;
        m_dosTime = 0;
    } else if (tm.tm_year > 207) {
        m_dosDate = 0xff9f;
        m_dosTime = 0xbf7d;
    } else {
        m_dosDate =
            quint16(((tm.tm_year - 80) & 0x7f) << 9 | ((tm.tm_mon + 1) & 0x0f) << 5 | (tm.tm_mday & 0x1f));
        m_dosTime = quint16((tm.tm_hour & 0x1f) << 11 | (tm.tm_min & 0x3f) << 5 | (tm.tm_sec & 0x3e) >> 1);
    }
    return {};
}

Status ZipWriter::out(QByteArrayView bytes)
{
    if (m_error)
        return *m_error;
    m_buffer.append(bytes.data(), bytes.size());
    m_offset += bytes.size();
    if (m_buffer.size() >= kFlushAt) {
        if (Status s = m_sink(m_buffer.constData(), m_buffer.size()); !s) {
            m_error = s.error();
            return s;
        }
        m_buffer.clear();
    }
    return {};
}

Status ZipWriter::header(const QString& name)
{
    if (!m_open || m_inEntry)
        return failure(tr("cannot start %1").arg(name));
    m_central = Central{};
    m_central.name = name.toUtf8();
    m_central.offset = m_offset;
    m_central.flags = 0x0008; // sizes and CRC in the data descriptor
    for (const char c : std::as_const(m_central.name))
        if (quint8(c) >= 0x80)
            m_central.flags |= 0x0800; // a UTF-8 name
    QByteArray h;
    put32(h, 0x04034b50);
    put16(h, 45);
    put16(h, m_central.flags);
    put16(h, 8);
    put16(h, m_dosTime);
    put16(h, m_dosDate);
    put32(h, 0);
    put32(h, k32);
    put32(h, k32);
    put16(h, quint16(m_central.name.size()));
    put16(h, 44);
    h += m_central.name;
    h += timeAndOwner(m_mtime.toSecsSinceEpoch());
    put16(h, 0x0001); // ZIP64: sizes to come in the descriptor
    put16(h, 16);
    put64(h, 0);
    put64(h, 0);
    if (Status s = out(h); !s)
        return s;
    m_current = Entry{name, {}, 0};
    m_inEntry = true;
    return {};
}

Status ZipWriter::descriptor(quint32 crc, qint64 packed, qint64 size)
{
    QByteArray d;
    put32(d, 0x08074b50);
    put32(d, crc);
    put64(d, quint64(packed));
    put64(d, quint64(size));
    if (Status s = out(d); !s)
        return s;
    m_central.crc = crc;
    m_central.packed = packed;
    m_central.size = size;
    m_directory << m_central;
    m_current.size = size;
    m_entries << m_current;
    m_inEntry = false;
    return {};
}

Status ZipWriter::begin(const QString& name)
{
    if (Status s = header(name); !s)
        return s;
    m_hash.reset();
    m_deflater = std::make_unique<Deflater>();
    if (m_deflater->failed())
        return failure(tr("cannot start the compressor for %1").arg(name));
    return {};
}

Status ZipWriter::write(const QByteArray& bytes)
{
    if (!m_inEntry || !m_deflater)
        return failure(tr("cannot write %1").arg(m_current.name));
    if (bytes.isEmpty())
        return {};
    m_hash.addData(bytes);
    m_packed.clear();
    if (!m_deflater->add(bytes, m_packed))
        return failure(tr("cannot compress %1").arg(m_current.name));
    return out(m_packed);
}

Status ZipWriter::end()
{
    if (!m_inEntry || !m_deflater)
        return failure(tr("cannot finish %1").arg(m_current.name));
    m_packed.clear();
    if (!m_deflater->add({}, m_packed, 2))
        return failure(tr("cannot compress %1").arg(m_current.name));
    if (Status s = out(m_packed); !s)
        return s;
    m_current.sha256 = m_hash.result().toHex();
    const quint32 crc = m_deflater->crc();
    const qint64 size = m_deflater->size();
    m_deflater.reset();
    return descriptor(crc, m_offset - m_central.offset - 30 - m_central.name.size() - 44, size);
}

Status ZipWriter::beginRaw(const QString& name)
{
    m_deflater.reset();
    return header(name);
}

Status ZipWriter::writeRaw(QByteArrayView deflated)
{
    if (!m_inEntry || m_deflater)
        return failure(tr("cannot write %1").arg(m_current.name));
    return out(deflated);
}

Status ZipWriter::endRaw(quint32 crc, qint64 size, const QByteArray& sha256)
{
    if (!m_inEntry || m_deflater)
        return failure(tr("cannot finish %1").arg(m_current.name));
    m_current.sha256 = sha256.toHex();
    return descriptor(crc, m_offset - m_central.offset - 30 - m_central.name.size() - 44, size);
}

Status ZipWriter::seal(const std::function<Result<QByteArray>(const QByteArray& sums)>& sign)
{
    QByteArray sums;
    for (const Entry& e : std::as_const(m_entries))
        sums += e.sha256 + "  " + e.name.toUtf8() + "\n";
    if (Status s = begin(QStringLiteral("SHA256SUMS")); !s || !(s = write(sums)) || !(s = end()))
        return s;
    if (!sign)
        return {};
    auto sig = sign(sums);
    if (!sig)
        return sig.error();
    if (Status s = begin(QStringLiteral("SHA256SUMS.minisig")); !s || !(s = write(*sig)) || !(s = end()))
        return s;
    return {};
}

Status ZipWriter::close()
{
    if (!m_open)
        return {};
    m_open = false;
    auto finish = [&]() -> Status {
        if (m_error)
            return *m_error;
        if (m_inEntry)
            return makeError(Error::Code::Storage, tr("%1: cannot finish the ZIP file.").arg(m_path));
        const qint64 start = m_offset;
        const QByteArray extra = timeAndOwner(m_mtime.toSecsSinceEpoch());
        for (const Central& c : std::as_const(m_directory)) {
            // Values that do not fit in four bytes go, in this order, into a ZIP64 field.
            QByteArray wide;
            auto narrow = [&](qint64 v) {
                if (v < qint64(k32))
                    return quint32(v);
                put64(wide, quint64(v));
                return k32;
            };
            const quint32 size32 = narrow(c.size);
            const quint32 packed32 = narrow(c.packed);
            const quint32 offset32 = narrow(c.offset);
            QByteArray h;
            put32(h, 0x02014b50);
            put16(h, 0x032d); // made on Unix, version 4.5
            put16(h, 45);
            put16(h, c.flags);
            put16(h, 8);
            put16(h, m_dosTime);
            put16(h, m_dosDate);
            put32(h, c.crc);
            put32(h, packed32);
            put32(h, size32);
            put16(h, quint16(c.name.size()));
            put16(h, quint16(extra.size() + (wide.isEmpty() ? 0 : 4 + wide.size())));
            put16(h, 0); // comment
            put16(h, 0); // disk
            put16(h, 0); // internal attributes
            put32(h, quint32(0100644) << 16);
            put32(h, offset32);
            h += c.name;
            h += extra;
            if (!wide.isEmpty()) {
                put16(h, 0x0001);
                put16(h, quint16(wide.size()));
                h += wide;
            }
            if (Status s = out(h); !s)
                return s;
        }
        const qint64 size = m_offset - start;
        const qint64 count = m_directory.size();
        QByteArray e;
        if (count >= 0xffff || size >= qint64(k32) || start >= qint64(k32)) {
            const qint64 at = m_offset;
            put32(e, 0x06064b50);
            put64(e, 44);
            put16(e, 0x032d);
            put16(e, 45);
            put32(e, 0);
            put32(e, 0);
            put64(e, quint64(count));
            put64(e, quint64(count));
            put64(e, quint64(size));
            put64(e, quint64(start));
            put32(e, 0x07064b50);
            put32(e, 0);
            put64(e, quint64(at));
            put32(e, 1);
        }
        put32(e, 0x06054b50);
        put16(e, 0);
        put16(e, 0);
        put16(e, quint16(std::min<qint64>(count, 0xffff)));
        put16(e, quint16(std::min<qint64>(count, 0xffff)));
        put32(e, quint32(std::min<qint64>(size, k32)));
        put32(e, quint32(std::min<qint64>(start, k32)));
        put16(e, 0);
        if (Status s = out(e); !s)
            return s;
        if (!m_buffer.isEmpty()) {
            if (Status s = m_sink(m_buffer.constData(), m_buffer.size()); !s) {
                m_error = s.error();
                return s;
            }
            m_buffer.clear();
        }
        if (m_file && !m_file->flush())
            return makeError(Error::Code::Storage,
                             tr("%1: cannot write (%2).").arg(m_path, m_file->errorString()));
        return {};
    };
    Status s = finish();
    if (m_file)
        m_file->close();
    if (!s)
        return makeError(s.error().code, s.error().message);
    return {};
}

} // namespace lethe
