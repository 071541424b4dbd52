// Preview of one subject among millions of rows (SQLite): the traversal beside a floor measured in the same
// run, the same indexed queries executed directly in the order a person who knows the schema would write
// them. Also the peak resident memory of the traversal runs (VmHWM, reset before them).
#include "BenchUtil.h"
#include "DataMapLoader.h"
#include "Traversal.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lethe;
using namespace lethe::bench;

static qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

static void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int accounts = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    QTemporaryDir dir;
    ConnectionParams p;
    p.path = dir.filePath(QStringLiteral("product.db"));
    QElapsedTimer gen;
    gen.start();
    qint64 rows = 0;
    {
        SqlConnection c;
        if (!c.open(p))
            return 1;
        QSqlDatabase db = c.db();
        QSqlQuery q(db);
        for (const char* ddl :
             {"CREATE TABLE accounts (id INTEGER PRIMARY KEY, email TEXT, name TEXT)",
              "CREATE TABLE workspaces (id INTEGER PRIMARY KEY, owner_id INTEGER, title TEXT)",
              "CREATE TABLE leads (id INTEGER PRIMARY KEY, workspace_id INTEGER, email TEXT, company TEXT, "
              "notes TEXT)",
              "CREATE TABLE logins (id INTEGER PRIMARY KEY, account_id INTEGER, ip TEXT, user_agent TEXT)"})
            q.exec(QLatin1String(ddl));
        db.transaction();
        QRandomGenerator rng(42);
        QSqlQuery a(db), w(db), l(db), g(db);
        a.prepare(QStringLiteral("INSERT INTO accounts VALUES (?, ?, ?)"));
        w.prepare(QStringLiteral("INSERT INTO workspaces VALUES (?, ?, ?)"));
        l.prepare(
            QStringLiteral("INSERT INTO leads (workspace_id, email, company, notes) VALUES (?, ?, ?, ?)"));
        g.prepare(QStringLiteral("INSERT INTO logins (account_id, ip, user_agent) VALUES (?, ?, ?)"));
        for (int i = 1; i <= accounts; ++i) {
            a.addBindValue(i);
            a.addBindValue(QStringLiteral("user%1@example.com").arg(i));
            a.addBindValue(QStringLiteral("User %1").arg(i));
            a.exec();
            w.addBindValue(i);
            w.addBindValue(i);
            w.addBindValue(QStringLiteral("Workspace %1").arg(i));
            w.exec();
            // Account 7 is the heavy subject: 200 leads and 100 logins; everyone else 10 and 10.
            const int leadCount = i == 7 ? 200 : 10, loginCount = i == 7 ? 100 : 10;
            for (int k = 0; k < leadCount; ++k) {
                l.addBindValue(i);
                l.addBindValue(QStringLiteral("lead%1@example.org").arg(rng.bounded(accounts * 5)));
                l.addBindValue(QStringLiteral("Company %1").arg(k));
                l.addBindValue(QStringLiteral("note"));
                l.exec();
            }
            for (int k = 0; k < loginCount; ++k) {
                g.addBindValue(i);
                g.addBindValue(QStringLiteral("203.0.113.%1").arg(k % 250));
                g.addBindValue(QStringLiteral("Mozilla/5.0"));
                g.exec();
            }
            rows += 2 + leadCount + loginCount;
        }
        db.commit();
        // The indexes a product database has on the columns it joins and searches by.
        for (const char* ddl : {"CREATE INDEX accounts_email ON accounts(email)",
                                "CREATE INDEX workspaces_owner ON workspaces(owner_id)",
                                "CREATE INDEX leads_workspace ON leads(workspace_id)",
                                "CREATE INDEX leads_email ON leads(email)",
                                "CREATE INDEX logins_account ON logins(account_id)"})
            q.exec(QLatin1String(ddl));
        q.exec(QStringLiteral("ANALYZE"));
    }
    std::fprintf(stdout, "preview benchmark: %lld rows in 4 tables (generated in %.1f s), %d runs\n", rows,
                 gen.elapsed() / 1000.0, runs);

    const QByteArray map =
        "lethe_datamap: 1\n"
        "system: {key: product, name: Product, art15: {purposes: [Bench]}, identities: [email]}\n"
        "sources:\n"
        "  - key: main\n"
        "    engine: sqlite\n"
        "    path: product.db\n"
        "    tables:\n"
        "      - name: accounts\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [user.unique_id]}\n"
        "          - {name: email, categories: [user.contact.email], identity: email}\n"
        "          - {name: name, categories: [user.name]}\n"
        "      - name: workspaces\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: owner_id, categories: [user.unique_id], references: accounts.id}\n"
        "          - {name: title, categories: [user.workplace]}\n"
        "      - name: leads\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: workspace_id, categories: [system.operations], references: workspaces.id}\n"
        "          - {name: email, categories: [user.contact.email], identity: email}\n"
        "          - {name: company, categories: [user.workplace]}\n"
        "          - {name: notes, categories: [user.content.private]}\n"
        "      - name: logins\n"
        "        primary_key: id\n"
        "        fields:\n"
        "          - {name: id, categories: [system.operations]}\n"
        "          - {name: account_id, categories: [user.unique_id], references: accounts.id}\n"
        "          - {name: ip, categories: [user.device.ip_address]}\n"
        "          - {name: user_agent, categories: [user.device.user_agent]}\n";
    const DataMapLoad load = DataMapLoader::parse(map, QStringLiteral("bench.yaml"), dir.path());
    if (!load.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(load.issues.first().toString()));
        return 1;
    }
    const QList<Identity> subject{{IdentityKind::Email, QStringLiteral("user7@example.com")}};
    Traversal::Options o;
    o.previewRows = 50;
    qint64 found = 0;
    resetPeakRss();
    const double traversal = timeMs(runs, [&] {
        auto d = Traversal::run(*load.map, {p}, subject, o);
        found = d ? d->totalRows() : -1;
    });
    const qint64 peak = peakRssKb();

    // The floor: the same lookups written by hand, each value bound, on one connection.
    qint64 floorRows = 0;
    const double floor = timeMs(runs, [&] {
        SqlConnection c;
        if (!c.open(p))
            return;
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        floorRows = 0;
        auto ids = [&](const QString& sql, const QVariantList& values, int idColumn) {
            QStringList marks(values.size(), QStringLiteral("?"));
            q.prepare(sql.arg(marks.join(QLatin1Char(','))));
            for (const QVariant& v : values)
                q.addBindValue(v);
            q.exec();
            QVariantList out;
            while (q.next()) {
                ++floorRows;
                out << q.value(idColumn);
            }
            return out;
        };
        const QVariantList acc =
            ids(QStringLiteral("SELECT id, email, name FROM accounts WHERE email IN (%1)"),
                {subject.first().value}, 0);
        ids(QStringLiteral("SELECT id, workspace_id, email, company, notes FROM leads WHERE email IN (%1)"),
            {subject.first().value}, 0);
        const QVariantList ws =
            ids(QStringLiteral("SELECT id, owner_id, title FROM workspaces WHERE owner_id IN (%1)"), acc, 0);
        ids(QStringLiteral("SELECT id, account_id, ip, user_agent FROM logins WHERE account_id IN (%1)"), acc,
            0);
        ids(QStringLiteral(
                "SELECT id, workspace_id, email, company, notes FROM leads WHERE workspace_id IN (%1)"),
            ws, 0);
    });
    if (found != floorRows) {
        std::fprintf(stderr, "traversal found %lld rows, the direct queries %lld\n", found, floorRows);
        return 1;
    }
    std::fprintf(stdout, "subject: %lld rows found among %lld\n", found, rows);
    report(QStringLiteral("preview one subject (traversal)"), traversal, floor,
           QStringLiteral("same indexed queries"), 500);
    std::fprintf(stdout, "peak memory during the traversal runs: %.1f MB (goal < 100 MB)\n", peak / 1024.0);
    return 0;
}
