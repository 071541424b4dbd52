#pragma once

// Builders for the hostile-archive corpus (docs/bundles.md, "Checking a bundle"): each takes the bytes of a
// valid bundle and returns a ZIP that another reader (unzip, Python, a file manager: they find the central
// directory from the end record) would read differently from a reader that goes front to back, or that is
// damaged. Header-only, Qt Core only, so both tst_bundle_hostile and the fuzzer's seed writer use them.

#include <QByteArray>
#include <QList>

#include <optional>

namespace lethe::hostile {

inline quint32 le(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

inline void put(QByteArray& b, quint32 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

inline quint32 crc32(const QByteArray& data)
{
    quint32 c = 0xffffffffu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
    }
    return ~c;
}

// A ZIP's end record (the last 22 bytes, no comment) and its central directory's records.
struct Layout
{
    qsizetype end = 0;
    qsizetype cdOffset = 0;
    qsizetype cdSize = 0;
    QList<QByteArray> records;
    QList<QByteArray> names;
};

inline std::optional<Layout> layout(const QByteArray& zip)
{
    Layout l;
    l.end = zip.size() - 22;
    if (l.end < 0 || le(zip, l.end, 4) != 0x06054b50)
        return std::nullopt;
    l.cdSize = le(zip, l.end + 12, 4);
    l.cdOffset = le(zip, l.end + 16, 4);
    for (qsizetype at = l.cdOffset; at < l.cdOffset + l.cdSize;) {
        if (at + 46 > zip.size() || le(zip, at, 4) != 0x02014b50)
            return std::nullopt;
        const qsizetype n = le(zip, at + 28, 2), m = le(zip, at + 30, 2), k = le(zip, at + 32, 2);
        l.records << zip.mid(at, 46 + n + m + k);
        l.names << zip.mid(at + 46, n);
        at += 46 + n + m + k;
    }
    return l;
}

inline QByteArray endRecord(int entries, qsizetype cdSize, qsizetype cdOffset, int commentLength)
{
    QByteArray e;
    put(e, 0x06054b50, 4);
    put(e, 0, 2);
    put(e, 0, 2);
    put(e, quint32(entries), 2);
    put(e, quint32(entries), 2);
    put(e, quint32(cdSize), 4);
    put(e, quint32(cdOffset), 4);
    put(e, quint32(commentLength), 2);
    return e;
}

// A stored entry: its local header with the data, and its central directory record for `offset`.
inline QByteArray storedLocal(const QByteArray& name, const QByteArray& data, quint32 dosTime)
{
    QByteArray h;
    put(h, 0x04034b50, 4);
    put(h, 20, 2);
    put(h, 0, 2);
    put(h, 0, 2);
    put(h, dosTime, 4);
    put(h, crc32(data), 4);
    put(h, quint32(data.size()), 4);
    put(h, quint32(data.size()), 4);
    put(h, quint32(name.size()), 2);
    put(h, 0, 2);
    return h + name + data;
}

inline QByteArray storedCentral(const QByteArray& name, const QByteArray& data, quint32 dosTime,
                                qsizetype offset)
{
    QByteArray c;
    put(c, 0x02014b50, 4);
    put(c, 0x0314, 2);
    put(c, 20, 2);
    put(c, 0, 2);
    put(c, 0, 2);
    put(c, dosTime, 4);
    put(c, crc32(data), 4);
    put(c, quint32(data.size()), 4);
    put(c, quint32(data.size()), 4);
    put(c, quint32(name.size()), 2);
    put(c, 0, 2);
    put(c, 0, 2);
    put(c, 0, 2);
    put(c, 0, 2);
    put(c, 0x81a40000u, 4);
    put(c, quint32(offset), 4);
    return c + name;
}

// The valid bundle, then a changed copy of `name` and a second central directory that points at the copy
// instead of the original, and its end record: unzip extracts `changed`, a front-to-back reader sees the
// original. With `comment` > 0 the first end record gets an archive comment of that many bytes that holds
// all of it, padded to the end of the file.
inline QByteArray secondDirectory(const QByteArray& zip, const QByteArray& name, const QByteArray& changed,
                                  int comment = 0)
{
    const auto l = layout(zip);
    if (!l || !l->names.contains(name))
        return {};
    const QByteArray original = l->records.at(l->names.indexOf(name));
    const quint32 dosTime = le(original, 12, 4);
    QByteArray copy = storedLocal(name, changed, dosTime);
    // The comment holds the copy, the second directory and its end record, then spaces to the end of the
    // file: unzip and Python look for the last end record within 64 KiB of the end and find the second one;
    // libarchive's seekable reader looked only near the end, gave up, and read the file front to back.
    QByteArray out = comment > 0 ? zip.left(l->end + 20) : zip;
    if (comment > 0)
        put(out, quint32(comment), 2);
    const qsizetype copyAt = out.size();
    out += copy;
    const qsizetype cdAt = out.size();
    for (int i = 0; i < l->records.size(); ++i)
        out += l->names.at(i) == name ? storedCentral(name, changed, dosTime, copyAt) : l->records.at(i);
    const qsizetype cdSize = out.size() - cdAt;
    out += endRecord(int(l->records.size()), cdSize, cdAt, 0);
    if (comment > 0) {
        const qsizetype fileEnd = l->end + 22 + comment;
        if (out.size() > fileEnd)
            return {};
        out += QByteArray(fileEnd - out.size(), ' ');
    }
    return out;
}

// The valid bundle with an archive comment on its end record.
inline QByteArray withComment(const QByteArray& zip, const QByteArray& comment)
{
    QByteArray out = zip.left(zip.size() - 2);
    put(out, quint32(comment.size()), 2);
    return out + comment;
}

// The valid bundle with an Info-ZIP Unicode path field (0x7075) on `name`'s central directory record that
// names it `alias`: unzip, Python and libarchive extract the entry as `alias`.
inline QByteArray unicodePath(const QByteArray& zip, const QByteArray& name, const QByteArray& alias)
{
    const auto l = layout(zip);
    if (!l || !l->names.contains(name))
        return {};
    QByteArray field;
    put(field, 0x7075, 2);
    put(field, quint32(1 + 4 + alias.size()), 2);
    field.append(char(1));
    put(field, crc32(name), 4);
    field += alias;
    QByteArray out = zip.left(l->cdOffset);
    for (int i = 0; i < l->records.size(); ++i) {
        QByteArray r = l->records.at(i);
        if (l->names.at(i) == name) {
            const qsizetype n = le(r, 28, 2), m = le(r, 30, 2);
            r.insert(46 + n + m, field);
            QByteArray length;
            put(length, quint32(m + field.size()), 2);
            r.replace(30, 2, length);
        }
        out += r;
    }
    return out + endRecord(int(l->records.size()), out.size() - l->cdOffset, l->cdOffset, 0);
}

} // namespace lethe::hostile
