#pragma once

#include <QByteArrayView>
#include <QList>
#include <QVariantList>

#include <array>
#include <optional>
#include <vector>

namespace lethe {

// A set of row keys held as 12 of their digests' 16 bytes, each with one flag, for the searches that must
// remember every row they found however many there are (a subject with millions of log rows): about 19 bytes
// a key, where a
// QHash of the key's text costs three times that. Two keys are taken as equal when their digests are. A row
// key's digest is SipHash-2-4 with 128-bit output under a key drawn at random per process, so nobody can
// choose values that collide, and at 128 bits a chance collision is not to be expected in any data set this
// program meets; `of` (tests) is BLAKE2b-128.
//
// Open addressing with linear probing in 64 shards chosen by the digest's first bits, each grown on its own
// by half its size, so growing never holds two copies of the whole set.
class DigestSet
{
public:
    struct Digest
    {
        quint64 high = 0;
        quint64 low = 0;
        bool operator==(const Digest&) const = default;
    };

    // The digest of bytes.
    static Digest of(QByteArrayView bytes);
    // The digest of a row's key: the values at `fields`, each as its text (a byte array as its bytes), each
    // with its length in front so no value can run into the next.
    static Digest ofKey(const QVariantList& values, const QList<int>& fields);
    // The digest ofKey gives a key of one integer value `n`.
    static Digest ofWholeNumber(qint64 n);

    // Whether the digest is in the set, and its flag if so.
    std::optional<bool> find(const Digest& d) const;
    bool contains(const Digest& d) const { return find(d).has_value(); }
    // Puts the digest in with `flag`, or sets the flag of the one there. True when it was not there.
    bool insert(const Digest& d, bool flag);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // The slots allocated: what the set costs is 12 bytes times this.
    qsizetype capacity() const;

private:
    // A slot, 12 bytes: the digest's high word with its top bit set (an empty slot is all zeros) and the
    // top half of its low word, whose lowest bit holds the flag. So 94 of the digest's bits are compared: for
    // five million keys in one set the chance that two collide is below 10^-15.
    struct Slot
    {
        quint32 top = 0; // high >> 32, top bit set
        quint32 mid = 0; // high's low half
        quint32 low = 0; // low >> 32, lowest bit the flag
    };
    struct Shard
    {
        std::vector<Slot> slots;
        qsizetype size = 0;
    };
    static constexpr int kShardBits = 6;

    static Slot slotOf(const Digest& d, bool flag);
    static bool sameKey(const Slot& a, const Slot& b)
    {
        return a.top == b.top && a.mid == b.mid && (a.low | 1) == (b.low | 1);
    }
    static qsizetype home(const Slot& s, qsizetype capacity);
    static void grow(Shard& shard);
    const Shard& shardOf(const Slot& s) const { return m_shards[(s.top >> (31 - kShardBits)) & 63]; }
    Shard& shardOf(const Slot& s) { return m_shards[(s.top >> (31 - kShardBits)) & 63]; }

    std::array<Shard, 1 << kShardBits> m_shards;
    qsizetype m_size = 0;
};

} // namespace lethe
