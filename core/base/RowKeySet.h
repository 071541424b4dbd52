#pragma once

#include "DigestSet.h"

#include <QList>
#include <QVariantList>

#include <bit>
#include <optional>
#include <unordered_map>
#include <vector>

namespace lethe {

// An exact set of 64-bit whole numbers, for row keys that are numbers (almost every large table's primary
// key is an integer counting up): the numbers are grouped by their top 48 bits into chunks of 65,536, each
// chunk a sorted array of its low 16 bits while it holds up to 4,096 of them, a bitmap of 8 KiB above. Five
// million ids counting up cost about 640 KB, where their digests cost about 100 MB; nothing is approximate.
// Numbers spread thinly (a few per chunk) cost more than digests would: `sparse()` says so, and RowKeySet
// then moves them to its DigestSet.
class WholeNumberSet
{
public:
    bool contains(qint64 n) const;
    // True when it was not there.
    bool insert(qint64 n);
    // True when it was there.
    bool remove(qint64 n);
    qsizetype size() const { return m_size; }
    qsizetype chunks() const { return qsizetype(m_chunks.size()); }
    // Whether the set costs more than 16 bytes a number (fewer than about six numbers a chunk), once it
    // holds enough numbers for that to matter.
    bool sparse() const;
    // Every number, in no particular order.
    template <typename F> void forEach(F&& fn) const
    {
        for (const auto& [high, chunk] : m_chunks) {
            const quint64 base = high << 16;
            if (!chunk.bits.empty()) {
                for (int w = 0; w < kWords; ++w)
                    for (quint64 word = chunk.bits[size_t(w)]; word != 0; word &= word - 1)
                        fn(qint64(base | quint64(w * 64 + std::countr_zero(word))));
            } else {
                for (quint16 low : chunk.lows)
                    fn(qint64(base | low));
            }
        }
    }
    // Bytes held, about (for the benchmark and tests).
    qsizetype bytes() const;
    void clear();

private:
    static constexpr int kWords = 1024;         // 65,536 bits
    static constexpr qsizetype kMaxLows = 4096; // an array of more costs more than the bitmap
    struct Chunk
    {
        std::vector<quint16> lows; // sorted, while bits is empty
        std::vector<quint64> bits; // kWords words once the chunk holds more than kMaxLows
    };
    std::unordered_map<quint64, Chunk> m_chunks;
    qsizetype m_size = 0;
};

// The set the traversal remembers rows and looked-up values in: each key (one or more of a row's values)
// with one flag. A key of one value whose text is a whole number's decimal text ("42", "-7"; an integer
// value, or text or bytes spelled so) is held exactly in a WholeNumberSet; any other key as its 16-byte
// digest in a DigestSet. Two keys are the same exactly when DigestSet would take them to be: a number and
// the text of that number are one key, as their digests are one.
class RowKeySet
{
public:
    struct Key
    {
        std::optional<qint64> number;
        DigestSet::Digest digest; // when not a number
    };
    // The key of the values at `fields` of `values`.
    static Key of(const QVariantList& values, const QList<int>& fields);
    // The key of all of `values`.
    static Key of(const QVariantList& values);
    // The number a value's text spells in canonical decimal (no sign but a leading '-', no leading zeros,
    // not "-0"), if it does and fits 64 bits.
    static std::optional<qint64> wholeNumber(const QVariant& v);

    // Whether the key is in the set, and its flag if so.
    std::optional<bool> find(const Key& k) const;
    bool contains(const Key& k) const { return find(k).has_value(); }
    // Puts the key in with `flag`, or sets the flag of the one there. True when it was not there.
    bool insert(const Key& k, bool flag);

    qsizetype size() const { return m_numbers.size() + m_digests.size(); }
    bool isEmpty() const { return size() == 0; }
    // Bytes held, about (for the benchmark and tests).
    qsizetype bytes() const;
    // Whether numbers are held as digests now (they were spread too thinly; for tests).
    bool numbersAsDigests() const { return m_numbersAsDigests; }

private:
    static DigestSet::Digest digestOfNumber(qint64 n);
    void numbersToDigests();

    WholeNumberSet m_numbers;
    WholeNumberSet m_flagged; // the numbers whose flag is set
    DigestSet m_digests;
    bool m_numbersAsDigests = false;
};

} // namespace lethe
