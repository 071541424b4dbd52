#include "RowKeySet.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <limits>

namespace lethe {

namespace {

constexpr quint64 kLowMask = 0xffff;

// Bytes a chunk costs besides its numbers: its node in the map (key, chunk, link, the allocator's header)
// and its bucket.
constexpr qsizetype kChunkOverhead = 96;

} // namespace

bool WholeNumberSet::contains(qint64 n) const
{
    const auto it = m_chunks.find(quint64(n) >> 16);
    if (it == m_chunks.end())
        return false;
    const auto low = quint16(quint64(n) & kLowMask);
    const Chunk& c = it->second;
    if (!c.bits.empty())
        return (c.bits[low / 64] >> (low % 64)) & 1;
    return std::binary_search(c.lows.begin(), c.lows.end(), low);
}

bool WholeNumberSet::insert(qint64 n)
{
    Chunk& c = m_chunks[quint64(n) >> 16];
    const auto low = quint16(quint64(n) & kLowMask);
    if (!c.bits.empty()) {
        quint64& word = c.bits[low / 64];
        const quint64 bit = quint64(1) << (low % 64);
        if (word & bit)
            return false;
        word |= bit;
        ++m_size;
        return true;
    }
    // Keys mostly arrive counting up: then the new one goes at the end.
    if (c.lows.empty() || c.lows.back() < low) {
        c.lows.push_back(low);
    } else {
        const auto at = std::lower_bound(c.lows.begin(), c.lows.end(), low);
        if (*at == low)
            return false;
        c.lows.insert(at, low);
    }
    ++m_size;
    if (qsizetype(c.lows.size()) > kMaxLows) {
        c.bits.assign(kWords, 0);
        for (quint16 l : c.lows)
            c.bits[l / 64] |= quint64(1) << (l % 64);
        std::vector<quint16>().swap(c.lows);
    }
    return true;
}

bool WholeNumberSet::remove(qint64 n)
{
    const auto it = m_chunks.find(quint64(n) >> 16);
    if (it == m_chunks.end())
        return false;
    const auto low = quint16(quint64(n) & kLowMask);
    Chunk& c = it->second;
    if (!c.bits.empty()) {
        quint64& word = c.bits[low / 64];
        const quint64 bit = quint64(1) << (low % 64);
        if (!(word & bit))
            return false;
        word &= ~bit;
    } else {
        const auto at = std::lower_bound(c.lows.begin(), c.lows.end(), low);
        if (at == c.lows.end() || *at != low)
            return false;
        c.lows.erase(at);
        if (c.lows.empty())
            m_chunks.erase(it);
    }
    --m_size;
    return true;
}

bool WholeNumberSet::sparse() const
{
    // A number costs two bytes in an array chunk, a digest about 19 (12-byte slots, two in three used): the
    // chunks' own cost outweighs that below about six numbers a chunk. Small sets are left as they are.
    return m_size >= 256 && chunks() * 6 > m_size;
}

qsizetype WholeNumberSet::bytes() const
{
    qsizetype n = qsizetype(m_chunks.bucket_count() * sizeof(void*));
    for (const auto& [high, c] : m_chunks) {
        Q_UNUSED(high);
        n += kChunkOverhead +
             (!c.bits.empty() ? qsizetype(c.bits.capacity() * 8) : qsizetype(c.lows.capacity() * 2));
    }
    return n;
}

void WholeNumberSet::clear()
{
    std::unordered_map<quint64, Chunk>().swap(m_chunks);
    m_size = 0;
}

namespace {

// The number `text` spells in canonical decimal, if it does and fits 64 bits.
template <typename Char> std::optional<qint64> canonicalDecimal(const Char* s, qsizetype size)
{
    qsizetype i = 0;
    const bool negative = size > 0 && s[0] == Char('-');
    if (negative)
        ++i;
    const qsizetype digits = size - i;
    if (digits < 1 || digits > 19)
        return std::nullopt;
    if (s[i] == Char('0') && (digits > 1 || negative))
        return std::nullopt;
    quint64 u = 0;
    for (; i < size; ++i) {
        const auto c = s[i];
        if (c < Char('0') || c > Char('9'))
            return std::nullopt;
        u = u * 10 + quint64(c - Char('0')); // 19 digits fit in 64 bits unsigned
    }
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    if (u > limit)
        return std::nullopt;
    return negative ? qint64(quint64(0) - u) : qint64(u);
}

} // namespace

std::optional<qint64> RowKeySet::wholeNumber(const QVariant& v)
{
    // The usual key first, read in place: its type asked once (each QVariant::metaType() is a call into Qt,
    // and toLongLong() asks it again), for a million rows of one lookup.
    const QMetaType type = v.metaType();
    if (type == QMetaType::fromType<qlonglong>())
        return *static_cast<const qlonglong*>(v.constData());
    switch (type.id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
        return v.toLongLong();
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort: {
        const quint64 u = v.toULongLong();
        if (u > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(u);
    }
    case QMetaType::QByteArray:
        // Its digest is of its bytes, not of text: never the same key as a number.
        return std::nullopt;
    case QMetaType::QString: {
        const QString& s = *static_cast<const QString*>(v.constData());
        return canonicalDecimal(s.utf16(), s.size());
    }
    default: {
        if (v.isNull())
            return std::nullopt;
        const QString s = v.toString();
        return canonicalDecimal(s.utf16(), s.size());
    }
    }
}

RowKeySet::Key RowKeySet::of(const QVariantList& values, const QList<int>& fields)
{
    Key k;
    if (fields.size() == 1)
        k.number = wholeNumber(values.at(fields.first()));
    if (!k.number)
        k.digest = DigestSet::ofKey(values, fields);
    return k;
}

RowKeySet::Key RowKeySet::of(const QVariantList& values)
{
    // One whole number (the usual reference value): no list of positions made for it.
    if (values.size() == 1)
        if (const std::optional<qint64> n = wholeNumber(values.first()))
            return {n, {}};
    QList<int> all;
    all.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        all << i;
    return of(values, all);
}

DigestSet::Digest RowKeySet::digestOfNumber(qint64 n)
{
    return DigestSet::ofWholeNumber(n);
}

std::optional<bool> RowKeySet::find(const Key& k) const
{
    if (!k.number)
        return m_digests.find(k.digest);
    if (m_numbersAsDigests)
        return m_digests.find(digestOfNumber(*k.number));
    if (!m_numbers.contains(*k.number))
        return std::nullopt;
    return m_flagged.contains(*k.number);
}

bool RowKeySet::insert(const Key& k, bool flag)
{
    if (!k.number)
        return m_digests.insert(k.digest, flag);
    if (m_numbersAsDigests)
        return m_digests.insert(digestOfNumber(*k.number), flag);
    const bool added = m_numbers.insert(*k.number);
    if (flag)
        m_flagged.insert(*k.number);
    else if (!added)
        m_flagged.remove(*k.number);
    if (added && m_numbers.sparse())
        numbersToDigests();
    return added;
}

void RowKeySet::numbersToDigests()
{
    m_numbers.forEach([this](qint64 n) { m_digests.insert(digestOfNumber(n), m_flagged.contains(n)); });
    m_numbers.clear();
    m_flagged.clear();
    m_numbersAsDigests = true;
}

qsizetype RowKeySet::bytes() const
{
    return m_numbers.bytes() + m_flagged.bytes() + m_digests.capacity() * 12;
}

} // namespace lethe
