#include "DigestSet.h"

#include <QString>

#include <sodium.h>

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

DigestSet::Digest DigestSet::ofKey(const QVariantList& values, const QList<int>& fields)
{
    initSodium();
    crypto_generichash_state state;
    unsigned char out[16];
    crypto_generichash_init(&state, nullptr, 0, sizeof out);
    auto feed = [&](const void* data, qsizetype size) {
        const quint64 length = quint64(size);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&length), sizeof length);
        crypto_generichash_update(&state, static_cast<const unsigned char*>(data), length);
    };
    for (int f : fields) {
        const QVariant& v = values.at(f);
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            feed(b.constData(), b.size());
        } else {
            const QString s = v.toString();
            feed(s.constData(), s.size() * qsizetype(sizeof(QChar)));
        }
    }
    crypto_generichash_final(&state, out, sizeof out);
    return digestOf(out);
}

DigestSet::Slot DigestSet::slotOf(const Digest& d, bool flag)
{
    return {d.high | (quint64(1) << 63), (d.low & ~quint64(1)) | quint64(flag)};
}

qsizetype DigestSet::home(const Slot& s, qsizetype capacity)
{
    // The low word's top bits are as random as the rest: scaled to the capacity (a shard's is far below
    // 2^32), no power of two needed.
    return qsizetype(((s.low >> 32) * quint64(capacity)) >> 32);
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
        if (s.high == 0)
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
        if (s.high == 0) {
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
        if (s.high == 0)
            continue;
        qsizetype i = home(s, capacity);
        while (slots[size_t(i)].high != 0)
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
