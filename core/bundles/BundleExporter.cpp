#include "BundleExporter.h"

#include "StoredValue.h"

#include "BundleOutput.h"
#include "ExportReport.h"
#include "ExportSpool.h"

#include "ProcessorConnections.h"
#include "SealedSpool.h"
#include "Sha256.h"
#include "Traversal.h"
#include "Validation.h"
#include "ZipWriter.h"

#include <zlib.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <atomic>

#include <memory>
#include <optional>
#include <utility>

namespace lethe {

namespace {

QString safeName(const QString& name)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = name;
    s.replace(bad, QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("_") : s.left(80);
}

} // namespace

Status BundleExporter::mayExport(RequestType type, RequestStatus status, const QString& requestId)
{
    if (type != RequestType::Access && type != RequestType::Portability)
        return makeError(
            Error::Code::IllegalState,
            tr("%1 is a request of type \"%2\"; bundles are made for access and portability requests.")
                .arg(requestId, Names::display(type)));
    // A copy of someone's data goes only to a subject whose identity was checked, while the request is
    // being answered: never for a new or unverified request, nor for one denied or closed.
    if (status != RequestStatus::Verified && status != RequestStatus::InProgress &&
        status != RequestStatus::AwaitingApproval)
        return makeError(Error::Code::IllegalState,
                         tr("%1 is \"%2\": a bundle is made only once the subject's identity is verified and "
                            "while the request is open (status verified, in progress or awaiting approval).")
                             .arg(requestId, Names::display(status)));
    return {};
}

namespace {

// How many bytes of serialised rows a table gathers before they go to the compressor.
constexpr qsizetype kBlock = 256 * 1024;
// How many found rows a table gathers before they go to the compressor's thread to be serialised.
constexpr int kRowsPerJob = 1024;

// One export, shared by the steps of BundleExporter::write: what was asked, the spooled tables, the ZIP and
// what it holds so far.
struct Export
{
    Q_DECLARE_TR_FUNCTIONS(lethe::BundleExporter)
public:
    using Options = BundleExporter::Options;
    using SystemInput = BundleExporter::SystemInput;
    using Summary = BundleExporter::Summary;

    Export(const Request& r, const QList<SystemInput>& s, const QString& out, const Options& o)
        : request(r), systems(s), outFile(out), options(o)
    {}

    const Request& request;
    const QList<SystemInput>& systems;
    const QString& outFile;
    const Options& options;

    // What the subject provided about others goes with a portability copy; an access copy leaves it out
    // unless the officer includes it.
    bool withOthers = false;
    std::atomic<qint64> othersLeftOut{0};
    QString dir;
    QString lastStep;
    double lastFraction = -1;
    QList<Identity> identities;
    // The rows wait in a private folder of the user's cache, encrypted under a key that only this process
    // holds: a kill leaves nothing readable, and the next start removes what is left.
    std::optional<QTemporaryDir> spoolDir;
    QByteArray spoolKey;
    std::vector<std::unique_ptr<ExportSpool>> spools;
    // The search's thread only collects each table's rows; the compressor's thread serialises them
    // (spoolRow), deflates and spools them, in the order found. Declared after what its jobs use, so it
    // stops (and drops what waits) before those go.
    std::optional<ExportCompressor> compressor;
    QJsonArray systemsJson;
    BundleOutput output;
    ZipWriter& zip = output.zip();
    Summary summary;
    QJsonArray tablesJson;
    QList<QString> dataPaths; // per spool
    // How far the data files are written: each row counts twice (JSON and CSV), each table once more.
    qint64 units = 0, unitsDone = 0;

    Result<Summary> run();
    Status check();
    bool cancelled() const { return options.stop.stop_requested(); }
    void progress(const QString& step, double fraction = -1);
    ExportSpool* newSpool(const QString& system, const QString& systemName, const QString& source,
                          const QString& table);
    void hand(ExportSpool& s, bool last);
    void spoolRow(ExportSpool& s, const QVariantList& values);
    void handRows(ExportSpool& s);
    Status searchSystem(int si);
    Status spoolTables(const SystemInput& sys, QHash<QString, QList<ExportSpool*>>& bySource);
    Result<QJsonArray> searchProcessors(const SystemInput& sys, const QList<Identity>& learned);
    Status finishSpools();
    void placeDataFiles();
    Status written(const QString& step, qint64 more);
    Status writeReport();
    Status readBack(SealedSpool& f, const std::function<Status(const QByteArray&)>& use);
    Status writeData();
    Status writeTable(int i);
    Status writeManifest();
};

Status Export::check()
{
    if (Status s = BundleExporter::mayExport(request.type, request.status, request.humanId); !s)
        return s.error();
    // The report names who answers and where to complain; without them it is not sent.
    if (Status s = options.contacts.check(request.regulation); !s)
        return s.error();
    if (QFileInfo::exists(outFile))
        return makeError(Error::Code::Conflict,
                         tr("%1 exists already; choose another name or remove it first.").arg(outFile));
    if (options.encryption.isSet())
        if (Status s = Age::check(options.encryption); !s)
            return s.error();
    if (options.includeOthers && options.othersReason.trimmed().isEmpty())
        return makeError(
            Error::Code::InvalidInput,
            tr("Including data about other people needs a reason, which the bundle and the audit "
               "log keep."));
    withOthers = options.includeOthers || request.type == RequestType::Portability;
    dir = QFileInfo(outFile).absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(Error::Code::NotFound, tr("%1: no such folder.").arg(dir));
    for (const Identity& i : request.identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        identities << *n;
    }
    spoolDir.emplace(SealedSpool::newFolderTemplate());
    if (!spoolDir->isValid())
        return makeError(
            Error::Code::Storage,
            tr("%1: cannot make a temporary folder.").arg(QFileInfo(spoolDir->path()).absolutePath()));
    spoolKey = SealedSpool::newKey();
    if (spoolKey.isEmpty())
        return makeError(Error::Code::Storage, tr("The cryptography library could not be initialised."));
    return {};
}

void Export::progress(const QString& step, double fraction)
{
    // A new step always; the same step again only when it moved by half a percent.
    if (!options.progress || (step == lastStep && fraction - lastFraction < 0.005))
        return;
    lastStep = step;
    lastFraction = fraction;
    options.progress(step, fraction);
}

// On the compressor's thread: a table's serialised rows deflated and spooled (the CSV's header first);
// `last` once the search is done.
void Export::hand(ExportSpool& s, bool last)
{
    if (!s.csvStarted) {
        QStringList header;
        for (const QString& c : std::as_const(s.columns))
            header << BundleExporter::csvField(c);
        s.csvPending.prepend(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
        s.csvStarted = true;
    }
    compress(s, std::exchange(s.jsonPending, {}), std::exchange(s.csvPending, {}), last);
}

ExportSpool* Export::newSpool(const QString& system, const QString& systemName, const QString& source,
                              const QString& table)
{
    auto s = std::make_unique<ExportSpool>();
    s->system = system;
    s->systemName = systemName;
    s->source = source;
    s->table = table;
    s->json = std::make_unique<SealedSpool>(spoolDir->filePath(QStringLiteral("%1.json").arg(spools.size())),
                                            spoolKey);
    s->jsonPacked = std::make_unique<SealedSpool>(
        spoolDir->filePath(QStringLiteral("%1.json.z").arg(spools.size())), spoolKey);
    s->csvPacked = std::make_unique<SealedSpool>(
        spoolDir->filePath(QStringLiteral("%1.csv.z").arg(spools.size())), spoolKey);
    if (!s->json->open() || !s->jsonPacked->open() || !s->csvPacked->open())
        return nullptr;
    spools.push_back(std::move(s));
    return spools.back().get();
}

// The row as its JSON object and CSV line, each value serialised once (appendValue), in the order
// QJsonObject writes the members (sorted; a repeated column name: the last).
void Export::spoolRow(ExportSpool& s, const QVariantList& values)
{
    if (s.members.isEmpty() && !s.columns.isEmpty()) {
        QJsonObject order;
        for (int c = 0; c < s.columns.size(); ++c)
            order[s.columns[c]] = c;
        for (auto it = order.constBegin(); it != order.constEnd(); ++it) {
            const QByteArray one =
                QJsonDocument(QJsonObject{{it.key(), 0}}).toJson(QJsonDocument::Compact); // {"key":0}
            s.members << qMakePair(one.mid(1, one.size() - 3), it.value().toInt());
        }
    }
    const bool head = s.head.size() < options.reportRowsPerTable;
    QJsonArray headRow;
    if (head || values.size() != s.columns.size()) {
        for (int c = 0; c < values.size(); ++c)
            headRow << (c < s.withheld.size() && !s.withheld[c].isEmpty() && !values[c].isNull()
                            ? QJsonValue(s.withheld[c])
                            : StoredValue::json(values[c]));
    }
    // Straight into the blocks that wait for the compressor.
    QByteArray& json = s.jsonPending;
    QByteArray& line = s.csvPending;
    if (json.capacity() < kBlock) {
        json.reserve(kBlock + kBlock / 4);
        line.reserve(kBlock + kBlock / 4);
    }
    if (s.rows > 0)
        json += ",\n";
    if (values.size() == s.columns.size()) {
        // Each value's JSON and CSV text, once; then the object in member order.
        s.jsonValues.resize(values.size());
        for (int c = 0; c < values.size(); ++c) {
            QByteArray& j = s.jsonValues[c];
            j.resize(0); // keeps its memory for the next row (clear() would free it)
            if (c > 0)
                line += ',';
            BundleExporter::appendValue(values[c], s.withheld[c], j, line);
        }
        json += '{';
        bool firstMember = true;
        for (const auto& [key, column] : std::as_const(s.members)) {
            if (!firstMember)
                json += ',';
            firstMember = false;
            json += key;
            json += s.jsonValues[column];
        }
        json += '}';
    } else {
        QJsonObject o;
        for (int c = 0; c < s.columns.size(); ++c)
            o[s.columns[c]] = headRow.at(c);
        json += QJsonDocument(o).toJson(QJsonDocument::Compact);
        QStringList cells;
        for (int c = 0; c < s.columns.size(); ++c)
            cells << BundleExporter::csvField(BundleExporter::cellText(headRow.at(c)));
        line += cells.join(QLatin1Char(',')).toUtf8();
    }
    line += "\r\n";
    if (s.jsonPending.size() + s.csvPending.size() >= kBlock)
        hand(s, false);
    if (head)
        s.head << headRow;
    ++s.rows;
}

void Export::handRows(ExportSpool& s)
{
    compressor->submit([this, &s, rows = std::exchange(s.batch, {})] {
        for (const QVariantList& r : rows)
            spoolRow(s, r);
    });
}

// A data map's tables, each with a spool, by source.
Status Export::spoolTables(const SystemInput& sys, QHash<QString, QList<ExportSpool*>>& bySource)
{
    for (const DataSource& src : sys.map.sources) {
        for (const Table& t : src.tables) {
            ExportSpool* s = newSpool(sys.map.key, sys.map.name, src.key, t.name);
            if (!s)
                return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
            for (int f = 0; f < t.fields.size(); ++f) {
                s->columns << t.fields[f].name;
                s->categories << t.fields[f].categories;
            }
            markWithheld(*s);
            bySource[src.key] << s;
        }
    }
    return {};
}

// One system: its tables searched and spooled, then its processors'.
Status Export::searchSystem(int si)
{
    const SystemInput& sys = systems[si];
    progress(tr("Searching %1 (%2 of %3)").arg(sys.map.name).arg(si + 1).arg(systems.size()));
    QHash<QString, QList<ExportSpool*>> bySource;
    if (Status st = spoolTables(sys, bySource); !st)
        return st;
    Traversal::Options o;
    o.previewRows = 0;
    o.related = false;
    o.stop = options.stop;
    o.onRow = [&](const QString& source, int t, const QVariantList& values, bool, bool first, bool others) {
        ExportSpool* s = bySource.value(source).value(t);
        if (!s || !first)
            return;
        if (others && !withOthers) {
            QMutexLocker lock(&s->lock);
            ++s->othersLeftOut;
            ++othersLeftOut;
            return;
        }
        QMutexLocker lock(&s->lock);
        s->batch << values;
        if (s->batch.size() >= kRowsPerJob)
            handRows(*s);
    };
    auto dossier = Traversal::run(sys.map, sys.connections, identities, o);
    if (!dossier)
        return dossier.error();
    QJsonArray unreachable, errors;
    for (const DossierTable& t : dossier->tables) {
        if (!t.unreachable.isEmpty())
            unreachable << QJsonObject{{QStringLiteral("source"), t.source},
                                       {QStringLiteral("table"), t.table},
                                       {QStringLiteral("why"), t.unreachable}};
        if (!t.error.isEmpty())
            errors << QStringLiteral("%1.%2: %3").arg(t.source, t.table, t.error);
    }
    if (!errors.isEmpty())
        return makeError(Error::Code::Storage,
                         tr("%1: the search failed, so the bundle would be incomplete: %2")
                             .arg(sys.map.name, errors.first().toString()));
    auto processorProblems = searchProcessors(sys, dossier->learned);
    if (!processorProblems)
        return processorProblems.error();
    if (cancelled())
        return makeError(Error::Code::Cancelled, tr("The export was cancelled; no file was written."));
    QFile mapFile(sys.mapFile);
    QByteArray mapDigest;
    if (mapFile.open(QIODevice::ReadOnly))
        mapDigest = QCryptographicHash::hash(mapFile.readAll(), QCryptographicHash::Sha256).toHex();
    systemsJson << QJsonObject{{QStringLiteral("system"), sys.map.key},
                               {QStringLiteral("name"), sys.map.name},
                               {QStringLiteral("map_sha256"), QString::fromLatin1(mapDigest)},
                               {QStringLiteral("unreachable_tables"), unreachable},
                               {QStringLiteral("processor_problems"), *processorProblems}};
    return {};
}

// Processors: by the request's identities; those that look up by user id with the learned ids too. Their
// records spooled like tables; what went wrong at each, for the manifest.
Result<QJsonArray> Export::searchProcessors(const SystemInput& sys, const QList<Identity>& learned)
{
    QList<ProcessorHub::Job> now, later;
    for (const ProcessorHub::Job& j : sys.processors)
        (ProcessorConnections::waitsForUserIds(j.definition) ? later : now) << j;
    QList<ProcessorResult> found;
    if (!now.isEmpty())
        found += ProcessorHub::search(now, identities, options.stop);
    if (!later.isEmpty())
        found += ProcessorHub::search(later, identities + learned, options.stop);
    QJsonArray processorProblems;
    for (const ProcessorResult& r : std::as_const(found)) {
        for (const QString& e : r.errors)
            processorProblems << QStringLiteral("%1: %2").arg(r.processorName, e);
        for (const DossierTable& t : ProcessorConnections::asTables(r, std::numeric_limits<int>::max())) {
            if (!t.error.isEmpty())
                continue;
            ExportSpool* s = newSpool(sys.map.key, sys.map.name, t.source, t.table);
            if (!s)
                return makeError(Error::Code::Storage, tr("%1: cannot write temporary files.").arg(dir));
            s->processor = t.processor;
            s->columns = t.columns;
            s->categories = t.categories;
            markWithheld(*s);
            for (const DossierRow& row : t.rows) {
                s->batch << row.values;
                if (s->batch.size() >= kRowsPerJob)
                    handRows(*s);
            }
        }
    }
    return processorProblems;
}

// The last rows of every table to the compressor, and wait for it.
Status Export::finishSpools()
{
    for (const auto& sp : spools) {
        handRows(*sp);
        compressor->submit([this, s = sp.get()] { hand(*s, true); });
    }
    compressor->drain();
    for (const auto& sp : spools)
        if (sp->compressFailed)
            return makeError(Error::Code::Storage, tr("%1: cannot compress the exported rows.").arg(dir));
    return {};
}

// Each table's data files, under a path of its own.
void Export::placeDataFiles()
{
    QSet<QString> usedPaths;
    for (const auto& s : spools) {
        QString base =
            QStringLiteral("data/%1/%2/%3").arg(safeName(s->system), safeName(s->source), safeName(s->table));
        for (int n = 2; usedPaths.contains(base); ++n)
            base = QStringLiteral("data/%1/%2/%3_%4")
                       .arg(safeName(s->system), safeName(s->source), safeName(s->table))
                       .arg(n);
        usedPaths.insert(base);
        dataPaths << base;
    }
    for (const auto& s : spools)
        units += 2 * s->rows + 1;
}

Status Export::written(const QString& step, qint64 more)
{
    unitsDone += more;
    progress(step, units > 0 ? double(unitsDone) / double(units) : 1.0);
    if (cancelled())
        return makeError(Error::Code::Cancelled, tr("The export was cancelled; no file was written."));
    return {};
}

Status Export::writeReport()
{
    progress(tr("Writing the readable report"), units > 0 ? double(unitsDone) / double(units) : 0.0);
    if (Status st = zip.begin(QStringLiteral("index.html")); !st)
        return st;
    const QString h = ExportReport(request, systems, options, othersLeftOut, spools, dataPaths).page();
    if (Status st = zip.write(h.toUtf8()); !st)
        return st;
    return zip.end();
}

// Reads a spool back, piece by piece, into `use`; for the data entries.
Status Export::readBack(SealedSpool& f, const std::function<Status(const QByteArray&)>& use)
{
    if (!f.finish() || !f.rewind())
        return makeError(Error::Code::Storage, tr("%1: cannot read temporary files.").arg(f.fileName()));
    QByteArray chunk;
    while (!(chunk = f.read()).isEmpty())
        if (Status st = use(chunk); !st)
            return st;
    if (f.failed())
        return makeError(
            Error::Code::Storage,
            tr("%1: a temporary file was damaged while the bundle was written.").arg(f.fileName()));
    return {};
}

Status Export::writeData()
{
    for (int i = 0; i < int(spools.size()); ++i)
        if (Status st = writeTable(i); !st)
            return st;
    return {};
}

// A table's JSON and CSV entries, and its line in the manifest.
Status Export::writeTable(int i)
{
    ExportSpool& s = *spools[i];
    const QString step = tr("Writing %1 › %2 › %3").arg(s.systemName, s.source, s.table);
    if (Status st = written(step, 0); !st)
        return st;
    QJsonArray columns;
    for (int c = 0; c < s.columns.size(); ++c) {
        QJsonObject column{{QStringLiteral("name"), s.columns[c]},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(s.categories.value(c))}};
        if (!s.withheld.value(c).isEmpty())
            column[QStringLiteral("withheld")] = s.withheld[c];
        columns << column;
    }
    // JSON: the table's description, then its rows, one object per row. The rows were deflated
    // during the search as a segment of their own; the description (which counts them) and the end
    // are deflated now around it, and the digest is taken over the rows as kept.
    if (Status st = zip.beginRaw(dataPaths[i] + QStringLiteral(".json")); !st)
        return st;
    QJsonObject head{{QStringLiteral("system"), s.system},
                     {QStringLiteral("source"), s.source},
                     {QStringLiteral("table"), s.table},
                     {QStringLiteral("columns"), columns},
                     {QStringLiteral("rows"), s.rows}};
    QByteArray start = QJsonDocument(head).toJson(QJsonDocument::Compact);
    start.chop(1); // the closing brace: the rows follow
    start += ",\"data\":[\n";
    const QByteArray end = "\n]}\n";
    Sha256 hash;
    hash.addData(start);
    Deflater first, last;
    QByteArray packed;
    if (!first.add(start, packed, 1))
        return makeError(Error::Code::Storage, tr("%1: cannot compress %2.").arg(dir, step));
    if (Status st = zip.writeRaw(packed); !st)
        return st;
    if (Status st = readBack(*s.jsonPacked, [&](const QByteArray& c) { return zip.writeRaw(c); }); !st)
        return st;
    if (Status st = readBack(*s.json,
                             [&](const QByteArray& c) {
                                 hash.addData(c);
                                 return written(step, c.count('\n'));
                             });
        !st)
        return st;
    hash.addData(end);
    packed.clear();
    if (!last.add(end, packed, 2))
        return makeError(Error::Code::Storage, tr("%1: cannot compress %2.").arg(dir, step));
    if (Status st = zip.writeRaw(packed); !st)
        return st;
    quint32 crc = quint32(crc32_combine64(first.crc(), s.jsonCrc, s.jsonSize));
    crc = quint32(crc32_combine64(crc, last.crc(), last.size()));
    if (Status st = zip.endRaw(crc, first.size() + s.jsonSize + last.size(), hash.result()); !st)
        return st;
    // CSV: a header, then the rows, compressed and hashed whole during the search.
    if (Status st = zip.beginRaw(dataPaths[i] + QStringLiteral(".csv")); !st)
        return st;
    if (Status st = readBack(*s.csvPacked, [&](const QByteArray& c) { return zip.writeRaw(c); }); !st)
        return st;
    if (Status st = zip.endRaw(s.csvCrc, s.csvSize, s.csvSha256); !st)
        return st;
    if (Status st = written(step, s.rows + (s.rows > 0 ? 2 : 1)); !st) // the JSON's last row has no line end
        return st;
    summary.rows += s.rows;
    ++summary.tables;
    QJsonObject t{{QStringLiteral("system"), s.system},
                  {QStringLiteral("source"), s.source},
                  {QStringLiteral("table"), s.table},
                  {QStringLiteral("rows"), s.rows},
                  {QStringLiteral("json"), dataPaths[i] + QStringLiteral(".json")},
                  {QStringLiteral("csv"), dataPaths[i] + QStringLiteral(".csv")},
                  {QStringLiteral("columns"), columns}};
    if (!s.processor.isEmpty())
        t[QStringLiteral("processor_connection")] = s.processor;
    if (s.othersLeftOut > 0)
        t[QStringLiteral("about_others_left_out")] = s.othersLeftOut;
    tablesJson << t;
    return {};
}

Status Export::writeManifest()
{
    QJsonArray ids;
    for (const Identity& i : identities)
        ids << QJsonObject{{QStringLiteral("kind"), Names::key(i.kind)}, {QStringLiteral("value"), i.value}};
    summary.manifest = QJsonObject{
        {QStringLiteral("lethe_bundle"), 1},
        {QStringLiteral("request"), request.humanId},
        {QStringLiteral("type"), Names::key(request.type)},
        {QStringLiteral("regulation"), Names::key(request.regulation)},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("name"), request.subjectName}, {QStringLiteral("identities"), ids}}},
        {QStringLiteral("generated"), options.generated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("program"), QStringLiteral("Lethe %1").arg(options.programVersion)},
        {QStringLiteral("systems"), systemsJson},
        {QStringLiteral("tables"), tablesJson},
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("about_others"),
         QJsonObject{{QStringLiteral("included"), withOthers},
                     {QStringLiteral("reason"), withOthers ? options.othersReason : QString()},
                     {QStringLiteral("left_out"), othersLeftOut.load()}}},
        {QStringLiteral("formats"),
         QJsonObject{
             {QStringLiteral("json"),
              QStringLiteral("UTF-8 JSON per table: system, source, table, columns (name, data "
                             "categories and, for a column of secrets, why its values are withheld), rows "
                             "(count) and data (one object per row, keyed by "
                             "column)")},
             {QStringLiteral("csv"),
              QStringLiteral("RFC 4180, UTF-8, CRLF, a header row; a value starting with = + - @ has "
                             "an apostrophe put in front so spreadsheets do not run it")}}},
    };
    if (Status st = zip.begin(QStringLiteral("manifest.json")); !st)
        return st;
    if (Status st = zip.write(QJsonDocument(summary.manifest).toJson(QJsonDocument::Indented)); !st)
        return st;
    return zip.end();
}

Result<BundleExporter::Summary> Export::run()
{
    if (Status s = check(); !s)
        return s.error();

    // 1. Search, spooling every row.
    compressor.emplace();
    for (int si = 0; si < systems.size(); ++si)
        if (Status s = searchSystem(si); !s)
            return s.error();
    if (Status s = finishSpools(); !s)
        return s.error();

    // 2. The ZIP, streamed entry by entry into NAME.part (encrypted as it is written, when asked).
    if (Status s = output.open(outFile, options.generated, options.encryption); !s)
        return s.error();
    auto abandon = [&](const Error& e) { return output.abandon(e); };
    const bool portability = request.type == RequestType::Portability;
    placeDataFiles();

    // An access bundle leads with the readable report; a portability bundle with the data.
    Status st = portability ? writeData() : writeReport();
    if (st)
        st = portability ? writeReport() : writeData();
    if (st)
        st = writeManifest();
    if (!st)
        return abandon(st.error());
    progress(tr("Signing"), 1.0);
    if (Status s2 = zip.seal(options.sign); !s2)
        return abandon(s2.error());
    summary.files = int(zip.entries().size());
    if (Status s2 = output.commit(); !s2)
        return s2.error();
    return summary;
}

} // namespace

Result<BundleExporter::Summary> BundleExporter::write(const Request& request,
                                                      const QList<SystemInput>& systems,
                                                      const QString& outFile, const Options& options)
{
    return Export(request, systems, outFile, options).run();
}

} // namespace lethe
