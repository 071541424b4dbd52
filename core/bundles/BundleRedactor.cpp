#include "BundleRedactor.h"

#include "TextMatch.h"

#include "BundleExporter.h"
#include "BundleOutput.h"
#include "SealedSpool.h"
#include "ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>
#include <optional>

namespace lethe {

namespace {

struct TableInfo
{
    QString json;
    QString csv;
    QStringList columns;
    qint64 rows = 0;
};

QString describe(int index, const Redaction& r)
{
    if (r.scope == Redaction::Scope::Anywhere)
        return BundleRedactor::tr("redaction %1 (anywhere)").arg(index + 1);
    if (r.column.isEmpty())
        return BundleRedactor::tr("redaction %1 (%2, row %3)").arg(index + 1).arg(r.file).arg(r.row + 1);
    return BundleRedactor::tr("redaction %1 (%2, row %3, column %4)")
        .arg(index + 1)
        .arg(r.file)
        .arg(r.row + 1)
        .arg(r.column);
}

Result<QByteArray> sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, BundleRedactor::tr("%1: cannot read it.").arg(path));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(Error::Code::Storage, BundleRedactor::tr("%1: cannot read it.").arg(path));
    return h.result().toHex();
}

} // namespace

QString Redaction::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Row:
        return QStringLiteral("row");
    case Scope::Cell:
        return QStringLiteral("cell");
    case Scope::Text:
        return QStringLiteral("text");
    case Scope::Anywhere:
        return QStringLiteral("anywhere");
    }
    return {};
}

QJsonObject BundleRedactor::toJson(const Redaction& r)
{
    QJsonObject o{{QStringLiteral("scope"), Redaction::scopeKey(r.scope)},
                  {QStringLiteral("reason"), r.reason}};
    if (r.scope != Redaction::Scope::Anywhere) {
        o[QStringLiteral("file")] = r.file;
        o[QStringLiteral("row")] = r.row + 1; // counting from 1, as parse() reads it
    }
    if (!r.column.isEmpty())
        o[QStringLiteral("column")] = r.column;
    if (!r.text.isEmpty())
        o[QStringLiteral("text")] = r.text;
    return o;
}

Result<QList<Redaction>> BundleRedactor::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::InvalidInput,
            tr("%1: not valid JSON at byte %2: %3.").arg(fileName).arg(pe.offset).arg(pe.errorString()));
    if (!doc.isArray())
        return makeError(Error::Code::InvalidInput,
                         tr("%1: expected a JSON array of redactions.").arg(fileName));
    QList<Redaction> out;
    const QJsonArray a = doc.array();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        auto bad = [&](const QString& why) {
            return makeError(Error::Code::InvalidInput,
                             tr("%1: redaction %2: %3").arg(fileName).arg(i + 1).arg(why));
        };
        if (!a.at(i).isObject())
            return bad(tr("expected an object."));
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{QStringLiteral("scope"), QStringLiteral("file"), QStringLiteral("row"),
                             QStringLiteral("column"), QStringLiteral("text"), QStringLiteral("reason")}
                     .contains(it.key()))
                return bad(tr("unknown field \"%1\".").arg(it.key()));
        Redaction r;
        const QString scope = o.value(QStringLiteral("scope")).toString();
        if (scope == QLatin1String("row"))
            r.scope = Redaction::Scope::Row;
        else if (scope == QLatin1String("cell"))
            r.scope = Redaction::Scope::Cell;
        else if (scope == QLatin1String("text"))
            r.scope = Redaction::Scope::Text;
        else if (scope == QLatin1String("anywhere"))
            r.scope = Redaction::Scope::Anywhere;
        else
            return bad(tr("\"scope\" must be row, cell, text or anywhere, not \"%1\".").arg(scope));
        r.file = o.value(QStringLiteral("file")).toString();
        const QJsonValue row = o.value(QStringLiteral("row"));
        if (r.scope != Redaction::Scope::Anywhere) {
            if (!row.isDouble() || row.toDouble() < 1 || row.toDouble() != std::floor(row.toDouble()))
                return bad(tr("\"row\" must be a row number, counting from 1."));
            r.row = qint64(row.toDouble()) - 1;
            if (r.file.isEmpty())
                return bad(tr("\"file\" is required: the table's JSON file as the manifest lists it."));
        }
        r.column = o.value(QStringLiteral("column")).toString();
        r.text = o.value(QStringLiteral("text")).toString();
        r.reason = o.value(QStringLiteral("reason")).toString().trimmed();
        out << r;
    }
    return out;
}

Age::Encryption BundleRedactor::encryptionFor(const QString& bundle, const Options& options)
{
    if (options.encryption.isSet() || options.decrypt || !Age::looksEncrypted(bundle))
        return options.encryption;
    Age::Encryption same;
    same.passphrase = options.decryption.passphrase;
    if (same.passphrase.isEmpty())
        for (const QString& identity : options.decryption.identities)
            if (auto r = Age::recipientOf(identity))
                same.recipients << *r;
    return same;
}

namespace {

// One re-seal, shared by its steps in BundleRedactor::reseal: the request, the original as unpacked and read,
// where each redaction applies, and what the redacting changed.
struct Reseal
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleRedactor)
public:
    using Options = BundleRedactor::Options;
    using Summary = BundleRedactor::Summary;

    Reseal(const QString& original, const QList<Redaction>& given, const QString& out, const Options& opts)
        : bundle(original), redactions(given), outFile(out), options(opts)
    {}

    const QString& bundle;
    const QList<Redaction>& redactions;
    const QString& outFile;
    const Options& options;

    Age::Encryption encryption;
    QString dir; // the new bundle's folder
    std::optional<QTemporaryDir> work;
    QString src; // the original, unpacked
    QString dst; // the files written anew
    BundleReader::Verdict verdict;
    bool trustedOriginal = false;
    QByteArray originalSum;
    QJsonObject manifest;
    QHash<QString, TableInfo> tables; // by JSON file
    QHash<QString, QString> csvToJson;
    QList<Redaction> list;
    QHash<QString, QHash<qint64, QList<int>>> byRow; // file > row > redactions
    QList<int> anywhere;
    QList<qint64> changedCells;
    QHash<QString, QHash<qint64, QStringList>> changedRows; // for index.html
    QSet<QString> rewritten;
    Summary summary;
    QString mark;

    bool cancelled() const { return options.stop.stop_requested(); }
    void progress(const QString& step) const
    {
        if (options.progress)
            options.progress(step);
    }

    Status checkRequest();
    Status openOriginal();
    Status placeRedactions();
    Status redactTables();
    Status redactTable(const TableInfo& t, const QHash<qint64, QList<int>>& rowRedactions);
    Status redactRow(const TableInfo& t, const QList<int>& here, QJsonObject& o, bool* changed);
    Status redactReport();
    Status proveWithheld();
    QStringList filesHolding(const QString& text) const;
    Status writeManifest();
    Result<Summary> writeBundle();
};

// The request itself: something to redact, a new file in a folder that exists, and every redaction complete.
Status Reseal::checkRequest()
{
    if (redactions.isEmpty())
        return makeError(Error::Code::InvalidInput, tr("Nothing is selected for redaction."));
    if (QFileInfo::exists(outFile))
        return makeError(Error::Code::Conflict,
                         tr("%1 exists already; choose another name or remove it first.").arg(outFile));
    // An encrypted original stays encrypted: never a plain copy by accident.
    encryption = BundleRedactor::encryptionFor(bundle, options);
    if (Status s = Age::checkFileName(outFile, encryption); !s)
        return makeError(
            s.error().code,
            Age::looksEncrypted(bundle) && !options.decrypt && encryption.isSet()
                ? tr("%1 The original is encrypted, so the new bundle is encrypted too; to write it "
                     "unencrypted, ask for that explicitly (lethe-cli: --decrypt).")
                      .arg(s.error().message)
                : s.error().message);
    dir = QFileInfo(outFile).absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(Error::Code::NotFound, tr("%1: no such folder.").arg(dir));
    for (int i = 0; i < redactions.size(); ++i) {
        const Redaction& r = redactions[i];
        if (r.reason.trimmed().isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("%1: give a reason; it goes into the redaction log.").arg(describe(i, r)));
        if ((r.scope == Redaction::Scope::Text || r.scope == Redaction::Scope::Anywhere) && r.text.isEmpty())
            return makeError(Error::Code::InvalidInput,
                             tr("%1: give the text to withhold.").arg(describe(i, r)));
        if ((r.scope == Redaction::Scope::Cell || r.scope == Redaction::Scope::Text) && r.column.isEmpty())
            return makeError(Error::Code::InvalidInput, tr("%1: give the column.").arg(describe(i, r)));
    }
    return {};
}

// 1. The original, checked and unpacked into a private folder beside the new bundle.
Status Reseal::openOriginal()
{
    progress(tr("Checking %1").arg(QFileInfo(bundle).fileName()));
    // The original is unpacked (decrypted, when it is age) into a private folder of the user's cache, named
    // after this process: a killed re-seal leaves it there only until the next start removes it.
    work.emplace(SealedSpool::newFolderTemplate(QStringLiteral("redact")));
    if (!work->isValid())
        return makeError(
            Error::Code::Storage,
            tr("%1: cannot make a temporary folder.").arg(QFileInfo(work->path()).absolutePath()));
    src = work->filePath(QStringLiteral("original"));
    dst = work->filePath(QStringLiteral("redacted"));
    auto extracted =
        BundleReader::extract(bundle, src, options.trusted, {}, options.decryption, options.stop);
    if (!extracted)
        return extracted.error();
    verdict = *extracted;
    if (!verdict.checksumsOk || verdict.signature == BundleReader::Verdict::Signature::Invalid)
        return makeError(
            Error::Code::IllegalState,
            tr("%1 cannot be re-sealed: %2 A new signature would hide that.").arg(bundle, verdict.summary()));
    // A new signature over content nobody here vouched for would launder it: refused unless the reviewer
    // accepts it as untrusted, and then the new bundle says so.
    trustedOriginal = verdict.signature == BundleReader::Verdict::Signature::Trusted;
    if (!trustedOriginal && !options.acceptUntrusted)
        return makeError(
            Error::Code::IllegalState,
            tr("%1 cannot be re-sealed: %2 A re-sealed bundle carries this workspace's signature, so "
               "its content would look vouched for. Check where it came from; to re-seal it "
               "anyway, accept it as untrusted (lethe-cli: --accept-untrusted), and the new "
               "bundle will say what the original's verdict was.")
                .arg(bundle, verdict.summary()));
    auto sum = sha256OfFile(bundle);
    if (!sum)
        return sum.error();
    originalSum = *sum;
    manifest = QJsonDocument::fromJson(verdict.manifest).object();
    for (const QJsonValue& tv : manifest.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = tv.toObject();
        TableInfo info;
        info.json = t.value(QStringLiteral("json")).toString();
        info.csv = t.value(QStringLiteral("csv")).toString();
        info.rows = t.value(QStringLiteral("rows")).toInteger();
        for (const QJsonValue& c : t.value(QStringLiteral("columns")).toArray())
            info.columns << c.toObject().value(QStringLiteral("name")).toString();
        tables.insert(info.json, info);
        csvToJson.insert(info.csv, info.json);
    }
    return {};
}

// 2. Every redaction names a table, row and column the bundle has.
Status Reseal::placeRedactions()
{
    list = redactions;
    for (int i = 0; i < list.size(); ++i) {
        Redaction& r = list[i];
        if (r.scope == Redaction::Scope::Anywhere) {
            anywhere << i;
            continue;
        }
        if (csvToJson.contains(r.file))
            r.file = csvToJson.value(r.file);
        if (!tables.contains(r.file))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the bundle has no table file \"%2\".").arg(describe(i, r), r.file));
        const TableInfo& t = tables[r.file];
        if (r.row < 0 || r.row >= t.rows)
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the table has %2 rows.").arg(describe(i, r)).arg(t.rows));
        if (r.scope != Redaction::Scope::Row && !t.columns.contains(r.column))
            return makeError(Error::Code::InvalidInput,
                             tr("%1: the table has no column \"%2\"; it has %3.")
                                 .arg(describe(i, r), r.column, t.columns.join(QStringLiteral(", "))));
        byRow[r.file][r.row] << i;
    }
    return {};
}

// 3. The tables with something to withhold, written anew (JSON, then CSV from the same rows).
Status Reseal::redactTables()
{
    changedCells = QList<qint64>(list.size(), 0);
    mark = BundleRedactor::marker();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const TableInfo& t = it.value();
        const auto rowRedactions = byRow.value(t.json);
        if (rowRedactions.isEmpty() && anywhere.isEmpty())
            continue;
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Re-sealing was cancelled; no file was written."));
        if (Status s = redactTable(t, rowRedactions); !s)
            return s;
    }
    for (int i : std::as_const(anywhere))
        if (changedCells[i] == 0)
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: the text to withhold is in no table of the bundle.").arg(describe(i, list[i])));
    return {};
}

// One table, row by row: its JSON and its CSV written anew into the new bundle's folder.
Status Reseal::redactTable(const TableInfo& t, const QHash<qint64, QList<int>>& rowRedactions)
{
    progress(tr("Redacting %1").arg(t.json));
    QFile in(QDir(src).filePath(t.json));
    const QString jsonOut = QDir(dst).filePath(t.json);
    const QString csvOut = QDir(dst).filePath(t.csv);
    QDir().mkpath(QFileInfo(jsonOut).absolutePath());
    QDir().mkpath(QFileInfo(csvOut).absolutePath());
    QFile jo(jsonOut), co(csvOut);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(Error::Code::InvalidInput,
                         tr("The bundle lists %1 but does not hold it.").arg(t.json));
    if (!jo.open(QIODevice::WriteOnly) || !co.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
    jo.write(in.readLine()); // the table's description, up to "data":[
    QStringList header;
    for (const QString& c : t.columns)
        header << BundleExporter::csvField(c);
    co.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    qint64 row = 0;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        if (line.startsWith("]}")) {
            jo.write(line);
            break;
        }
        if (line.trimmed().isEmpty()) { // an empty table's data
            jo.write(line);
            continue;
        }
        QByteArray end = "\n";
        line = line.trimmed();
        if (line.endsWith(',')) {
            line.chop(1);
            end = ",\n";
        }
        QJsonParseError pe;
        QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        if (pe.error != QJsonParseError::NoError)
            return makeError(Error::Code::InvalidInput,
                             tr("%1: row %2 is not the JSON Lethe writes; it cannot be redacted.")
                                 .arg(t.json)
                                 .arg(row + 1));
        bool changed = false;
        if (Status s = redactRow(t, rowRedactions.value(row), o, &changed); !s)
            return s;
        QStringList cells;
        for (const QString& c : t.columns)
            cells << BundleExporter::cellText(o.value(c));
        if (changed) {
            // The report's row as the exporter writes it (epoch timestamps as dates).
            QStringList shown;
            for (const QString& c : t.columns)
                shown << BundleExporter::reportCellText(c, o.value(c));
            changedRows[t.json].insert(row, shown);
        }
        jo.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + end);
        QStringList csv;
        for (const QString& c : std::as_const(cells))
            csv << BundleExporter::csvField(c);
        co.write(csv.join(QLatin1Char(',')).toUtf8() + "\r\n");
        ++row;
    }
    if (row != t.rows)
        return makeError(Error::Code::InvalidInput,
                         tr("%1 holds %2 rows, but the manifest says %3.").arg(t.json).arg(row).arg(t.rows));
    if (!jo.flush() || !co.flush() || jo.error() != QFile::NoError || co.error() != QFile::NoError)
        return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
    if (changedRows.contains(t.json)) // a table the text was not in keeps its original files
        rewritten << t.json << t.csv;
    return {};
}

// One row's redactions (`here`) and the texts withheld anywhere, applied to its cells in `o`; `changed` is
// set when any cell changed.
Status Reseal::redactRow(const TableInfo& t, const QList<int>& here, QJsonObject& o, bool* changed)
{
    auto replaceText = [&](const QString& column, const QString& text) -> qint64 {
        const QJsonValue v = o.value(column);
        if (v.isNull() || v.isUndefined())
            return 0;
        QString s = BundleExporter::cellText(v);
        const qint64 n = textmatch::replaceAll(s, text, mark);
        if (n == 0)
            return 0;
        o[column] = s;
        return n;
    };
    for (int i : here) {
        const Redaction& r = list[i];
        if (r.scope == Redaction::Scope::Row) {
            for (const QString& c : t.columns)
                o[c] = mark;
            changedCells[i] += t.columns.size();
        } else if (r.scope == Redaction::Scope::Cell) {
            o[r.column] = mark;
            ++changedCells[i];
        } else {
            const qint64 n = replaceText(r.column, r.text);
            if (n == 0)
                return makeError(
                    Error::Code::InvalidInput,
                    tr("%1: the cell does not contain the text to withhold.").arg(describe(i, r)));
            changedCells[i] += n;
        }
        *changed = true;
    }
    for (int i : anywhere) {
        for (const QString& c : t.columns) {
            const qint64 n = replaceText(c, list[i].text);
            changedCells[i] += n;
            *changed = *changed || n > 0;
        }
    }
    return {};
}

// 4. index.html: the rows it shows that changed, written anew in place; and, for an original that was not
// trusted, a notice at the top saying so.
Status Reseal::redactReport()
{
    if (changedRows.isEmpty() && trustedOriginal)
        return {};
    QFile in(QDir(src).filePath(QStringLiteral("index.html")));
    QFile out(QDir(dst).filePath(QStringLiteral("index.html")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
    static const QRegularExpression rowStart(
        QStringLiteral("^<tr data-file=\"([^\"]*)\" data-row=\"(\\d+)\">"));
    bool marked = false;
    bool noticed = trustedOriginal;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (!noticed && line.contains("<body>")) {
            out.write(line);
            out.write(QStringLiteral("<p class=\"untrusted\" style=\"border:2px solid #b00;padding:.5em\">"
                                     "<strong>%1</strong></p>\n")
                          .arg(tr("This bundle was re-sealed from one that was not signed by a key the "
                                  "reviewer trusted (%1). What it holds is what that bundle held.")
                                   .arg(verdict.summary())
                                   .toHtmlEscaped())
                          .toUtf8());
            noticed = true;
            continue;
        }
        const auto m = rowStart.match(QString::fromUtf8(line));
        if (m.hasMatch()) {
            marked = true;
            const QString file = m.captured(1);
            const qint64 r = m.captured(2).toLongLong();
            if (changedRows.value(file).contains(r)) {
                out.write((BundleExporter::reportRowStart(file, r) +
                           BundleExporter::reportCells(changedRows.value(file).value(r)) +
                           QStringLiteral("</tr>\n"))
                              .toUtf8());
                continue;
            }
        }
        out.write(line);
    }
    if (!marked && !changedRows.isEmpty())
        return makeError(Error::Code::IllegalState,
                         tr("%1 was made by an older Lethe whose index.html cannot be redacted row by row; "
                            "export the request again.")
                             .arg(bundle));
    rewritten << QStringLiteral("index.html");
    return {};
}

// 4b. Proof that a text withheld everywhere is gone: every table's cells (JSON parsed, and the CSV as a
// reader sees its fields) and the report's text as a reader sees it, in the files the new bundle holds.
Status Reseal::proveWithheld()
{
    for (int i : std::as_const(anywhere)) {
        const QStringList still = filesHolding(list[i].text);
        if (!still.isEmpty())
            return makeError(
                Error::Code::InvalidInput,
                tr("%1: after redacting, the text to withhold is still in %2 (outside the tables' "
                   "cells, where it cannot be withheld automatically); nothing was written.")
                    .arg(describe(i, list[i]), still.join(QStringLiteral(", "))));
    }
    return {};
}

// The files of the new bundle that still hold `text`, as a reader sees them.
QStringList Reseal::filesHolding(const QString& text) const
{
    auto fileOf = [&](const QString& name) {
        return QDir(rewritten.contains(name) ? dst : src).filePath(name);
    };
    QStringList still;
    for (const TableInfo& t : std::as_const(tables)) {
        QFile jf(fileOf(t.json));
        if (jf.open(QIODevice::ReadOnly)) {
            jf.readLine(); // the table's description
            bool found = false;
            while (!found && !jf.atEnd()) {
                QByteArray line = jf.readLine().trimmed();
                if (line.startsWith("]}"))
                    break;
                if (line.endsWith(','))
                    line.chop(1);
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                for (auto c = o.constBegin(); !found && c != o.constEnd(); ++c)
                    found = textmatch::contains(BundleExporter::cellText(c.value()), text);
            }
            if (found)
                still << t.json;
        }
        QFile cf(fileOf(t.csv));
        if (cf.open(QIODevice::ReadOnly))
            while (!cf.atEnd())
                if (textmatch::contains(QString::fromUtf8(cf.readLine())
                                            .replace(QStringLiteral("\"\""), QStringLiteral("\"")),
                                        text)) {
                    still << t.csv;
                    break;
                }
    }
    QFile html(fileOf(QStringLiteral("index.html")));
    if (html.open(QIODevice::ReadOnly))
        while (!html.atEnd())
            if (textmatch::contains(textmatch::htmlText(QString::fromUtf8(html.readLine())), text)) {
                still << QStringLiteral("index.html");
                break;
            }
    return still;
}

// 5. The manifest: the redaction log appended, and where the new bundle came from.
Status Reseal::writeManifest()
{
    const QString at = options.at.toUTC().toString(Qt::ISODate);
    QJsonArray log = manifest.value(QStringLiteral("redactions")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        QJsonObject o = BundleRedactor::toJson(list[i]);
        o.remove(QStringLiteral("text")); // the withheld value itself never goes into the bundle
        o[QStringLiteral("cells")] = changedCells[i];
        o[QStringLiteral("by")] = options.actor;
        o[QStringLiteral("at")] = at;
        log << o;
        summary.cells += changedCells[i];
    }
    summary.redactions = int(list.size());
    manifest[QStringLiteral("redactions")] = log;
    QJsonArray seals = manifest.value(QStringLiteral("resealed")).toArray();
    seals << QJsonObject{
        {QStringLiteral("at"), at},
        {QStringLiteral("by"), options.actor},
        {QStringLiteral("program"), QStringLiteral("Lethe %1").arg(options.programVersion)},
        {QStringLiteral("original_sha256"), QString::fromLatin1(originalSum)},
        {QStringLiteral("original_signed_by"), verdict.signedBy},
        {QStringLiteral("original_verdict"), verdict.summary()},
        {QStringLiteral("original_trusted"), trustedOriginal},
    };
    manifest[QStringLiteral("resealed")] = seals;
    summary.manifest = manifest;
    QFile m(QDir(dst).filePath(QStringLiteral("manifest.json")));
    QDir().mkpath(dst);
    if (!m.open(QIODevice::WriteOnly) ||
        m.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 || !m.flush())
        return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
    rewritten << QStringLiteral("manifest.json");
    return {};
}

// 6. The new bundle, in the original's order, with new checksums and a new signature.
Result<BundleRedactor::Summary> Reseal::writeBundle()
{
    QFile sumsFile(QDir(src).filePath(QStringLiteral("SHA256SUMS")));
    if (!sumsFile.open(QIODevice::ReadOnly))
        return makeError(Error::Code::InvalidInput, tr("%1: no SHA256SUMS.").arg(bundle));
    QStringList order;
    for (const QByteArray& line : sumsFile.readAll().split('\n'))
        if (line.size() > 66)
            order << QString::fromUtf8(line.mid(66));
    BundleOutput output;
    if (Status s = output.open(outFile, options.at, encryption); !s)
        return s.error();
    ZipWriter& zip = output.zip();
    auto abandon = [&](const Error& e) { return output.abandon(e); };
    for (const QString& name : std::as_const(order)) {
        if (cancelled())
            return abandon(
                makeError(Error::Code::Cancelled, tr("Re-sealing was cancelled; no file was written.")));
        progress(tr("Writing %1").arg(name));
        QFile f(QDir(rewritten.contains(name) ? dst : src).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return abandon(makeError(Error::Code::Storage, tr("%1: cannot read %2.").arg(bundle, name)));
        if (Status s = zip.begin(name); !s)
            return abandon(s.error());
        while (!f.atEnd()) {
            const QByteArray chunk = f.read(1 << 16);
            if (Status s = zip.write(chunk); !s)
                return abandon(s.error());
        }
        if (Status s = zip.end(); !s)
            return abandon(s.error());
    }
    if (Status s = zip.seal(options.sign); !s)
        return abandon(s.error());
    summary.files = int(zip.entries().size());
    if (Status s = output.commit(); !s)
        return s.error();
    return summary;
}

} // namespace

Result<BundleRedactor::Summary> BundleRedactor::reseal(const QString& bundle,
                                                       const QList<Redaction>& redactions,
                                                       const QString& outFile, const Options& options)
{
    Reseal r(bundle, redactions, outFile, options);
    if (Status s = r.checkRequest(); !s)
        return s.error();
    if (Status s = r.openOriginal(); !s)
        return s.error();
    if (Status s = r.placeRedactions(); !s)
        return s.error();
    if (Status s = r.redactTables(); !s)
        return s.error();
    if (Status s = r.redactReport(); !s)
        return s.error();
    if (Status s = r.proveWithheld(); !s)
        return s.error();
    if (Status s = r.writeManifest(); !s)
        return s.error();
    return r.writeBundle();
}

} // namespace lethe
