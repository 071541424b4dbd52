#include "BundleSession.h"

#include "TextMatch.h"

#include "BundleExporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace lethe {

Result<std::shared_ptr<BundleSession>> BundleSession::open(const QString& path, const MinisignKey* trusted,
                                                           const Age::Decryption& decryption,
                                                           std::stop_token stop)
{
    std::shared_ptr<BundleSession> s(new BundleSession);
    s->m_path = path;
    s->m_dir = std::make_unique<QTemporaryDir>();
    if (!s->m_dir->isValid())
        return makeError(Error::Code::Storage,
                         tr("Cannot make a private temporary folder to open %1.").arg(path));
    s->m_root = s->m_dir->filePath(QStringLiteral("bundle"));
    auto v = BundleReader::extract(path, s->m_root, trusted, {}, decryption, stop);
    if (!v)
        return v.error();
    s->m_verdict = *v;
    s->m_manifest = QJsonDocument::fromJson(v->manifest).object();
    for (const QJsonValue& tv : s->m_manifest.value(QStringLiteral("tables")).toArray()) {
        if (stop.stop_requested())
            return makeError(Error::Code::Cancelled, tr("Opening %1 was cancelled.").arg(path));
        const QJsonObject o = tv.toObject();
        Table t;
        t.system = o.value(QStringLiteral("system")).toString();
        t.source = o.value(QStringLiteral("source")).toString();
        t.table = o.value(QStringLiteral("table")).toString();
        t.processor = o.value(QStringLiteral("processor_connection")).toString();
        t.json = o.value(QStringLiteral("json")).toString();
        t.csv = o.value(QStringLiteral("csv")).toString();
        for (const QJsonValue& c : o.value(QStringLiteral("columns")).toArray()) {
            t.columns << c.toObject().value(QStringLiteral("name")).toString();
            QStringList cats;
            for (const QJsonValue& cat : c.toObject().value(QStringLiteral("categories")).toArray())
                cats << cat.toString();
            t.categories << cats;
        }
        // The exporter writes the table's description on the first line, then one row per line.
        QFile f(s->filePath(t.json));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: the manifest lists %2, which the bundle does not hold.").arg(path, t.json));
        qint64 at = f.readLine().size();
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.startsWith("]}"))
                break;
            if (!line.trimmed().isEmpty())
                t.offsets << at;
            at += line.size();
        }
        t.rows = t.offsets.size();
        s->m_tables << t;
    }
    return s;
}

QString BundleSession::filePath(const QString& name) const
{
    return QDir(m_root).filePath(name);
}

BundleSession::RowReader::RowReader(const BundleSession* session, int table)
{
    if (!session || table < 0 || table >= session->m_tables.size())
        return;
    m_table = &session->m_tables[table];
    m_file.setFileName(session->filePath(m_table->json));
    (void)m_file.open(QIODevice::ReadOnly);
}

QByteArray BundleSession::RowReader::line(qint64 row)
{
    if (!m_table || row < 0 || row >= m_table->rows || !m_file.isOpen() ||
        !m_file.seek(m_table->offsets[row]))
        return {};
    return m_file.readLine();
}

Result<QStringList> BundleSession::RowReader::cells(qint64 row)
{
    const QByteArray l = line(row);
    if (l.isEmpty())
        return makeError(Error::Code::Storage,
                         tr("Row %1 cannot be read from the unpacked bundle.").arg(row + 1));
    return cellsOf(*m_table, l);
}

QStringList BundleSession::RowReader::cellsOf(const Table& table, QByteArray line)
{
    line = line.trimmed();
    if (line.endsWith(','))
        line.chop(1);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QStringList cells;
    for (const QString& c : table.columns)
        cells << BundleExporter::cellText(o.value(c));
    return cells;
}

BundleReader::Verdict BundleSession::withKey(const MinisignKey& key) const
{
    BundleReader::Verdict v = m_verdict;
    QFile sums(filePath(QStringLiteral("SHA256SUMS"))), sig(filePath(QStringLiteral("SHA256SUMS.minisig")));
    if (!sig.open(QIODevice::ReadOnly) || !sums.open(QIODevice::ReadOnly))
        return v;
    const QByteArray sigText = sig.readAll();
    const auto id = Minisign::signatureKeyId(sigText);
    if (!id || *id != key.keyId)
        return v;
    auto checked = Minisign::verify(key, sums.readAll(), sigText);
    v.signature =
        checked ? BundleReader::Verdict::Signature::Trusted : BundleReader::Verdict::Signature::Invalid;
    v.trustedComment = checked ? *checked : QString();
    return v;
}

QList<BundleSession::Hit> BundleSession::search(const QString& text, int limit, std::stop_token stop) const
{
    QList<Hit> hits;
    if (text.isEmpty())
        return hits;
    const QByteArray needle = text.toLower().toUtf8();
    // Only a text whose bytes a JSON line keeps as they are (no escapes) and that lower-cases byte by byte
    // can be looked for in the raw line first; any other text has every row parsed.
    const bool prefilter = textmatch::rawPrefilterApplies(text);
    for (int ti = 0; ti < m_tables.size() && hits.size() < limit; ++ti) {
        const Table& t = m_tables[ti];
        RowReader reader(this, ti);
        for (qint64 r = 0; r < t.rows && hits.size() < limit; ++r) {
            if (stop.stop_requested())
                return hits;
            const QByteArray line = reader.line(r);
            // Most lines do not hold the text at all: only those that do are parsed.
            if (prefilter && !line.toLower().contains(needle))
                continue;
            const QStringList cells = RowReader::cellsOf(t, line);
            for (int c = 0; c < cells.size() && hits.size() < limit; ++c)
                if (textmatch::contains(cells[c], text))
                    hits << Hit{ti, r, c, cells[c]};
        }
    }
    return hits;
}

} // namespace lethe
