#include "ZipWriter.h"

#include <QtEndian>

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <vector>

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

namespace {

// Walks a complete raw deflate stream block by block, decoding its Huffman codes without producing the data
// (RFC 1951), to learn where its last block's header is and where the stream's last end-of-block code ends,
// in bits from the start. For libdeflate's output, which says neither. False for anything it cannot account
// for: the caller then compresses the piece another way.
class DeflateBlocks
{
public:
    DeflateBlocks(const char* data, qsizetype size)
        : m_data(reinterpret_cast<const quint8*>(data)), m_size(size)
    {}

    bool walk(qint64& lastHeader, qint64& end)
    {
        for (;;) {
            const qint64 header = m_bit;
            const bool final = take(1) != 0;
            const quint32 type = take(2);
            if (type == 0) {
                seek((m_bit + 7) / 8 * 8);
                const quint32 length = take(16);
                if ((take(16) ^ 0xffffu) != length)
                    return false;
                seek(m_bit + 8 * qint64(length));
            } else if (type == 1 || type == 2) {
                if (type == 1 ? !fixedTables() : !dynamicTables())
                    return false;
                if (!symbols())
                    return false;
            } else {
                return false;
            }
            if (m_bit > 8 * m_size)
                return false;
            if (final) {
                lastHeader = header;
                end = m_bit;
                return true;
            }
        }
    }

private:
    struct Table
    {
        std::vector<quint16> entries; // indexed by the next `bits` bits: symbol << 4 | code length; 0: none
        int bits = 0;
    };

    void refill()
    {
        while (m_count <= 56) {
            const quint64 b = m_at < m_size ? m_data[m_at] : 0;
            ++m_at;
            m_buffer |= b << m_count;
            m_count += 8;
        }
    }
    quint32 peek(int n)
    {
        if (m_count < n)
            refill();
        return quint32(m_buffer & ((quint64(1) << n) - 1));
    }
    void drop(int n)
    {
        m_buffer >>= n;
        m_count -= n;
        m_bit += n;
    }
    quint32 take(int n)
    {
        const quint32 v = peek(n);
        drop(n);
        return v;
    }
    void seek(qint64 bit)
    {
        m_bit = bit - bit % 8;
        m_at = qsizetype(m_bit / 8);
        m_buffer = 0;
        m_count = 0;
        take(int(bit % 8));
    }
    // The canonical code of RFC 1951 3.2.2 for `lengths`, as a table of every `bits`-bit continuation.
    static bool build(Table& t, const quint8* lengths, int n)
    {
        int count[16] = {};
        for (int i = 0; i < n; ++i)
            ++count[lengths[i]];
        count[0] = 0;
        int left = 1, longest = 0;
        for (int l = 1; l < 16; ++l) {
            left = 2 * left - count[l];
            if (left < 0)
                return false; // over-subscribed
            if (count[l] > 0)
                longest = l;
        }
        t.bits = longest;
        t.entries.assign(size_t(1) << longest, 0);
        if (longest == 0)
            return true; // no codes (a block without distances)
        int next[16] = {};
        for (int l = 1, code = 0; l < 16; ++l) {
            code = (code + count[l - 1]) << 1;
            next[l] = code;
        }
        for (int symbol = 0; symbol < n; ++symbol) {
            const int l = lengths[symbol];
            if (l == 0)
                continue;
            const int code = next[l]++;
            int reversed = 0;
            for (int b = 0; b < l; ++b)
                reversed |= ((code >> b) & 1) << (l - 1 - b);
            for (size_t i = size_t(reversed); i < t.entries.size(); i += size_t(1) << l)
                t.entries[i] = quint16(symbol << 4 | l);
        }
        return true;
    }
    int decode(const Table& t)
    {
        if (t.bits == 0)
            return -1;
        const quint16 e = t.entries[peek(t.bits)];
        if (e == 0)
            return -1;
        drop(e & 15);
        return e >> 4;
    }
    bool fixedTables()
    {
        quint8 lengths[288 + 32];
        std::fill(lengths, lengths + 144, 8);
        std::fill(lengths + 144, lengths + 256, 9);
        std::fill(lengths + 256, lengths + 280, 7);
        std::fill(lengths + 280, lengths + 288, 8);
        std::fill(lengths + 288, lengths + 320, 5);
        return build(m_literals, lengths, 288) && build(m_distances, lengths + 288, 32);
    }
    bool dynamicTables()
    {
        const int literals = int(take(5)) + 257;
        const int distances = int(take(5)) + 1;
        const int codes = int(take(4)) + 4;
        static constexpr quint8 order[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                             11, 4,  12, 3, 13, 2, 14, 1, 15};
        quint8 codeLengths[19] = {};
        for (int i = 0; i < codes; ++i)
            codeLengths[order[i]] = quint8(take(3));
        Table lengthCode;
        if (!build(lengthCode, codeLengths, 19))
            return false;
        quint8 lengths[288 + 32] = {};
        const int total = literals + distances;
        for (int n = 0; n < total;) {
            const int symbol = decode(lengthCode);
            if (symbol < 0)
                return false;
            if (symbol < 16) {
                lengths[n++] = quint8(symbol);
                continue;
            }
            quint8 value = 0;
            int repeat;
            if (symbol == 16) {
                if (n == 0)
                    return false;
                value = lengths[n - 1];
                repeat = 3 + int(take(2));
            } else if (symbol == 17) {
                repeat = 3 + int(take(3));
            } else {
                repeat = 11 + int(take(7));
            }
            if (n + repeat > total)
                return false;
            std::fill(lengths + n, lengths + n + repeat, value);
            n += repeat;
        }
        return build(m_literals, lengths, literals) && build(m_distances, lengths + literals, distances);
    }
    // A block's codes up to its end-of-block code.
    bool symbols()
    {
        const qint64 limit = 8 * m_size;
        for (;;) {
            const int symbol = decode(m_literals);
            if (symbol < 0 || m_bit > limit)
                return false;
            if (symbol < 256)
                continue;
            if (symbol == 256)
                return true;
            const int length = symbol - 257;
            if (length > 28)
                return false;
            if (length >= 8 && length < 28)
                take((length - 4) / 4); // the length's extra bits
            const int distance = decode(m_distances);
            if (distance < 0 || distance > 29)
                return false;
            if (distance >= 4)
                take((distance - 2) / 2); // the distance's extra bits
        }
    }

    const quint8* m_data;
    qsizetype m_size;
    qsizetype m_at = 0;
    quint64 m_buffer = 0;
    int m_count = 0;
    qint64 m_bit = 0;
    Table m_literals, m_distances;
};

libdeflate_compressor* compressor()
{
    // One per thread, made once: a level-6 compressor is several hundred KiB.
    thread_local std::unique_ptr<libdeflate_compressor, void (*)(libdeflate_compressor*)> c(
        libdeflate_alloc_compressor(6), libdeflate_free_compressor);
    return c.get();
}

// zlib, for a piece libdeflate's output could not be joined from: a stream of its own, ended with a sync
// flush (byte-aligned, not final) or finished.
bool zlibPiece(QByteArrayView data, QByteArray& out, bool last)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    const qsizetype at = out.size();
    const qsizetype room = qsizetype(deflateBound(&z, uLong(data.size()))) + 16;
    out.resize(at + room);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + at);
    z.avail_out = uInt(room);
    const int r = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool ok = (last ? r == Z_STREAM_END : r == Z_OK) && z.avail_in == 0;
    out.resize(at + room - qsizetype(z.avail_out));
    deflateEnd(&z);
    return ok;
}

} // namespace

Deflater::Deflater() = default;

Deflater::~Deflater() = default;

bool Deflater::piece(QByteArrayView data, QByteArray& out, bool last)
{
    const qsizetype at = out.size();
    libdeflate_compressor* c = compressor();
    if (c && !data.isEmpty()) {
        const size_t bound = libdeflate_deflate_compress_bound(c, size_t(data.size()));
        out.resize(at + qsizetype(bound) + 5);
        qsizetype n = qsizetype(
            libdeflate_deflate_compress(c, data.data(), size_t(data.size()), out.data() + at, bound));
        qint64 header = 0, end = 0;
        if (n > 0 && last) {
            out.resize(at + n); // a complete stream: its last block is the entry's
            return true;
        }
        if (n > 0 && DeflateBlocks(out.constData() + at, n).walk(header, end) && (end + 7) / 8 == n) {
            char* bytes = out.data() + at;
            bytes[header / 8] = char(quint8(bytes[header / 8]) & ~(1u << (header % 8))); // not final
            const int used = int(end - 8 * (n - 1)); // bits of the last byte in use, 1 to 8
            bytes[n - 1] = char(quint8(bytes[n - 1]) & ((1u << used) - 1));
            // An empty stored block: its header in the last byte's free bits when three are free, else in
            // a byte of its own; then its length and the length's complement, byte-aligned.
            if (8 - used < 3)
                bytes[n++] = 0;
            for (const char b : {'\x00', '\x00', '\xff', '\xff'})
                bytes[n++] = b;
            out.resize(at + n);
            return true;
        }
        out.resize(at);
        ++m_fallbacks;
    }
    return zlibPiece(data, out, last);
}

bool Deflater::add(QByteArrayView data, QByteArray& out, int end)
{
    if (m_failed)
        return false;
    if (!data.isEmpty()) {
        m_crc = libdeflate_crc32(m_crc, data.data(), size_t(data.size()));
        m_size += data.size();
    }
    while (!data.isEmpty()) {
        if (m_pending.isEmpty() && data.size() >= kPiece) {
            // A whole piece straight from the caller's buffer.
            if (!piece(data.first(kPiece), out, false))
                return !(m_failed = true);
            data = data.sliced(kPiece);
            continue;
        }
        if (m_pending.capacity() < kPiece)
            m_pending.reserve(kPiece);
        const qsizetype take = std::min(kPiece - m_pending.size(), data.size());
        m_pending.append(data.first(take));
        data = data.sliced(take);
        if (m_pending.size() == kPiece) {
            if (!piece(m_pending, out, false))
                return !(m_failed = true);
            m_pending.resize(0);
        }
    }
    if (end == 0)
        return true;
    if (!m_pending.isEmpty()) {
        m_failed = !piece(m_pending, out, end == 2);
    } else if (end == 1) {
        out.append("\x00\x00\x00\xff\xff", 5); // an empty stored block, not final
    } else {
        out.append("\x03\x00", 2); // an empty final block of fixed codes
    }
    m_pending = QByteArray(); // a segment's end: nothing kept while the table waits
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
