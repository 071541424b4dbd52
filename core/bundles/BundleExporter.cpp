#include "BundleExporter.h"

#include "StoredValue.h"

#include "BundleOutput.h"

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
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <utility>

namespace lethe {

namespace {

// One table's rows, spooled while the search runs already in the form they take in the bundle: each row's
// JSON object (",\n" between rows) and its CSV line, so writing the ZIP only copies bytes. The first rows are
// kept for index.html. A row the search finds again is not spooled again: the traversal says which rows it
// meets for the first time, so nothing here grows with the rows.
struct Spool
{
    QString system;
    QString systemName;
    QString source;
    QString table;
    QString processor; // set for a processor's lookup
    QStringList columns;
    QList<QStringList> categories;
    // Per column: why its values are withheld (a secret: ReportText::withheldReason), or empty.
    QStringList withheld;
    bool anyWithheld = false;
    // Spools are encrypted under a key held only in memory (SealedSpool). The JSON rows are kept as they are
    // (its file's SHA-256 needs the header first, which holds the row count) and deflated; the CSV (header
    // first) only deflated, hashed as it goes.
    std::unique_ptr<SealedSpool> json;
    std::unique_ptr<SealedSpool> jsonPacked;
    std::unique_ptr<SealedSpool> csvPacked;
    // Rows found and not yet handed to the compressor (search thread, under `lock`).
    QList<QVariantList> batch;
    // The compressor's: serialised rows waiting to be deflated.
    QByteArray jsonPending;
    QByteArray csvPending;
    bool csvStarted = false;
    // The compressor's (one thread, in order): deflaters alive from a table's first block to its last.
    std::unique_ptr<Deflater> jsonDeflater;
    std::unique_ptr<Deflater> csvDeflater;
    Sha256 csvHash;
    QByteArray packed;
    quint32 jsonCrc = 0, csvCrc = 0;
    qint64 jsonSize = 0, csvSize = 0;
    QByteArray csvSha256;
    bool compressFailed = false;
    QList<QJsonArray> head; // the first rows, for index.html
    // The JSON object's members in the order QJsonObject writes them: "key": and the column.
    QList<QPair<QByteArray, int>> members;
    // Reused for every row: each value's JSON.
    QList<QByteArray> jsonValues;
    qint64 rows = 0;
    qint64 othersLeftOut = 0; // rows about other people, not written
    QString error;
    QMutex lock;
};

// The second core's share of an export: the spooled rows of each table, deflated (Deflater) and sealed
// while the search goes on, so writing the ZIP afterwards mostly copies. One thread, jobs in the order given;
// at most kWaiting jobs wait, so the search slows to its pace rather than filling memory.
class Compressor
{
public:
    Compressor() : m_thread([this] { run(); }) {}
    ~Compressor()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_jobs.clear(); // a failed or cancelled export: what waits is not needed
        }
        m_changed.notify_all();
        m_thread.join();
    }
    void submit(std::function<void()> job)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_jobs.size() < kWaiting; });
        m_jobs.push_back(std::move(job));
        m_changed.notify_all();
    }
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_jobs.empty() && !m_busy; });
    }

private:
    // Since the search got faster than this thread, the queue is full most of the time: what waits is
    // memory (about 500 bytes a row), so little waits.
    static constexpr size_t kWaiting = 3;
    void run()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || !m_jobs.empty(); });
                if (m_stop)
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                m_busy = true;
                m_changed.notify_all();
            }
            job();
            {
                std::lock_guard lock(m_mutex);
                m_busy = false;
            }
            m_changed.notify_all();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is ready
};

// A table's rows, `json` and `csv` in the form they take in the bundle, compressed on the compressor's
// thread; `last`: the table's last block (its deflate segments end, its CSV's digest is made).
void compress(Spool& s, const QByteArray& json, const QByteArray& csv, bool last)
{
    if (s.compressFailed)
        return;
    if (!s.jsonDeflater) {
        s.jsonDeflater = std::make_unique<Deflater>();
        s.csvDeflater = std::make_unique<Deflater>();
    }
    s.json->write(json);
    s.packed.clear();
    s.jsonDeflater->add(json, s.packed, last ? 1 : 0); // the file's header and end are added around it
    s.jsonPacked->write(s.packed);
    s.csvHash.addData(csv);
    s.packed.clear();
    s.csvDeflater->add(csv, s.packed, last ? 2 : 0);
    s.csvPacked->write(s.packed);
    s.compressFailed = s.jsonDeflater->failed() || s.csvDeflater->failed();
    if (last) {
        s.jsonCrc = s.jsonDeflater->crc();
        s.jsonSize = s.jsonDeflater->size();
        s.csvCrc = s.csvDeflater->crc();
        s.csvSize = s.csvDeflater->size();
        s.csvSha256 = s.csvHash.result();
        s.jsonDeflater.reset();
        s.csvDeflater.reset();
        s.packed = QByteArray();
    }
}

QString safeName(const QString& name)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString s = name;
    s.replace(bad, QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("_") : s.left(80);
}

QString html(const QString& s)
{
    return s.toHtmlEscaped();
}

// Which columns hold secrets, withheld from the data files and the report with the reason.
void markWithheld(Spool& s)
{
    s.withheld.clear();
    for (int c = 0; c < s.columns.size(); ++c) {
        s.withheld << ReportText::withheldReason(s.columns[c], s.categories.value(c));
        s.anyWithheld = s.anyWithheld || !s.withheld.last().isEmpty();
    }
}

} // namespace

QString BundleExporter::reportRowStart(const QString& dataFile, qint64 row)
{
    return QStringLiteral("<tr data-file=\"%1\" data-row=\"%2\">").arg(html(dataFile)).arg(row);
}

QString BundleExporter::reportCells(const QStringList& texts)
{
    QString h;
    for (const QString& t : texts) {
        // NULL (a null text) is marked as having no value, never shown as an empty string.
        h += t.isNull() ? QStringLiteral("<td class=\"none\">%1</td>").arg(html(StoredValue::noValue()))
                        : QStringLiteral("<td>%1</td>").arg(html(t));
    }
    return h;
}

QString BundleExporter::cellText(const QJsonValue& v)
{
    return StoredValue::text(v);
}

QString BundleExporter::reportCellText(const QString& column, const QJsonValue& v)
{
    const QString date = ReportText::epochAsDate(column, v);
    return date.isNull() ? cellText(v) : date;
}

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

bool BundleExporter::spreadsheetWouldEvaluate(const QString& v)
{
    // A spreadsheet treats a cell starting with =, +, - or @ (or a tab or carriage return before one) as a
    // formula. A number (-12.50, +3, 1e-5) or a phone number (+44 20 7946 0018, +442079460018) holds no
    // function and no reference, so it is kept exactly as stored; anything else starting so gets an
    // apostrophe.
    if (v.isEmpty() || !QStringLiteral("=+-@\t\r").contains(v.front()))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
    static const QRegularExpression phone(QStringLiteral("^\\+\\d[\\d ().-]*\\d$"));
    return !number.match(v).hasMatch() && !phone.match(v).hasMatch();
}

QString BundleExporter::csvField(const QString& value)
{
    // NULL (a null text) is an empty field; an empty string is a quoted one (""), as PostgreSQL's COPY writes
    // them, so the two are not confused.
    if (value.isNull())
        return {};
    if (value.isEmpty())
        return QStringLiteral("\"\"");
    QString v = value;
    if (spreadsheetWouldEvaluate(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

namespace {

// Whether QJsonDocument writes this text as it is between quotes (printable ASCII but " and \), and
// whether csvField leaves it as it is (none of , ' and not starting with = + - @).
struct Plain
{
    bool json = true;
    bool csv = true;
};
Plain plainAscii(const QString& s)
{
    Plain p;
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
            return {false, false};
        if (u == u',' || u == u'\'')
            p.csv = false;
    }
    if (s.isEmpty() || QStringView(u"=+-@").contains(s.front()))
        p.csv = false;
    return p;
}

// Appends text known to be ASCII, without a QByteArray in between.
void appendAscii(QByteArray& out, const QString& s)
{
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char* to = out.data() + at;
    for (const QChar ch : s)
        *to++ = char(ch.unicode());
}

} // namespace

void BundleExporter::appendValue(const QVariant& v, const QString& withheld, QByteArray& json,
                                 QByteArray& csv)
{
    if (!v.isValid() || v.isNull()) {
        json += "null"; // and an empty CSV field
        return;
    }
    auto text = [&](const QString& s) {
        const Plain p = plainAscii(s);
        if (!p.json) {
            const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
            json.append(array.constData() + 1, array.size() - 2);
        } else {
            json += '"';
            appendAscii(json, s);
            json += '"';
        }
        if (p.csv && p.json)
            appendAscii(csv, s);
        else
            csv += csvField(s.isNull() ? QString(QLatin1String("")) : s).toUtf8();
    };
    if (!withheld.isEmpty()) {
        text(withheld);
        return;
    }
    // Numbers as StoredValue::json makes them and QJsonDocument writes them: whole ones below 2^53 as
    // integers, other finite ones shortest; a number never needs quoting or an apostrophe in CSV.
    auto whole = [&](qint64 n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr; // as QByteArray::number
        json.append(digits, end - digits);
        csv.append(digits, end - digits);
    };
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
        if (const qint64 n = v.toLongLong(); qAbs(n) < (1LL << 53))
            return whole(n);
        break;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar:
        if (const quint64 n = v.toULongLong(); n < (1ULL << 53))
            return whole(qint64(n));
        break;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9007199254740992.0 && !(d == 0 && std::signbit(d))) {
            if (d == std::trunc(d))
                return whole(qint64(d));
            const QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            json += shortest;
            csv += shortest;
            return;
        }
        break;
    }
    case QMetaType::QString:
        return text(*static_cast<const QString*>(v.constData())); // no copy of the text
    default:
        break;
    }
    // Anything else (bytes, dates, JSON, text beyond ASCII's plain range) the general way.
    const QJsonValue value = StoredValue::json(v);
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    json.append(array.constData() + 1, array.size() - 2);
    csv += csvField(cellText(value)).toUtf8();
}

Result<BundleExporter::Summary> BundleExporter::write(const Request& request,
                                                      const QList<SystemInput>& systems,
                                                      const QString& outFile, const Options& options)
{
    if (Status s = mayExport(request.type, request.status, request.humanId); !s)
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
    // What the subject provided about others goes with a portability copy; an access copy leaves it out
    // unless the officer includes it.
    const bool withOthers = options.includeOthers || request.type == RequestType::Portability;
    std::atomic<qint64> othersLeftOut{0};
    const QString dir = QFileInfo(outFile).absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(Error::Code::NotFound, tr("%1: no such folder.").arg(dir));
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    QString lastStep;
    double lastFraction = -1;
    auto progress = [&](const QString& step, double fraction = -1) {
        // A new step always; the same step again only when it moved by half a percent.
        if (!options.progress || (step == lastStep && fraction - lastFraction < 0.005))
            return;
        lastStep = step;
        lastFraction = fraction;
        options.progress(step, fraction);
    };
    QList<Identity> identities;
    for (const Identity& i : request.identities) {
        auto n = Validation::normalizeIdentity(i);
        if (!n)
            return n.error();
        identities << *n;
    }
    // The rows wait in a private folder of the user's cache, encrypted under a key that only this process
    // holds: a kill leaves nothing readable, and the next start removes what is left.
    QTemporaryDir spoolDir(SealedSpool::newFolderTemplate());
    if (!spoolDir.isValid())
        return makeError(
            Error::Code::Storage,
            tr("%1: cannot make a temporary folder.").arg(QFileInfo(spoolDir.path()).absolutePath()));
    const QByteArray spoolKey = SealedSpool::newKey();
    if (spoolKey.isEmpty())
        return makeError(Error::Code::Storage, tr("The cryptography library could not be initialised."));

    // 1. Search, spooling every row.
    std::vector<std::unique_ptr<Spool>> spools;
    constexpr qsizetype kBlock = 256 * 1024;
    // On the compressor's thread: a table's serialised rows deflated and spooled (the CSV's header first);
    // `last` once the search is done.
    auto hand = [&](Spool& s, bool last) {
        if (!s.csvStarted) {
            QStringList header;
            for (const QString& c : std::as_const(s.columns))
                header << csvField(c);
            s.csvPending.prepend(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
            s.csvStarted = true;
        }
        compress(s, std::exchange(s.jsonPending, {}), std::exchange(s.csvPending, {}), last);
    };
    auto newSpool = [&](const QString& system, const QString& systemName, const QString& source,
                        const QString& table) -> Spool* {
        auto s = std::make_unique<Spool>();
        s->system = system;
        s->systemName = systemName;
        s->source = source;
        s->table = table;
        s->json = std::make_unique<SealedSpool>(
            spoolDir.filePath(QStringLiteral("%1.json").arg(spools.size())), spoolKey);
        s->jsonPacked = std::make_unique<SealedSpool>(
            spoolDir.filePath(QStringLiteral("%1.json.z").arg(spools.size())), spoolKey);
        s->csvPacked = std::make_unique<SealedSpool>(
            spoolDir.filePath(QStringLiteral("%1.csv.z").arg(spools.size())), spoolKey);
        if (!s->json->open() || !s->jsonPacked->open() || !s->csvPacked->open())
            return nullptr;
        spools.push_back(std::move(s));
        return spools.back().get();
    };
    // The row as its JSON object and CSV line, each value serialised once (appendValue), in the order
    // QJsonObject writes the members (sorted; a repeated column name: the last).
    auto spoolRow = [&](Spool& s, const QVariantList& values) {
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
                appendValue(values[c], s.withheld[c], j, line);
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
                cells << csvField(cellText(headRow.at(c)));
            line += cells.join(QLatin1Char(',')).toUtf8();
        }
        line += "\r\n";
        if (s.jsonPending.size() + s.csvPending.size() >= kBlock)
            hand(s, false);
        if (head)
            s.head << headRow;
        ++s.rows;
    };
    // The search's thread only collects each table's rows; the compressor's thread serialises them
    // (spoolRow), deflates and spools them, in the order found. Declared after what its jobs use, so it
    // stops (and drops what waits) before those go.
    Compressor compressor;
    constexpr int kRowsPerJob = 1024;
    auto handRows = [&](Spool& s) {
        compressor.submit([&s, &spoolRow, rows = std::exchange(s.batch, {})] {
            for (const QVariantList& r : rows)
                spoolRow(s, r);
        });
    };
    QJsonArray systemsJson;
    for (int si = 0; si < systems.size(); ++si) {
        const SystemInput& sys = systems[si];
        progress(tr("Searching %1 (%2 of %3)").arg(sys.map.name).arg(si + 1).arg(systems.size()));
        QHash<QString, QList<Spool*>> bySource;
        for (const DataSource& src : sys.map.sources) {
            for (const Table& t : src.tables) {
                Spool* s = newSpool(sys.map.key, sys.map.name, src.key, t.name);
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
        Traversal::Options o;
        o.previewRows = 0;
        o.related = false;
        o.cancel = options.cancel;
        o.onRow = [&](const QString& source, int t, const QVariantList& values, bool, bool first,
                      bool others) {
            Spool* s = bySource.value(source).value(t);
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
        // Processors: by the request's identities; those that look up by user id with the learned ids too.
        QList<ProcessorHub::Job> now, later;
        for (const ProcessorHub::Job& j : sys.processors)
            (ProcessorConnections::waitsForUserIds(j.definition) ? later : now) << j;
        QList<ProcessorResult> found;
        if (!now.isEmpty())
            found += ProcessorHub::search(now, identities, options.cancel);
        if (!later.isEmpty())
            found += ProcessorHub::search(later, identities + dossier->learned, options.cancel);
        QJsonArray processorProblems;
        for (const ProcessorResult& r : std::as_const(found)) {
            for (const QString& e : r.errors)
                processorProblems << QStringLiteral("%1: %2").arg(r.processorName, e);
            for (const DossierTable& t : ProcessorConnections::asTables(r, std::numeric_limits<int>::max())) {
                if (!t.error.isEmpty())
                    continue;
                Spool* s = newSpool(sys.map.key, sys.map.name, t.source, t.table);
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
                                   {QStringLiteral("processor_problems"), processorProblems}};
    }

    // The last rows of every table to the compressor, and wait for it.
    for (const auto& sp : spools) {
        handRows(*sp);
        compressor.submit([&hand, s = sp.get()] { hand(*s, true); });
    }
    compressor.drain();
    for (const auto& sp : spools)
        if (sp->compressFailed)
            return makeError(Error::Code::Storage, tr("%1: cannot compress the exported rows.").arg(dir));

    // 2. The ZIP, streamed entry by entry into NAME.part (encrypted as it is written, when asked).
    BundleOutput output;
    if (Status s = output.open(outFile, options.generated, options.encryption); !s)
        return s.error();
    ZipWriter& zip = output.zip();
    auto abandon = [&](const Error& e) { return output.abandon(e); };
    const bool portability = request.type == RequestType::Portability;
    Summary summary;

    QJsonArray tablesJson;
    QSet<QString> usedPaths;
    QList<QString> dataPaths; // per spool
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

    // How far the data files are written: each row counts twice (JSON and CSV), each table once more.
    qint64 units = 0, unitsDone = 0;
    for (const auto& s : spools)
        units += 2 * s->rows + 1;
    auto written = [&](const QString& step, qint64 more) -> Status {
        unitsDone += more;
        progress(step, units > 0 ? double(unitsDone) / double(units) : 1.0);
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("The export was cancelled; no file was written."));
        return {};
    };
    auto writeReport = [&]() -> Status {
        progress(tr("Writing the readable report"), units > 0 ? double(unitsDone) / double(units) : 0.0);
        if (Status st = zip.begin(QStringLiteral("index.html")); !st)
            return st;
        // A CCPA/CPRA request is answered in the statute's terms; the others in the GDPR's (Art. 15).
        const bool ccpa = request.regulation == Regulation::Ccpa;
        const ReportContacts& contacts = options.contacts;
        QString h;
        //: The language of the report (index.html) as a BCP 47 tag: de in the German translation.
        const QString language = tr("en");
        h +=
            QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%2\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
                "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}"
                "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}td,th{border:1px solid "
                "#ccc;"
                "padding:.2em .5em;text-align:left;vertical-align:top}th{background:#f2f2f2}h2{border-bottom:"
                "2px solid "
                "#ddd;padding-bottom:.2em}.note{color:#555}td.none{color:#888;font-style:italic}"
                "dt{font-weight:bold;margin-top:.4em}</style></head><body>\n")
                .arg(html(tr("Your data: %1").arg(request.humanId)), html(language));
        h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                 .arg(html(ccpa ? tr("The personal information we hold about you")
                                : tr("The personal data we hold about you")),
                      html(tr("Request %1 (%2, %3), prepared for %4 on %5.")
                               .arg(request.humanId, Names::display(request.type),
                                    Names::display(request.regulation), request.subjectName,
                                    options.generated.toUTC().toString(Qt::ISODate))));
        h +=
            QStringLiteral("<p>%1</p>\n")
                .arg(html(tr("From %1. This page says first what we hold, why, for how long and who receives "
                             "it, then your rights and how to reach us; your data follows, system by system.")
                              .arg(contacts.controllerName)));
        h +=
            QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(html(
                    tr("Every table below is also in the data folder of this file as JSON and CSV, complete; "
                       "this page shows the first %1 rows of each.")
                        .arg(options.reportRowsPerTable)));
        if (othersLeftOut > 0)
            h += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(html(tr("%n row(s) held in your account about other people (for example contacts "
                                  "or leads you keep, and messages sent to them) are not in this copy: they "
                                  "are other people's personal data (GDPR Art. 15(4)).",
                                  nullptr, int(othersLeftOut.load()))));
        // What each system holds of the subject: its tables with rows.
        QList<QList<int>> held(systems.size());
        for (int i = 0; i < int(spools.size()); ++i) {
            if (spools[i]->rows == 0)
                continue;
            for (int si = 0; si < systems.size(); ++si)
                if (systems[si].map.key == spools[i]->system) {
                    held[si] << i;
                    break;
                }
        }
        auto categoriesOf = [&](const QList<int>& tables) {
            QList<QStringList> all;
            for (int i : tables)
                all += spools[i]->categories;
            return ccpa ? ReportText::describeCcpa(all) : ReportText::describe(all);
        };
        auto recipientsOf = [&](const DataMap& map) {
            QStringList out;
            for (const Recipient& r : map.art15.recipients) {
                QString line = r.name;
                // The CCPA calls a processor a service provider.
                if (!r.role.isEmpty())
                    line += QStringLiteral(" (%1)").arg(
                        ccpa && r.role == QLatin1String("processor") ? tr("service provider") : r.role);
                if (!r.purpose.isEmpty())
                    line = QStringLiteral("%1: %2").arg(line, r.purpose);
                out << line;
            }
            return out;
        };
        auto list = [&](const QString& title, const QStringList& items) {
            if (items.isEmpty())
                return;
            h += QStringLiteral("<h3>%1</h3><ul>").arg(html(title));
            for (const QString& i : items)
                h += QStringLiteral("<li>%1</li>").arg(html(i));
            h += QStringLiteral("</ul>\n");
        };
        const QString notStated = tr("Not stated in the data map.");

        // Contents.
        h += QStringLiteral("<h2 id=\"contents\">%1</h2>\n<ol>").arg(html(tr("Contents")));
        h += QStringLiteral("<li><a href=\"#summary\">%1</a></li>").arg(html(tr("Summary")));
        h += QStringLiteral("<li><a href=\"#rights\">%1</a></li>").arg(html(tr("Your rights")));
        h += QStringLiteral("<li><a href=\"#contact\">%1</a></li>")
                 .arg(html(tr("Who we are and how to reach us")));
        for (int si = 0; si < systems.size(); ++si) {
            h += QStringLiteral("<li><a href=\"#s%1\">%2</a>").arg(si).arg(html(systems[si].map.name));
            if (!held[si].isEmpty()) {
                h += QStringLiteral("<ol>");
                for (int i : std::as_const(held[si]))
                    h += QStringLiteral("<li><a href=\"#t%1\">%2 › %3</a> (%4)</li>")
                             .arg(i)
                             .arg(html(spools[i]->source), html(spools[i]->table),
                                  html(tr("%n row(s)", nullptr, int(spools[i]->rows))));
                h += QStringLiteral("</ol>");
            }
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ol>\n");

        // Summary: what we hold, why, how long, who receives it.
        h += QStringLiteral("<h2 id=\"summary\">%1</h2>\n").arg(html(tr("Summary")));
        for (int si = 0; si < systems.size(); ++si) {
            const DataMap& map = systems[si].map;
            qint64 rows = 0;
            for (int i : std::as_const(held[si]))
                rows += spools[i]->rows;
            h += QStringLiteral("<h3>%1</h3>\n<dl>").arg(html(map.name));
            auto item = [&](const QString& term, const QStringList& values) {
                h += QStringLiteral("<dt>%1</dt>").arg(html(term));
                for (const QString& v : values)
                    h += QStringLiteral("<dd>%1</dd>").arg(html(v));
            };
            QStringList what{rows == 0 ? tr("Nothing about you.")
                                       : tr("%n row(s) about you in %1.", nullptr, int(rows))
                                             .arg(tr("%n table(s)", nullptr, int(held[si].size())))};
            what += categoriesOf(held[si]);
            item(tr("What we hold"), what);
            item(ccpa ? tr("Why (business or commercial purposes)") : tr("Why"),
                 map.art15.purposes.isEmpty() ? QStringList{notStated} : map.art15.purposes);
            item(tr("How long"),
                 map.art15.retention.isEmpty() ? QStringList{notStated} : map.art15.retention);
            const QStringList recipients = recipientsOf(map);
            item(tr("Who receives it"),
                 recipients.isEmpty() ? QStringList{tr("No one outside us.")} : recipients);
            h += QStringLiteral("</dl>\n");
        }

        // Your rights, and where to complain.
        h += QStringLiteral("<h2 id=\"rights\">%1</h2>\n").arg(html(tr("Your rights")));
        for (const QString& p : ReportText::rights(request.regulation))
            h += QStringLiteral("<p>%1</p>\n").arg(html(p));
        for (const QString& p : ReportText::complaint(request.regulation, contacts))
            h += QStringLiteral("<p>%1</p>\n").arg(html(p));

        // Who we are.
        h += QStringLiteral("<h2 id=\"contact\">%1</h2>\n<dl>")
                 .arg(html(tr("Who we are and how to reach us")));
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd><dd>%3</dd>")
                 .arg(html(ccpa ? tr("The business") : tr("The controller")), html(contacts.controllerName),
                      html(contacts.controllerContact));
        if (!contacts.dpoContact.isEmpty())
            h += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                     .arg(html(ccpa ? tr("Privacy contact") : tr("Data protection officer")),
                          html(contacts.dpoContact));
        h += QStringLiteral("</dl>\n");

        // System by system: the facts, then the data.
        for (int si = 0; si < systems.size(); ++si) {
            const DataMap& map = systems[si].map;
            h += QStringLiteral("<h2 id=\"s%1\">%2</h2>\n").arg(si).arg(html(map.name));
            if (!map.description.isEmpty())
                h += QStringLiteral("<p>%1</p>\n").arg(html(map.description));
            if (ccpa) {
                list(tr("Categories of personal information"), categoriesOf(held[si]));
                QStringList sources{tr("You, and your use of our services")};
                sources += map.art15.sources;
                list(tr("Categories of sources"), sources);
                list(tr("Business or commercial purposes"), map.art15.purposes);
                list(tr("Categories of third parties to whom we disclose it"), recipientsOf(map));
                list(tr("Sold or shared"),
                     {map.art15.soldOrShared.isEmpty() ? notStated : map.art15.soldOrShared});
                list(tr("How long we keep it"), map.art15.retention);
            } else {
                list(tr("Categories of personal data"), categoriesOf(held[si]));
                list(tr("Why we process it"), map.art15.purposes);
                list(tr("Legal bases"), map.art15.legalBases);
                list(tr("Who receives it"), recipientsOf(map));
                list(tr("How long we keep it"), map.art15.retention);
                list(tr("Where it came from, if not from you"), map.art15.sources);
                QStringList transfers;
                for (const Transfer& t : map.art15.transfers)
                    transfers << QStringLiteral("%1 (%2)").arg(t.to, t.safeguard);
                list(tr("Transfers outside your country"), transfers);
                list(tr("Automated decisions"),
                     {map.art15.automatedDecisions.isEmpty() ? tr("None.") : map.art15.automatedDecisions});
            }
            for (int i : std::as_const(held[si])) {
                Spool& s = *spools[i];
                h += QStringLiteral("<h3 id=\"t%1\">%2 › %3 (%4)</h3>\n")
                         .arg(i)
                         .arg(html(s.source), html(s.table), html(tr("%n row(s)", nullptr, int(s.rows))));
                const QStringList categories =
                    ccpa ? ReportText::describeCcpa(s.categories) : ReportText::describe(s.categories);
                if (!categories.isEmpty())
                    h += QStringLiteral("<p class=\"note\">%1</p>\n")
                             .arg(html(categories.join(QStringLiteral("; "))));
                h += QStringLiteral("<table><tr>");
                for (const QString& c : std::as_const(s.columns))
                    h += QStringLiteral("<th>%1</th>").arg(html(c));
                h += QStringLiteral("</tr>\n");
                for (int r = 0; r < s.head.size(); ++r) {
                    const QJsonArray& row = s.head[r];
                    // Which data file and row this is, so a redaction can find the row again (one per line).
                    h += reportRowStart(dataPaths[i] + QStringLiteral(".json"), r);
                    QStringList texts;
                    for (int c = 0; c < row.size(); ++c)
                        texts << reportCellText(s.columns.value(c), row.at(c));
                    h += reportCells(texts) + QStringLiteral("</tr>\n");
                }
                h += QStringLiteral("</table>\n");
            }
        }
        h += QStringLiteral("</body></html>\n");
        if (Status st = zip.write(h.toUtf8()); !st)
            return st;
        return zip.end();
    };

    // Reads a spool back, piece by piece, into `use`; for the data entries.
    auto readBack = [&](SealedSpool& f, const std::function<Status(const QByteArray&)>& use) -> Status {
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
    };
    auto writeData = [&]() -> Status {
        for (int i = 0; i < int(spools.size()); ++i) {
            Spool& s = *spools[i];
            const QString step = tr("Writing %1 › %2 › %3").arg(s.systemName, s.source, s.table);
            if (Status st = written(step, 0); !st)
                return st;
            QJsonArray columns;
            for (int c = 0; c < s.columns.size(); ++c) {
                QJsonObject column{
                    {QStringLiteral("name"), s.columns[c]},
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
            if (Status st = readBack(*s.jsonPacked, [&](const QByteArray& c) { return zip.writeRaw(c); });
                !st)
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
            if (Status st = written(step, s.rows + (s.rows > 0 ? 2 : 1));
                !st) // the JSON's last row has no line end
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
        }
        return {};
    };

    auto writeManifest = [&]() -> Status {
        QJsonArray ids;
        for (const Identity& i : identities)
            ids << QJsonObject{{QStringLiteral("kind"), Names::key(i.kind)},
                               {QStringLiteral("value"), i.value}};
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
                  QStringLiteral(
                      "UTF-8 JSON per table: system, source, table, columns (name, data "
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
    };

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

} // namespace lethe
