// Discovery's precision and recall on the conformance corpora (tests/corpus), against a truth file written
// from reading each schema (bench/discovery-truth.json): which columns hold personal data, and which are a
// subject's email or phone. Runs discovery on each corpus's SQLite form and prints, per corpus and in total,
// precision and recall of "personal" and of the identities, with every miss and every false alarm named.
// Goal: 0.9 or more for each (issue 14).
#include "SchemaDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace lethe;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The statements of a SQL file: split at semicolons outside quotes, without comments.
QStringList statements(const QString& sql)
{
    QStringList result;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quoted && c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? sql.size() : end;
            continue;
        }
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (!quoted && c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

struct Score
{
    int tp = 0, fp = 0, fn = 0;
    int idTp = 0, idFp = 0, idFn = 0;
    void add(const Score& o)
    {
        tp += o.tp, fp += o.fp, fn += o.fn, idTp += o.idTp, idFp += o.idFp, idFn += o.idFn;
    }
    static double ratio(int good, int all) { return all == 0 ? 1.0 : double(good) / double(all); }
    double precision() const { return ratio(tp, tp + fp); }
    double recall() const { return ratio(tp, tp + fn); }
    double idPrecision() const { return ratio(idTp, idTp + idFp); }
    double idRecall() const { return ratio(idTp, idTp + idFn); }
};

QString line(const QString& name, const Score& s)
{
    return QStringLiteral(
               "%1  personal: precision %2 recall %3 (%4 found, %5 false, %6 missed)   identities: "
               "precision %7 recall %8")
        .arg(name.leftJustified(10))
        .arg(s.precision(), 0, 'f', 3)
        .arg(s.recall(), 0, 'f', 3)
        .arg(s.tp)
        .arg(s.fp)
        .arg(s.fn)
        .arg(s.idPrecision(), 0, 'f', 3)
        .arg(s.idRecall(), 0, 'f', 3);
}

Score score(const QString& corpus, const DiscoveryResult& r, const QJsonObject& truth)
{
    Score s;
    QStringList seen;
    for (const ColumnFinding& f : r.findings) {
        const QString key = f.table + QLatin1Char('.') + f.column;
        seen << key;
        const bool personal = f.confidence > 0;
        const bool expected = truth.contains(key);
        if (personal && expected)
            ++s.tp;
        else if (personal)
            ++s.fp, out() << QStringLiteral("  %1: false alarm %2 (%3)")
                                 .arg(corpus, key, f.categories.join(QLatin1Char(',')))
                          << Qt::endl;
        else if (expected)
            ++s.fn, out() << QStringLiteral("  %1: missed %2").arg(corpus, key) << Qt::endl;
        const QString wantId = truth.value(key).toString();
        const QString gotId = f.identity ? Names::key(*f.identity) : QString();
        if (!wantId.isEmpty() && gotId == wantId)
            ++s.idTp;
        else {
            if (!gotId.isEmpty())
                ++s.idFp,
                    out() << QStringLiteral("  %1: identity %2 on %3, expected %4")
                                 .arg(corpus, gotId, key, wantId.isEmpty() ? QStringLiteral("none") : wantId)
                          << Qt::endl;
            if (!wantId.isEmpty())
                ++s.idFn;
        }
    }
    for (auto it = truth.constBegin(); it != truth.constEnd(); ++it) {
        if (!seen.contains(it.key())) {
            ++s.fn;
            out()
                << QStringLiteral("  %1: %2 is in the truth file but not in the schema").arg(corpus, it.key())
                << Qt::endl;
        }
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QDir corpus(QStringLiteral(LETHE_CORPUS_DIR));
    const QJsonObject truth =
        QJsonDocument::fromJson(readText(QStringLiteral(LETHE_DISCOVERY_TRUTH)).toUtf8())
            .object()
            .value(QStringLiteral("corpora"))
            .toObject();
    if (truth.isEmpty()) {
        std::fprintf(stderr, "bench_discovery: cannot read %s\n", LETHE_DISCOVERY_TRUTH);
        return 1;
    }
    QTemporaryDir dir;
    Score total;
    out() << "Discovery precision and recall on the conformance corpora (SQLite forms)" << Qt::endl;

    // Chinook: its published SQLite file, copied so nothing touches the corpus.
    const QString chinook = dir.filePath(QStringLiteral("chinook.db"));
    QFile::copy(corpus.filePath(QStringLiteral("chinook/Chinook_Sqlite.sqlite")), chinook);
    // The blog: its schema and data loaded into a new SQLite database.
    const QString cms = dir.filePath(QStringLiteral("cms.db"));
    {
        ConnectionParams p;
        p.path = cms;
        SqlConnection c;
        if (Status st = c.open(p); !st) {
            std::fprintf(stderr, "bench_discovery: %s\n", qPrintable(st.error().message));
            return 1;
        }
        QSqlQuery q(c.db());
        for (const QString& sql : statements(readText(corpus.filePath(QStringLiteral("cms/schema.sql")))) +
                                      statements(readText(corpus.filePath(QStringLiteral("cms/data.sql"))))) {
            if (!q.exec(sql)) {
                std::fprintf(stderr, "bench_discovery: cms: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
        }
    }
    for (const auto& [name, path] :
         {std::pair{QStringLiteral("chinook"), chinook}, std::pair{QStringLiteral("cms"), cms}}) {
        ConnectionParams p;
        p.path = path;
        SchemaDiscovery::Options o;
        auto r = SchemaDiscovery::run(p, o);
        if (!r) {
            std::fprintf(stderr, "bench_discovery: %s: %s\n", qPrintable(name),
                         qPrintable(r.error().message));
            return 1;
        }
        const Score s = score(name, *r, truth.value(name).toObject());
        out() << line(name, s) << Qt::endl;
        total.add(s);
    }
    out() << line(QStringLiteral("total"), total) << Qt::endl;
    const bool met = total.precision() >= 0.9 && total.recall() >= 0.9;
    out() << (met ? "goal (0.9 each) met" : "goal (0.9 each) NOT met") << Qt::endl;
    return 0;
}
