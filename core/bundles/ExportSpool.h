#pragma once

// Inside BundleExporter: a table's rows spooled while the search runs, and the thread that compresses them.
// Not used outside core/bundles.

#include "SealedSpool.h"
#include "Sha256.h"
#include "ZipWriter.h"

#include <QJsonArray>
#include <QMutex>
#include <QStringList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace lethe {

// One table's rows, spooled while the search runs already in the form they take in the bundle: each row's
// JSON object (",\n" between rows) and its CSV line, so writing the ZIP only copies bytes. The first rows are
// kept for index.html. A row the search finds again is not spooled again: the traversal says which rows it
// meets for the first time, so nothing here grows with the rows.
struct ExportSpool
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
class ExportCompressor
{
public:
    ExportCompressor();
    ~ExportCompressor();
    void submit(std::function<void()> job);
    void drain();

private:
    // Since the search got faster than this thread, the queue is full most of the time: what waits is
    // memory (about 500 bytes a row), so little waits.
    static constexpr size_t kWaiting = 3;
    void run();
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::function<void()>> m_jobs;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is ready
};

// A table's rows, `json` and `csv` in the form they take in the bundle, compressed on the compressor's
// thread; `last`: the table's last block (its deflate segments end, its CSV's digest is made).
void compress(ExportSpool& s, const QByteArray& json, const QByteArray& csv, bool last);

// Which columns hold secrets, withheld from the data files and the report with the reason.
void markWithheld(ExportSpool& s);

} // namespace lethe
