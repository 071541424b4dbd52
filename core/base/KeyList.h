#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <vector>

namespace lethe {

// The row keys of an erasure plan (each key one text value per key column), held compactly: every key's
// values as length-prefixed UTF-8 in one byte array, with the offset of every eighth key (a key is found from
// the one marked before it, skipping at most seven). A million numeric keys cost about 9 MB, where a
// QList<QStringList> of them costs over 100 MB. Keys are read back as a QStringList
// (at(), iteration) or compared and hashed without building one (rowBytes()). A value is text: a NULL value
// reads back as a null QString (the plan never holds NULL key values, but the extra values the planner keeps
// per found row may be NULL).
//
// The bytes of one list may not exceed 4 GiB (append() refuses more with a fatal error): far beyond any key
// set a desktop erasure plans.
class KeyList
{
public:
    KeyList() = default;
    KeyList(std::initializer_list<QStringList> keys);
    explicit KeyList(const QList<QStringList>& keys);

    qsizetype size() const { return m_size; }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_size == 0; }
    void reserve(qsizetype keys) { m_marks.reserve(keys / kStride + 1); }
    // Room for `keys` keys of about `bytes` encoded bytes in all (a reader that knows the count ahead), so
    // the bytes are not grown and copied again and again as they are appended.
    void reserve(qsizetype keys, qsizetype bytes)
    {
        reserve(keys);
        m_data.reserve(bytes);
    }
    void clear();

    void append(const QStringList& key);
    // A key appended value by value, encoded as append() would encode the same values as text, without a
    // QStringList per key: beginKey(n), then n values (text, UTF-8 bytes, or NULL).
    void beginKey(qsizetype values);
    void addText(QStringView text);
    void addUtf8(QByteArrayView utf8);
    void addNull();
    // One key encoded on the stack, value by value, then appended with one write (append(const KeyBuffer&)):
    // encoded as beginKey(n) and n values would encode it, without a resize of the list per value (a million
    // rows' keys come through here).
    class KeyBuffer
    {
    public:
        explicit KeyBuffer(qsizetype values) { putVarint(quint64(values)); }
        void addUtf8(QByteArrayView utf8)
        {
            putVarint(quint64(utf8.size()) + 1);
            m_bytes.append(utf8.data(), utf8.size());
        }
        void addNull() { m_bytes.append(char(0)); }
        void addText(QStringView text)
        {
            if (text.isNull())
                addNull();
            else
                addUtf8(text.toUtf8());
        }
        QByteArrayView bytes() const { return {m_bytes.constData(), m_bytes.size()}; }

    private:
        void putVarint(quint64 v)
        {
            while (v >= 0x80) {
                m_bytes.append(char(0x80 | (v & 0x7f)));
                v >>= 7;
            }
            m_bytes.append(char(v));
        }
        QVarLengthArray<char, 128> m_bytes;
    };
    void append(const KeyBuffer& key);
    KeyList& operator<<(const QStringList& key)
    {
        append(key);
        return *this;
    }
    KeyList& operator+=(const KeyList& other);
    // Appends the key at `i` of `other` as it is encoded there (no text decoded).
    void appendFrom(const KeyList& other, qsizetype i);
    // The `column`-th value of the key at `i` (a null QString for NULL, or past the key's end).
    QString value(qsizetype i, qsizetype column) const;
    // The key at `i`: one value per key column.
    QStringList at(qsizetype i) const;
    QStringList operator[](qsizetype i) const { return at(i); }
    QStringList first() const { return at(0); }
    QStringList last() const { return at(size() - 1); }
    void removeLast();
    // `n` keys from `from` (all the rest when n < 0), as QList::mid.
    KeyList mid(qsizetype from, qsizetype n = -1) const;
    // The values of the key at `i` as UTF-8, without decoding them: a NULL value as a null view, an empty
    // one as an empty view that is not null. For binding keys without a QStringList per key.
    void valuesOf(qsizetype i, QVarLengthArray<QByteArrayView, 4>& out) const;
    // The key at `i` as its encoded bytes: equal keys have equal bytes, so these compare and hash keys.
    QByteArrayView rowBytes(qsizetype i) const;
    // The keys' encoded bytes (as rowBytes gives them) one after the other from the first, each found from
    // the end of the one before rather than from the nearest mark: for a pass over every key.
    class Walker
    {
    public:
        explicit Walker(const KeyList& list) : m_list(&list), m_p(list.m_data.constData()) {}
        // The next key's bytes; a null view past the last.
        QByteArrayView next();

    private:
        const KeyList* m_list;
        const char* m_p;
        qsizetype m_i = 0;
    };
    // The key at `i` joined with `separator` (one QString, for lookups by text).
    QString joined(qsizetype i, QChar separator) const;
    bool contains(const QStringList& key) const;

    QList<QStringList> toList() const;
    bool operator==(const KeyList& other) const { return m_size == other.m_size && m_data == other.m_data; }
    bool operator!=(const KeyList& other) const { return !(*this == other); }

    // The order of a plan's keys: compared value by value, as numbers where both are whole numbers, else as
    // text. Single-column numeric keys are converted once.
    void sort();
    // Keys reordered: the key at order[i] becomes the i-th.
    KeyList permuted(const std::vector<qsizetype>& order) const;

    // The plan's stored text form: values joined by U+001F, keys by U+001E (as plans have always been
    // stored), written to `out` as UTF-8 without building the whole text as a QString.
    void appendPacked(QByteArray& out) const;
    // Every key in order: key(i) as it starts, then value(c, bytes) for each of its values, `c` counting
    // from 0, as UTF-8 bytes without decoding them (NULL as a null view).
    template <typename K, typename V> void forEachValue(K&& key, V&& value) const
    {
        const char* p = m_data.constData();
        for (qsizetype i = 0; i < size(); ++i) {
            key(i);
            const quint64 n = readVarint(p);
            for (quint64 c = 0; c < n; ++c) {
                const quint64 len = readVarint(p);
                value(qsizetype(c), len == 0 ? QByteArrayView() : QByteArrayView(p, qsizetype(len - 1)));
                p += len > 0 ? len - 1 : 0;
            }
        }
    }
    // A varint of the encoding at `p` (a count or a length + 1), `p` moved past it.
    static quint64 readVarint(const char*& p)
    {
        quint64 v = 0;
        for (int shift = 0;; shift += 7) {
            const auto b = quint8(*p++);
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
    }
    static KeyList fromPacked(QStringView packed);
    static KeyList fromPackedUtf8(QByteArrayView packed);

    class const_iterator
    {
    public:
        using value_type = QStringList;
        using difference_type = qsizetype;
        using iterator_category = std::forward_iterator_tag;
        using pointer = void;
        using reference = QStringList;
        const_iterator(const KeyList* list, qsizetype i) : m_list(list), m_i(i) {}
        QStringList operator*() const { return m_list->at(m_i); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator& o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator& o) const { return m_i != o.m_i; }

    private:
        const KeyList* m_list;
        qsizetype m_i;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // Bytes held (for the benchmark and tests).
    qsizetype bytes() const { return m_data.capacity() + qsizetype(m_marks.capacity() * sizeof(quint32)); }

private:
    static constexpr qsizetype kStride = 8;
    // The key at `p` written packed to `out`; returns where the next key starts.
    static const char* appendKeyPacked(const char* p, QByteArray& out);
    // Where the key at `i` starts.
    const char* keyAt(qsizetype i) const;
    // A new key starts at the end of m_data (marked if it is an eighth), with room for `bytes` more.
    void startKey(qsizetype bytes);
    // Room for `bytes` more in m_data, grown by an eighth at a time rather than doubled: a plan's lists are
    // the largest thing it holds, and doubling leaves up to half of them unused.
    void roomFor(qsizetype bytes);
    // Keys encoded back to back (`count` of them) appended as they are.
    void appendEncoded(QByteArrayView bytes, qsizetype count);

    QByteArray m_data;
    // Where every kStride-th key starts in m_data. A QList, as m_data is a QByteArray: both grow by
    // realloc(), which moves a large block's pages (mremap) instead of copying them, so a list of millions of
    // keys never holds its old and its new copy at once as it grows.
    QList<quint32> m_marks;
    qsizetype m_size = 0;
};

} // namespace lethe
