#include "KeyList.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace lethe {

namespace {

// Writes v as a varint at p (at most 10 bytes); returns the end.
char* varintAt(char* p, quint64 v)
{
    while (v >= 0x80) {
        *p++ = char(0x80 | (v & 0x7f));
        v >>= 7;
    }
    *p++ = char(v);
    return p;
}

// Appends n bytes by resizing and copying: cheaper than QByteArray::append's general insert for the few
// bytes of a varint or a short value, a million times over.
void appendBytes(QByteArray& out, const char* p, qsizetype n)
{
    const qsizetype at = out.size();
    out.resize(at + n);
    std::copy_n(p, n, out.data() + at);
}

void putVarint(QByteArray& out, quint64 v)
{
    char buf[10];
    appendBytes(out, buf, varintAt(buf, v) - buf);
}

quint64 getVarint(const char*& p)
{
    return KeyList::readVarint(p);
}

// One key: its number of values, then per value its UTF-8 length + 1 (0: NULL) and the bytes.
void encode(QByteArray& out, const QStringList& key)
{
    putVarint(out, quint64(key.size()));
    for (const QString& v : key) {
        if (v.isNull()) {
            putVarint(out, 0);
            continue;
        }
        const QByteArray utf8 = v.toUtf8();
        putVarint(out, quint64(utf8.size()) + 1);
        out.append(utf8);
    }
}

// Where the key starting at `p` ends.
const char* skipKey(const char* p)
{
    const quint64 n = getVarint(p);
    for (quint64 c = 0; c < n; ++c) {
        const quint64 len = getVarint(p);
        p += len > 0 ? len - 1 : 0;
    }
    return p;
}

bool keyLess(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        bool na = false, nb = false;
        const qlonglong x = a[i].toLongLong(&na), y = b[i].toLongLong(&nb);
        if (na && nb) {
            if (x != y)
                return x < y;
        } else if (a[i] != b[i]) {
            return a[i] < b[i];
        }
    }
    return a.size() < b.size();
}

} // namespace

KeyList::KeyList(std::initializer_list<QStringList> keys)
{
    reserve(qsizetype(keys.size()));
    for (const QStringList& k : keys)
        append(k);
}

KeyList::KeyList(const QList<QStringList>& keys)
{
    reserve(keys.size());
    for (const QStringList& k : keys)
        append(k);
}

void KeyList::clear()
{
    m_data.clear();
    m_marks.clear();
    m_size = 0;
}

void KeyList::roomFor(qsizetype bytes)
{
    const qsizetype need = m_data.size() + bytes;
    if (need > m_data.capacity())
        m_data.reserve(std::max(need, m_data.size() + m_data.size() / 8 + 4096));
}

void KeyList::startKey(qsizetype bytes)
{
    if (quint64(m_data.size()) > std::numeric_limits<quint32>::max())
        qFatal("KeyList: more than 4 GiB of keys in one list");
    if (m_size % kStride == 0)
        m_marks.push_back(quint32(m_data.size()));
    ++m_size;
    roomFor(bytes);
}

const char* KeyList::keyAt(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    const char* p = m_data.constData() + m_marks[i / kStride];
    for (qsizetype skip = i % kStride; skip > 0; --skip)
        p = skipKey(p);
    return p;
}

void KeyList::appendEncoded(QByteArrayView bytes, qsizetype count)
{
    if (quint64(m_data.size()) + quint64(bytes.size()) > std::numeric_limits<quint32>::max())
        qFatal("KeyList: more than 4 GiB of keys in one list");
    const qsizetype base = m_data.size();
    const char* p = bytes.data();
    for (qsizetype k = 0; k < count; ++k, ++m_size) {
        if (m_size % kStride == 0)
            m_marks.push_back(quint32(base + (p - bytes.data())));
        p = skipKey(p);
    }
    roomFor(bytes.size());
    m_data.append(bytes.data(), bytes.size());
}

void KeyList::append(const QStringList& key)
{
    QByteArray encoded;
    encode(encoded, key);
    startKey(encoded.size());
    m_data.append(encoded);
}

void KeyList::beginKey(qsizetype values)
{
    startKey(10);
    putVarint(m_data, quint64(values));
}

void KeyList::append(const KeyBuffer& key)
{
    const QByteArrayView bytes = key.bytes();
    startKey(bytes.size());
    appendBytes(m_data, bytes.data(), bytes.size());
}

void KeyList::addText(QStringView text)
{
    if (text.isNull()) {
        addNull();
        return;
    }
    addUtf8(text.toUtf8());
}

void KeyList::addUtf8(QByteArrayView utf8)
{
    // A short value (a number, an id) with its length in one append: a million keys are appended one
    // value at a time.
    char buf[64];
    roomFor(utf8.size() + 10);
    if (utf8.size() <= qsizetype(sizeof buf) - 10) {
        char* end = varintAt(buf, quint64(utf8.size()) + 1);
        std::copy_n(utf8.data(), utf8.size(), end);
        appendBytes(m_data, buf, (end - buf) + utf8.size());
        return;
    }
    putVarint(m_data, quint64(utf8.size()) + 1);
    m_data.append(utf8.data(), utf8.size());
}

void KeyList::addNull()
{
    roomFor(1);
    putVarint(m_data, 0);
}

KeyList& KeyList::operator+=(const KeyList& other)
{
    // A shared copy (no bytes copied): the view stays valid when other is this list and growing it moves
    // its bytes.
    const QByteArray data = other.m_data;
    appendEncoded(data, other.m_size);
    return *this;
}

void KeyList::appendFrom(const KeyList& other, qsizetype i)
{
    if (&other == this) {
        const QByteArray key = rowBytes(i).toByteArray(); // growing would move the bytes viewed
        startKey(key.size());
        m_data.append(key);
        return;
    }
    const QByteArrayView key = other.rowBytes(i);
    startKey(key.size());
    m_data.append(key.data(), key.size());
}

QString KeyList::value(qsizetype i, qsizetype column) const
{
    const char* p = keyAt(i);
    const quint64 n = getVarint(p);
    for (quint64 c = 0; c < n; ++c) {
        const quint64 len = getVarint(p);
        if (qsizetype(c) == column) {
            if (len == 0)
                return {};
            return len == 1 ? QStringLiteral("") : QString::fromUtf8(p, qsizetype(len - 1));
        }
        p += len > 0 ? len - 1 : 0;
    }
    return {};
}

void KeyList::valuesOf(qsizetype i, QVarLengthArray<QByteArrayView, 4>& out) const
{
    out.clear();
    const char* p = keyAt(i);
    const quint64 n = getVarint(p);
    for (quint64 c = 0; c < n; ++c) {
        const quint64 len = getVarint(p);
        if (len == 0) {
            out.append(QByteArrayView());
            continue;
        }
        out.append(QByteArrayView(p, qsizetype(len - 1)));
        p += len - 1;
    }
}

QByteArrayView KeyList::rowBytes(qsizetype i) const
{
    const char* from = keyAt(i);
    return QByteArrayView(from, skipKey(from));
}

QByteArrayView KeyList::Walker::next()
{
    if (m_i >= m_list->size())
        return {};
    const char* from = m_p;
    m_p = skipKey(from);
    ++m_i;
    return QByteArrayView(from, m_p);
}

QStringList KeyList::at(qsizetype i) const
{
    const char* p = keyAt(i);
    const quint64 n = getVarint(p);
    QStringList key;
    key.reserve(qsizetype(n));
    for (quint64 c = 0; c < n; ++c) {
        const quint64 len = getVarint(p);
        if (len == 0) {
            key << QString();
            continue;
        }
        key << (len == 1 ? QStringLiteral("") : QString::fromUtf8(p, qsizetype(len - 1)));
        p += len - 1;
    }
    return key;
}

const char* KeyList::appendKeyPacked(const char* p, QByteArray& out)
{
    const quint64 n = getVarint(p);
    for (quint64 c = 0; c < n; ++c) {
        if (c > 0)
            out.append('\x1f');
        const quint64 len = getVarint(p);
        if (len > 1)
            out.append(p, qsizetype(len - 1));
        p += len > 0 ? len - 1 : 0;
    }
    return p;
}

QString KeyList::joined(qsizetype i, QChar separator) const
{
    return at(i).join(separator);
}

void KeyList::removeLast()
{
    if (m_size == 0)
        return;
    m_data.truncate(keyAt(m_size - 1) - m_data.constData());
    --m_size;
    if (m_size % kStride == 0)
        m_marks.pop_back();
}

KeyList KeyList::mid(qsizetype from, qsizetype n) const
{
    KeyList out;
    from = std::clamp<qsizetype>(from, 0, size());
    const qsizetype to = n < 0 ? size() : std::min(size(), from + n);
    if (from >= to)
        return out;
    const char* start = keyAt(from);
    const char* end = to < size() ? keyAt(to) : m_data.constData() + m_data.size();
    out.appendEncoded(QByteArrayView(start, end), to - from);
    return out;
}

bool KeyList::contains(const QStringList& key) const
{
    QByteArray wanted;
    encode(wanted, key);
    for (qsizetype i = 0; i < size(); ++i)
        if (rowBytes(i) == QByteArrayView(wanted))
            return true;
    return false;
}

QList<QStringList> KeyList::toList() const
{
    QList<QStringList> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out << at(i);
    return out;
}

KeyList KeyList::permuted(const std::vector<qsizetype>& order) const
{
    KeyList out;
    out.m_data.reserve(m_data.size());
    out.reserve(qsizetype(order.size()));
    for (qsizetype i : order)
        out.appendFrom(*this, i);
    return out;
}

namespace {

// The key at `p` as a single whole number, if it is one.
std::optional<qlonglong> singleNumber(const char* p)
{
    if (getVarint(p) != 1)
        return std::nullopt;
    const quint64 len = getVarint(p);
    // Plain digits (an id), with a minus perhaps, read here; anything else (a sign, spaces, more than 18
    // digits) as QByteArray reads it.
    if (len > 1 && len <= 20) {
        const char* c = p;
        const char* end = p + (len - 1);
        const bool negative = *c == '-';
        c += negative;
        qlonglong n = 0;
        bool digits = c < end && end - c <= 18;
        for (; digits && c < end; ++c) {
            digits = *c >= '0' && *c <= '9';
            n = n * 10 + (*c - '0');
        }
        if (digits)
            return negative ? -n : n;
    }
    bool ok = len > 1;
    const qlonglong v = ok ? QByteArrayView(p, qsizetype(len - 1)).toLongLong(&ok) : 0;
    // QString::toLongLong accepts what QByteArray's does (surrounding spaces included): the same order
    return ok ? std::optional<qlonglong>(v) : std::nullopt;
}

} // namespace

void KeyList::sort()
{
    // Single-column whole numbers (the common case, a million of them for a heavy subject), most often found
    // in key order already (rows read by rowid): checked first without a copy of anything.
    bool allNumeric = true, sorted = true;
    std::optional<qlonglong> previous;
    const char* p = m_data.constData();
    for (qsizetype i = 0; allNumeric && i < size(); ++i, p = skipKey(p)) {
        const std::optional<qlonglong> v = singleNumber(p);
        allNumeric = v.has_value();
        sorted = sorted && allNumeric && (!previous || *previous <= *v);
        previous = v;
    }
    if (allNumeric && sorted) {
        // Without the room appending left, as the sorted copy would have been.
        m_data.squeeze();
        m_marks.squeeze();
        return;
    }
    std::vector<qsizetype> order;
    order.reserve(size_t(size()));
    if (allNumeric) {
        std::vector<std::pair<qlonglong, qsizetype>> numeric;
        numeric.reserve(size_t(size()));
        p = m_data.constData();
        for (qsizetype i = 0; i < size(); ++i, p = skipKey(p))
            numeric.emplace_back(*singleNumber(p), i);
        std::stable_sort(numeric.begin(), numeric.end());
        for (const auto& [v, i] : numeric)
            order.push_back(i);
    } else {
        const QList<QStringList> all = toList();
        for (qsizetype i = 0; i < all.size(); ++i)
            order.push_back(i);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return keyLess(all[a], all[b]); });
    }
    *this = permuted(order);
}

void KeyList::appendPacked(QByteArray& out) const
{
    const char* p = m_data.constData();
    for (qsizetype i = 0; i < size(); ++i) {
        if (i > 0)
            out.append('\x1e');
        p = appendKeyPacked(p, out);
    }
}

KeyList KeyList::fromPacked(QStringView packed)
{
    KeyList out;
    if (packed.isEmpty())
        return out;
    for (QStringView row : packed.tokenize(QChar(0x1e))) {
        QStringList key;
        for (QStringView v : row.tokenize(QChar(0x1f)))
            key << (v.isEmpty() ? QStringLiteral("") : v.toString());
        out.append(key);
    }
    return out;
}

KeyList KeyList::fromPackedUtf8(QByteArrayView packed)
{
    return fromPacked(QString::fromUtf8(packed));
}

} // namespace lethe
