#include "DigestSet.h"

#include <QString>
#include <QVarLengthArray>

#include <sodium.h>

#include <array>
#include <cstring>

namespace lethe {

namespace {

constexpr qsizetype kFirstCapacity = 8;

// At most four in five slots used: linear probing stays short, and growing by half leaves it at a half.
bool tooFull(qsizetype size, qsizetype capacity)
{
    return size * 5 >= capacity * 4;
}

// crypto_generichash works without it, but picks its fastest implementation only after.
void initSodium()
{
    static const int once = sodium_init();
    Q_UNUSED(once);
}

DigestSet::Digest digestOf(const unsigned char out[16])
{
    DigestSet::Digest d;
    std::memcpy(&d.high, out, 8);
    std::memcpy(&d.low, out + 8, 8);
    return d;
}

} // namespace

DigestSet::Digest DigestSet::of(QByteArrayView bytes)
{
    initSodium();
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.data()),
                       quint64(bytes.size()), nullptr, 0);
    return digestOf(out);
}

namespace {

// The key of the row-key digests: made at random once per process, so no input can be chosen to collide
// (the digests are never stored or compared across processes).
const unsigned char* rowKeyKey()
{
    static const auto key = [] {
        initSodium();
        std::array<unsigned char, crypto_shorthash_siphashx24_KEYBYTES> k{};
        randombytes_buf(k.data(), k.size());
        return k;
    }();
    return key.data();
}

// Appends a signed or unsigned integer's decimal text as UTF-16, the bytes QVariant::toString() would give.
template <typename Int> void appendDecimal(QVarLengthArray<char16_t, 128>& text, Int v)
{
    char16_t digits[24];
    int n = 0;
    const bool negative = v < 0;
    // Negated as unsigned, so the smallest value does not overflow.
    auto u = negative ? quint64(0) - quint64(v) : quint64(v);
    do {
        digits[n++] = char16_t(u'0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (negative)
        text.append(u'-');
    while (n > 0)
        text.append(digits[--n]);
}

} // namespace

DigestSet::Digest DigestSet::ofKey(const QVariantList& values, const QList<int>& fields)
{
    // Each value with its length in bytes in front, so no value can run into the next: its text as UTF-16
    // (an integer's written directly, as toString() would), a byte array as its bytes. Hashed in one call
    // with SipHash-2-4's 128-bit form: a keyed function as good as a random one to anyone without the key,
    // and several times faster than a general hash on keys this short.
    QVarLengthArray<unsigned char, 512> bytes;
    QVarLengthArray<char16_t, 128> text;
    auto feed = [&](const void* data, qsizetype size) {
        const quint64 length = quint64(size);
        const auto* l = reinterpret_cast<const unsigned char*>(&length);
        bytes.append(l, sizeof length);
        bytes.append(static_cast<const unsigned char*>(data), size);
    };
    for (int f : fields) {
        const QVariant& v = values.at(f);
        switch (v.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            feed(b.constData(), b.size());
            break;
        }
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Long:
        case QMetaType::Short:
            text.clear();
            appendDecimal(text, v.toLongLong());
            feed(text.constData(), text.size() * qsizetype(sizeof(char16_t)));
            break;
        case QMetaType::ULongLong:
        case QMetaType::UInt:
        case QMetaType::ULong:
        case QMetaType::UShort:
            text.clear();
            appendDecimal(text, v.toULongLong());
            feed(text.constData(), text.size() * qsizetype(sizeof(char16_t)));
            break;
        default: {
            const QString s = v.toString();
            feed(s.constData(), s.size() * qsizetype(sizeof(QChar)));
        }
        }
    }
    unsigned char out[crypto_shorthash_siphashx24_BYTES];
    static_assert(sizeof out == 16);
    crypto_shorthash_siphashx24(out, bytes.constData(), quint64(bytes.size()), rowKeyKey());
    return digestOf(out);
}

DigestSet::Digest DigestSet::ofWholeNumber(qint64 n)
{
    QVarLengthArray<char16_t, 128> text;
    appendDecimal(text, n);
    const quint64 length = quint64(text.size()) * sizeof(char16_t);
    unsigned char bytes[sizeof length + 24 * sizeof(char16_t)];
    std::memcpy(bytes, &length, sizeof length);
    std::memcpy(bytes + sizeof length, text.constData(), size_t(length));
    unsigned char out[crypto_shorthash_siphashx24_BYTES];
    crypto_shorthash_siphashx24(out, bytes, sizeof length + length, rowKeyKey());
    return digestOf(out);
}

DigestSet::Slot DigestSet::slotOf(const Digest& d, bool flag)
{
    return {quint32(d.high >> 32) | (quint32(1) << 31), quint32(d.high),
            (quint32(d.low >> 32) & ~quint32(1)) | quint32(flag)};
}

qsizetype DigestSet::home(const Slot& s, qsizetype capacity)
{
    // The low word is as random as the rest: scaled to the capacity (a shard's is far below 2^32), no power
    // of two needed. Without the flag bit, so a key has one home whatever its flag.
    return qsizetype((quint64(s.low & ~quint32(1)) * quint64(capacity)) >> 32);
}

std::optional<bool> DigestSet::find(const Digest& d) const
{
    const Slot key = slotOf(d, false);
    const Shard& shard = shardOf(key);
    const qsizetype capacity = qsizetype(shard.slots.size());
    if (capacity == 0)
        return std::nullopt;
    for (qsizetype i = home(key, capacity);; i = i + 1 == capacity ? 0 : i + 1) {
        const Slot& s = shard.slots[size_t(i)];
        if (s.top == 0)
            return std::nullopt;
        if (sameKey(s, key))
            return (s.low & 1) != 0;
    }
}

bool DigestSet::insert(const Digest& d, bool flag)
{
    const Slot key = slotOf(d, flag);
    Shard& shard = shardOf(key);
    if (tooFull(shard.size + 1, qsizetype(shard.slots.size())))
        grow(shard);
    const qsizetype capacity = qsizetype(shard.slots.size());
    for (qsizetype i = home(key, capacity);; i = i + 1 == capacity ? 0 : i + 1) {
        Slot& s = shard.slots[size_t(i)];
        if (s.top == 0) {
            s = key;
            ++shard.size;
            ++m_size;
            return true;
        }
        if (sameKey(s, key)) {
            s.low = key.low;
            return false;
        }
    }
}

void DigestSet::grow(Shard& shard)
{
    const qsizetype capacity = std::max(kFirstCapacity, qsizetype(shard.slots.size()) * 3 / 2);
    std::vector<Slot> slots(static_cast<size_t>(capacity));
    for (const Slot& s : shard.slots) {
        if (s.top == 0)
            continue;
        qsizetype i = home(s, capacity);
        while (slots[size_t(i)].top != 0)
            i = i + 1 == capacity ? 0 : i + 1;
        slots[size_t(i)] = s;
    }
    shard.slots = std::move(slots);
}

qsizetype DigestSet::capacity() const
{
    qsizetype n = 0;
    for (const Shard& s : m_shards)
        n += qsizetype(s.slots.size());
    return n;
}

} // namespace lethe
