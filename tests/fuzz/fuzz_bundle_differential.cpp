// Differential libFuzzer target for BundleReader (issue 15, "two readers, two truths"): for every input that
// BundleReader::extract accepts (every bundle it calls intact among them), two independent readers must see
// exactly the same files with the same bytes as Lethe extracted:
//   1. libarchive's seekable ZIP reader (archive_read_support_format_zip_seekable: the central directory
//   found
//      from the end, as file managers do), and
//   2. a minimal central-directory walk written here, as unzip and Python read a ZIP: the last end record
//      within 64 KiB of the end, its central directory, each entry's data at the offset and with the sizes
//      the directory gives, inflated with zlib.
// An encrypted input is decrypted first (age, with the fuzz identity) for the two readers. Any difference
// aborts. Run by tests/fuzz/run.sh with a memory limit; to replay: build/fuzz/fuzz_bundle_differential FILE.
#include "Age.h"
#include "BundleReader.h"
#include "FuzzKey.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace lethe;

namespace {

using Files = QMap<QByteArray, QByteArray>; // name -> content

[[noreturn]] void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz_bundle_differential: %s %s\n", what, qPrintable(detail));
    std::abort();
}

quint32 le(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// What Lethe extracted: every file under `folder`, by its path relative to it.
Files extracted(const QString& folder)
{
    Files files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            fail("cannot read back", f.fileName());
        files.insert(QDir(folder).relativeFilePath(f.fileName()).toUtf8(), f.readAll());
    }
    return files;
}

// libarchive's seekable reader; nullopt when it cannot read the file.
std::optional<Files> bySeekableReader(const QString& path)
{
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return std::nullopt;
    Files files;
    archive_entry* e = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const char* utf8 = archive_entry_pathname_utf8(e);
        const QByteArray name = utf8 ? QByteArray(utf8) : QByteArray(archive_entry_pathname(e));
        if (archive_entry_filetype(e) == AE_IFDIR || name.endsWith('/'))
            continue;
        QByteArray content;
        char buffer[1 << 14];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0)
            content.append(buffer, n);
        if (n < 0)
            return std::nullopt;
        if (files.contains(name))
            fail("libarchive sees a name twice in a bundle Lethe accepted:", QString::fromUtf8(name));
        files.insert(name, content);
    }
    if (r != ARCHIVE_EOF)
        return std::nullopt;
    return files;
}

// A minimal reader by the central directory, as unzip does it. Returns nullopt for what it cannot read.
std::optional<Files> byCentralDirectory(const QByteArray& zip)
{
    // The last end record within 64 KiB + 22 bytes of the end, whose comment runs to the end of the file.
    qsizetype end = -1;
    for (qsizetype at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 65535; --at)
        if (le(zip, at, 4) == 0x06054b50 && at + 22 + qsizetype(le(zip, at + 20, 2)) == zip.size()) {
            end = at;
            break;
        }
    if (end < 0)
        return std::nullopt;
    const qsizetype count = le(zip, end + 10, 2);
    qsizetype at = le(zip, end + 16, 4);
    Files files;
    for (qsizetype i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || le(zip, at, 4) != 0x02014b50)
            return std::nullopt;
        const quint32 method = le(zip, at + 10, 2), crc = le(zip, at + 16, 4);
        qint64 packed = le(zip, at + 20, 4), size = le(zip, at + 24, 4);
        const qsizetype n = le(zip, at + 28, 2), m = le(zip, at + 30, 2), k = le(zip, at + 32, 2);
        qint64 offset = le(zip, at + 42, 4);
        if (at + 46 + n + m + k > zip.size())
            return std::nullopt;
        const QByteArray name = zip.mid(at + 46, n);
        // ZIP64 sizes and offset, for the fields that hold 0xffffffff.
        for (qsizetype x = at + 46 + n; x + 4 <= at + 46 + n + m;) {
            const qsizetype id = le(zip, x, 2), len = le(zip, x + 2, 2);
            if (id == 1) {
                qsizetype f = x + 4;
                for (qint64* v : {&size, &packed, &offset})
                    if (*v == 0xffffffff && f + 8 <= x + 4 + len) {
                        *v = qint64(le(zip, f, 4)) | (qint64(le(zip, f + 4, 4)) << 32);
                        f += 8;
                    }
            }
            x += 4 + len;
        }
        at += 46 + n + m + k;
        if (name.endsWith('/'))
            continue;
        if (offset < 0 || offset + 30 > zip.size() || le(zip, offset, 4) != 0x04034b50)
            return std::nullopt;
        const qsizetype data = offset + 30 + le(zip, offset + 26, 2) + le(zip, offset + 28, 2);
        if (packed < 0 || size < 0 || size > (64 << 20) || data + packed > zip.size())
            return std::nullopt;
        QByteArray content;
        if (method == 0) {
            content = zip.mid(data, packed);
        } else if (method == 8) {
            content.resize(size);
            z_stream z{};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                fail("cannot start zlib");
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.constData() + data));
            z.avail_in = uInt(packed);
            z.next_out = reinterpret_cast<Bytef*>(content.data());
            z.avail_out = uInt(size);
            const int r = inflate(&z, Z_FINISH);
            const bool whole = r == Z_STREAM_END && z.total_out == uLong(size);
            inflateEnd(&z);
            if (!whole)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
        if (crc32(0, reinterpret_cast<const Bytef*>(content.constData()), uInt(content.size())) != crc)
            return std::nullopt;
        files.insert(name, content);
    }
    return files;
}

QString describe(const Files& a, const Files& b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("\"%1\" only on one side").arg(QString::fromUtf8(it.key()));
        if (b.value(it.key()) != it.value())
            return QStringLiteral("\"%1\" has other bytes").arg(QString::fromUtf8(it.key()));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("\"%1\" only on the other side").arg(QString::fromUtf8(it.key()));
    return QStringLiteral("%1 and %2 files").arg(a.size()).arg(b.size());
}

struct Fixture
{
    QTemporaryDir root;
    MinisignKey key = fuzz::publicKey();
    QString input;
    QString plain;
    QString target;
    Fixture()
    {
        if (!root.isValid() || key.publicKey.size() != 32)
            fail("cannot set up");
        input = root.filePath(QStringLiteral("input.zip"));
        plain = root.filePath(QStringLiteral("plain.zip"));
        target = root.filePath(QStringLiteral("out"));
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static Fixture f;
    {
        QFile in(f.input);
        if (!in.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            in.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            fail("cannot write the input file");
    }
    QDir(f.target).removeRecursively();
    const auto lethe = BundleReader::extract(f.input, f.target, &f.key, fuzz::limits(), fuzz::decryption());
    if (!lethe)
        return 0; // refused: nothing to compare
    const Files ours = extracted(f.target);
    QDir(f.target).removeRecursively();

    QString zipPath = f.input;
    if (Age::looksEncrypted(f.input)) {
        QFile::remove(f.plain);
        if (Status s = Age::decryptFile(f.input, f.plain, fuzz::decryption()); !s)
            fail("Lethe read an encrypted bundle that age cannot decrypt:", s.error().message);
        zipPath = f.plain;
    }
    QFile zipFile(zipPath);
    if (!zipFile.open(QIODevice::ReadOnly))
        fail("cannot read back", zipPath);
    const QByteArray zip = zipFile.readAll();

    const auto seekable = bySeekableReader(zipPath);
    if (!seekable)
        fail("libarchive's seekable reader cannot read what Lethe accepted:", lethe->summary());
    if (*seekable != ours)
        fail("libarchive's seekable reader sees other files than Lethe:", describe(ours, *seekable));
    const auto walked = byCentralDirectory(zip);
    if (!walked)
        fail("the central directory cannot be read in a bundle Lethe accepted:", lethe->summary());
    if (*walked != ours)
        fail("the central directory names other files than Lethe:", describe(ours, *walked));
    return 0;
}
