#include "DueKeys.h"
#include "QueueLoader.h"
#include "QueueQuery.h"
#include "RequestQueueModel.h"
#include "SortKeys.h"
#include "StoreSql.h"
#include "TeamSetup.h"
#include "TestSupport.h"
#include "WorkspaceStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lethe;

// The queue filtered and paged in the server (QueueQuery): the same suite on SQLite and on PostgreSQL, the
// engines a workspace lives on; ctest runs it with LETHE_TEST_BACKEND=sqlite and =postgres.
class TestQueueQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostileTextMatchesLiterally_data();
    void hostileTextMatchesLiterally();
    void filtersGiveTheRowsTheFilterKeeps();
    void keysetPagesReturnEveryRowOnceInOrder_data();
    void keysetPagesReturnEveryRowOnceInOrder();
    void serverOrderedPagesAreTheModelsOrder_data();
    void serverOrderedPagesAreTheModelsOrder();
    void numberOrderReadsTheUniqueIndex();
    void loaderStreamsTheServersRowsAndCounts();
    void loaderReadsABroadFiltersPagesOnlyWhenAsked();
    void searchGivesTheSameRowsWithAndWithoutTrigramIndexes();
    void statusAndAssigneeFiltersUseAnIndex();
    void urgencyPagesAreTheModelsOrder_data();
    void urgencyPagesAreTheModelsOrder();
    void filteredUrgencyPagesAreTheModelsOrder_data();
    void filteredUrgencyPagesAreTheModelsOrder();
    void filteredUrgencyPagesReadTheirOwnIndex();
    void deadlineSettingChangeRecomputesTheStoredOrder();
    void staleStoredDueDatesFallBackToTheReceivedOrder();
    void subjectAndAssigneePagesAreTheModelsOrder_data();
    void subjectAndAssigneePagesAreTheModelsOrder();
    void subjectAndAssigneePagesReadTheirIndex();
    void statusTypeAndLawPagesReadTheirIndex();
    void missingSortKeysFallBackAndAreFilled();

private:
    QString add(const QString& name, const QString& email, QDate received, const QString& assignee = {},
                RequestType type = RequestType::Access, Regulation law = Regulation::Gdpr);
    QStringList ids(const QList<RequestSummary>& rows) const;
    QStringList everyMatch(const QueueFilter& f, int chunk,
                           std::optional<QueueQuery::Search> search = std::nullopt);
    void addSample();
    void addUrgencySample();
    // The plan lines of a page's statement: EXPLAIN (PostgreSQL) or EXPLAIN QUERY PLAN's details (SQLite), or
    // one line "EXPLAIN failed: …". PostgreSQL cannot prepare an EXPLAIN: the statement's values are written
    // in as literals, quoted by the driver (what the planner sees for the first executions of the prepared
    // statement too).
    QStringList explained(const QueueQuery::Statement& st) const;
    // The requests `filter` keeps (QueueFilter::accepts) in the order RequestQueueModel shows them sorted by
    // days left (`order`), all held.
    QStringList modelOrder(Qt::SortOrder order, const QueueFilter& filter = {});
    // Reads the queue of `filter` with QueueLoader in `order`, `pageSize` rows a page, and checks after every
    // page that the rows held are the first ones of the model's order of all the filter keeps (so sorting
    // what it holds shows the true order); the rows' ids in the order they arrived.
    void checkUrgencyPages(QueueQuery::Order order, int pageSize, const QueueFilter& filter = {});
    // Texts that sort differently case-folded than as stored, by code unit than by code point, or fold
    // to the same key; subjects named and nameless (shown by their first identity); assignees likewise.
    void addSortKeySample();
    // The rows `filter` keeps in RequestQueueModel's order of `column` (`sortOrder`) (at least `atLeast` of
    // them, and where `shuffled`, not in the order they were added in), and the same read from the server in
    // `order`, in pages of 1, 2 and 5: each compared.
    void checkModelOrderPages(int column, Qt::SortOrder sortOrder, QueueQuery::Order order,
                              const QueueFilter& filter = {}, int atLeast = 1, bool shuffled = false);

    bool m_postgres = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScratchDatabase> m_pg;
    ConnectionParams m_params;
    QDateTime m_now;
    std::unique_ptr<WorkspaceStore> m_store;
    QHash<QString, QString> m_names; // human id → subject name
};

void TestQueueQuery::initTestCase()
{
    test::isolate();
    const QString backend = qEnvironmentVariable("LETHE_TEST_BACKEND", QStringLiteral("sqlite"));
    m_postgres = backend == QLatin1String("postgres");
    if (m_postgres && !test::postgresConfigured())
        QFAIL(qPrintable(test::missingServerMessage("PostgreSQL")));
    qInfo("backend: %s", qPrintable(backend));
}

void TestQueueQuery::init()
{
    m_now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    m_names.clear();
    if (m_postgres) {
        m_pg = std::make_unique<test::ScratchDatabase>(test::postgresAdmin());
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        m_params = m_pg->params();
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_params = {};
        m_params.path = m_dir->filePath(QStringLiteral("workspace.db"));
    }
    auto s = WorkspaceStore::open(m_params, QStringLiteral("tester"), [this] { return m_now; });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    m_store = std::move(s).value();
}

void TestQueueQuery::cleanup()
{
    m_store.reset();
    m_pg.reset();
    m_dir.reset();
}

QString TestQueueQuery::add(const QString& name, const QString& email, QDate received,
                            const QString& assignee, RequestType type, Regulation law)
{
    NewRequest r;
    r.type = type;
    r.regulation = law;
    r.received = received;
    r.subjectName = name;
    r.identities = {{IdentityKind::Email, email}};
    r.assignee = assignee;
    auto added = m_store->addRequest(r);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return {};
    }
    m_names.insert(added->humanId, name);
    return added->humanId;
}

QStringList TestQueueQuery::ids(const QList<RequestSummary>& rows) const
{
    QStringList out;
    for (const RequestSummary& r : rows)
        out << r.humanId;
    return out;
}

// Every page of the filter's rows, `chunk` at a time, as the loader reads them.
QStringList TestQueueQuery::everyMatch(const QueueFilter& f, int chunk,
                                       std::optional<QueueQuery::Search> search)
{
    QStringList out;
    std::optional<QueueCursor> after;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = search ? QueueQuery::read(m_store->database(), m_now.date(), f,
                                              QueueQuery::Order::Received, after, chunk, *search)
                           : QueueQuery::read(m_store->database(), m_now.date(), f,
                                              QueueQuery::Order::Received, after, chunk);
        if (!page) {
            qWarning("%s", qPrintable(page.error().message));
            return {QStringLiteral("error")};
        }
        out << ids(page->rows);
        if (page->rows.size() < chunk)
            break;
        after = page->last;
    }
    return out;
}

void TestQueueQuery::addSample()
{
    const QDate d(2026, 10, 1);
    // Names with the characters LIKE treats specially, and quotes.
    add(QStringLiteral("Ann 100% Lee"), QStringLiteral("ann@example.com"), d, QStringLiteral("dana"));
    add(QStringLiteral("Bob_Smith"), QStringLiteral("bob@example.com"), d.addDays(1));
    add(QStringLiteral("Carl \\ Back"), QStringLiteral("carl@example.com"), d.addDays(2),
        QStringLiteral("olga"));
    add(QStringLiteral("Dora O'Neil"), QStringLiteral("dora@example.com"), d.addDays(3));
    add(QStringLiteral("Eve \"Quoted\""), QStringLiteral("eve@example.com"), d.addDays(4),
        QStringLiteral("dana"));
    add(QStringLiteral("Finn Plain"), QStringLiteral("finn_x@example.com"), d.addDays(5), QString(),
        RequestType::Erasure);
    add(QStringLiteral("Gail 5 percent"), QStringLiteral("gail@example.com"), d.addDays(6),
        QStringLiteral("olga"), RequestType::Access, Regulation::Ccpa);
    add(QStringLiteral("Hal \\%_ All"), QStringLiteral("hal@example.com"), d.addDays(7));
    add(QStringLiteral("Ivy BobXSmith"), QStringLiteral("ivy@example.com"), d.addDays(8));
    // Only the first identity is searched, as the queue shows it: a second one holding the text is not.
    NewRequest two;
    two.received = d.addDays(9);
    two.subjectName = QStringLiteral("Jo Two");
    two.identities = {{IdentityKind::Email, QStringLiteral("jo@example.com")},
                      {IdentityKind::Email, QStringLiteral("zz9@example.com")}};
    auto added = m_store->addRequest(two);
    QVERIFY(added.ok());
    m_names.insert(added->humanId, two.subjectName);
}

void TestQueueQuery::hostileTextMatchesLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("percent") << QStringLiteral("%")
                             << QStringList{QStringLiteral("Ann 100% Lee"), QStringLiteral("Hal \\%_ All")};
    // "_" matches any one character unescaped: BobXSmith would match "b_s".
    QTest::newRow("underscore") << QStringLiteral("_")
                                << QStringList{QStringLiteral("Bob_Smith"), QStringLiteral("Finn Plain"),
                                               QStringLiteral("Hal \\%_ All")};
    QTest::newRow("bob_s") << QStringLiteral("bob_s") << QStringList{QStringLiteral("Bob_Smith")};
    QTest::newRow("backslash") << QStringLiteral("\\")
                               << QStringList{QStringLiteral("Carl \\ Back"), QStringLiteral("Hal \\%_ All")};
    QTest::newRow("all three") << QStringLiteral("\\%_") << QStringList{QStringLiteral("Hal \\%_ All")};
    QTest::newRow("quote") << QStringLiteral("o'neil") << QStringList{QStringLiteral("Dora O'Neil")};
    QTest::newRow("double quote") << QStringLiteral("\"quoted\"")
                                  << QStringList{QStringLiteral("Eve \"Quoted\"")};
    QTest::newRow("statement") << QStringLiteral("'; DROP TABLE requests; --") << QStringList{};
    QTest::newRow("percent sign word")
        << QStringLiteral("100%") << QStringList{QStringLiteral("Ann 100% Lee")};
    QTest::newRow("identity") << QStringLiteral("FINN_X@") << QStringList{QStringLiteral("Finn Plain")};
    QTest::newRow("first identity only") << QStringLiteral("zz9") << QStringList{};
    QTest::newRow("first identity") << QStringLiteral("JO@EX") << QStringList{QStringLiteral("Jo Two")};
    QTest::newRow("assignee") << QStringLiteral("OLGA")
                              << QStringList{QStringLiteral("Carl \\ Back"),
                                             QStringLiteral("Gail 5 percent")};
}

// The user's text is matched as text, whatever it holds: exactly the rows containing it, as
// QueueFilter::accepts keeps them, and the table is still there.
void TestQueueQuery::hostileTextMatchesLiterally()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    addSample();
    QueueFilter f;
    f.text = text;
    QStringList got;
    for (const QString& id : everyMatch(f, 3))
        got << m_names.value(id, id);
    got.sort();
    names.sort();
    QCOMPARE(got, names);
    auto n = QueueQuery::count(m_store->database(), f);
    QVERIFY(n.ok());
    QCOMPARE(*n, qint64(names.size()));
    // The filter in memory agrees.
    auto all = WorkspaceStore::loadSummaries(m_store->database(), m_now.date(), 0, -1);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 10);
    QStringList kept;
    for (const RequestSummary& r : *all)
        if (f.accepts(r))
            kept << r.subjectName;
    kept.sort();
    QCOMPARE(kept, names);
}

// Each filter and their combinations give exactly the rows QueueFilter::accepts keeps, in the order received.
void TestQueueQuery::filtersGiveTheRowsTheFilterKeeps()
{
    addSample();
    // Two of them move on: one completed (closed), one in progress.
    const QStringList all = m_names.keys();
    QStringList sorted = all;
    sorted.sort();
    for (auto [id, to] :
         {std::pair{sorted[0], RequestStatus::Verified}, std::pair{sorted[1], RequestStatus::Cancelled}}) {
        auto moved = m_store->transition(id, to, QStringLiteral("test"));
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    }

    QList<QueueFilter> filters;
    QueueFilter f;
    filters << f;
    f.status = RequestStatus::New;
    filters << f;
    f = {};
    f.assignee = QStringLiteral("dana");
    filters << f;
    f = {};
    f.assignee = QString(); // nobody's
    filters << f;
    f = {};
    f.type = RequestType::Erasure;
    filters << f;
    f = {};
    f.regulation = Regulation::Ccpa;
    filters << f;
    f = {};
    f.openOnly = true;
    filters << f;
    f.assignee = QString();
    f.text = QStringLiteral("b");
    filters << f;
    f = {};
    f.status = RequestStatus::Cancelled;
    filters << f;

    auto loaded = WorkspaceStore::loadSummaries(m_store->database(), m_now.date(), 0, -1);
    QVERIFY(loaded.ok());
    QList<RequestSummary> rows = *loaded;
    std::sort(rows.begin(), rows.end(), [](const RequestSummary& a, const RequestSummary& b) {
        return a.received != b.received ? a.received < b.received : a.id < b.id;
    });
    int nonEmpty = 0;
    for (const QueueFilter& filter : filters) {
        QStringList expected;
        for (const RequestSummary& r : std::as_const(rows))
            if (filter.accepts(r))
                expected << r.humanId;
        nonEmpty += expected.isEmpty() ? 0 : 1;
        QCOMPARE(everyMatch(filter, 2), expected);
        QCOMPARE(*QueueQuery::count(m_store->database(), filter), qint64(expected.size()));
    }
    QCOMPARE(nonEmpty, filters.size()); // each filter was tried on rows it keeps
    auto counts = QueueQuery::counts(m_store->database(), filters[2]);
    QVERIFY(counts.ok());
    QCOMPARE(counts->matching, 2);
    QCOMPARE(counts->total, 10);
    QCOMPARE(counts->assignees, (QStringList{QStringLiteral("dana"), QStringLiteral("olga")}));
}

void TestQueueQuery::keysetPagesReturnEveryRowOnceInOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("oldest first") << int(QueueQuery::Order::Received);
    QTest::newRow("newest first") << int(QueueQuery::Order::ReceivedDescending);
}

// Keyset pages: every row that was there when the read started arrives once, in the order received (oldest
// or newest first, ties by id), across page boundaries, while another desk adds requests received before,
// at and after the page being read.
void TestQueueQuery::keysetPagesReturnEveryRowOnceInOrder()
{
    QFETCH(int, order);
    const auto o = QueueQuery::Order(order);
    const bool newest = o == QueueQuery::Order::ReceivedDescending;
    const QDate start(2026, 6, 1);
    QStringList before;
    for (int i = 0; i < 60; ++i)
        before << add(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.com").arg(i),
                      start.addDays(i % 7 * 3)); // many on the same day: the id breaks the ties
    QVERIFY(!before.contains(QString()));

    auto other = WorkspaceStore::open(m_params, QStringLiteral("other"), [this] { return m_now; });
    QVERIFY(other.ok());
    QueueFilter f;
    f.status = RequestStatus::New;
    QList<RequestSummary> seen;
    std::optional<QueueCursor> after;
    int pages = 0, added = 0;
    for (;;) {
        auto page = QueueQuery::read(m_store->database(), m_now.date(), f, o, after, 7);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
        seen << page->rows;
        ++pages;
        if (page->rows.size() < 7)
            break;
        after = page->last;
        // Meanwhile at another desk: one received before the cursor, one on its day, one after.
        const QDate at = page->rows.last().received;
        for (QDate d : {at.addDays(-2), at, at.addDays(5)}) {
            NewRequest r;
            r.received = d;
            r.subjectName = QStringLiteral("Late %1").arg(added);
            r.identities = {{IdentityKind::Email, QStringLiteral("late%1@example.com").arg(added++)}};
            QVERIFY((*other)->addRequest(r).ok());
        }
    }
    QVERIFY(pages > 8);
    QSet<QString> once;
    for (int i = 0; i < seen.size(); ++i) {
        QVERIFY2(!once.contains(seen[i].humanId), qPrintable(seen[i].humanId + QStringLiteral(" twice")));
        once.insert(seen[i].humanId);
        if (i > 0) {
            const RequestSummary& p = seen[i - 1];
            QVERIFY((newest ? p.received > seen[i].received : p.received < seen[i].received) ||
                    (p.received == seen[i].received && p.id < seen[i].id));
        }
    }
    for (const QString& id : before)
        QVERIFY2(once.contains(id), qPrintable(id + QStringLiteral(" missing")));
    // Those added after the cursor's row arrived too; those added before it did not come twice.
    QVERIFY(seen.size() > before.size());
}

QStringList TestQueueQuery::explained(const QueueQuery::Statement& st) const
{
    QString sql = st.sql;
    for (const QVariant& v : st.values) {
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, m_store->database().driver()->formatValue(field));
    }
    QSqlQuery e(m_store->database());
    if (!e.exec((m_postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql))
        return {QStringLiteral("EXPLAIN failed: ") + e.lastError().text()};
    QStringList lines;
    while (e.next())
        lines << e.value(m_postgres ? 0 : 3).toString();
    return lines;
}

namespace {

// Rows g = 1…n for an INSERT … SELECT (PostgreSQL's generate_series, a recursive CTE in SQLite), and the
// text of a day received for row g (60 a day from 2016-01-01).
std::pair<QString, QString> generated(bool postgres, int n)
{
    const QString series = postgres
                               ? QStringLiteral("generate_series(1, %1) g(g)").arg(n)
                               : QStringLiteral("(WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 "
                                                "FROM c WHERE g < %1) SELECT g FROM c) x")
                                     .arg(n);
    const QString day = postgres ? QStringLiteral("to_char(date '2016-01-01' + g / 60, 'YYYY-MM-DD')")
                                 : QStringLiteral("date('2016-01-01', '+' || (g / 60) || ' days')");
    return {series, day};
}

} // namespace

void TestQueueQuery::serverOrderedPagesAreTheModelsOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("sortOrder");
    QTest::addColumn<int>("order");
    QTest::newRow("newest first") << int(RequestQueueModel::ReceivedColumn) << int(Qt::DescendingOrder)
                                  << int(QueueQuery::Order::ReceivedDescending);
    QTest::newRow("by number") << int(RequestQueueModel::IdColumn) << int(Qt::AscendingOrder)
                               << int(QueueQuery::Order::Number);
    QTest::newRow("by number, descending") << int(RequestQueueModel::IdColumn) << int(Qt::DescendingOrder)
                                           << int(QueueQuery::Order::NumberDescending);
    QTest::newRow("by status") << int(RequestQueueModel::StatusColumn) << int(Qt::AscendingOrder)
                               << int(QueueQuery::Order::Status);
    QTest::newRow("by status, descending") << int(RequestQueueModel::StatusColumn) << int(Qt::DescendingOrder)
                                           << int(QueueQuery::Order::StatusDescending);
    QTest::newRow("by type") << int(RequestQueueModel::TypeColumn) << int(Qt::AscendingOrder)
                             << int(QueueQuery::Order::Type);
    QTest::newRow("by type, descending") << int(RequestQueueModel::TypeColumn) << int(Qt::DescendingOrder)
                                         << int(QueueQuery::Order::TypeDescending);
    QTest::newRow("by law") << int(RequestQueueModel::RegulationColumn) << int(Qt::AscendingOrder)
                            << int(QueueQuery::Order::Regulation);
    QTest::newRow("by law, descending")
        << int(RequestQueueModel::RegulationColumn) << int(Qt::DescendingOrder)
        << int(QueueQuery::Order::RegulationDescending);
}

// Newest first, by number, status, type or law either way, page by page, is RequestQueueModel's order of that
// column (the date received descending with ties by id ascending; the number by year, then number; the
// others by their enum, ties by id ascending), whole and under filters and a search, in pages of 1, 2 and 5.
// The requests are received over two years and added out of order, so neither the id nor the number's text
// gives the number's order.
void TestQueueQuery::serverOrderedPagesAreTheModelsOrder()
{
    QFETCH(int, column);
    QFETCH(int, sortOrder);
    QFETCH(int, order);
    const QDate start(2026, 6, 1);
    const QStringList desks{QString(), QStringLiteral("dana"), QStringLiteral("olga")};
    // Types, laws and statuses mixed, so that each of those orders has ties and values out of the order
    // the requests were added in.
    const RequestType types[] = {RequestType::Erasure, RequestType::Access, RequestType::Erasure,
                                 RequestType::Access};
    const Regulation laws[] = {Regulation::Ccpa, Regulation::Gdpr, Regulation::Gdpr};
    const RequestStatus statuses[] = {RequestStatus::Verified, RequestStatus::New, RequestStatus::Cancelled,
                                      RequestStatus::New, RequestStatus::Verified};
    for (int i = 0; i < 23; ++i) {
        const QString id =
            add(QStringLiteral("N%1").arg(i), QStringLiteral("n%1@example.com").arg(i),
                start.addDays(i % 5 * 2 - (i % 2) * 400), desks[i % 3], types[i % 4], laws[(i / 2) % 3]);
        QVERIFY(!id.isEmpty());
        if (const RequestStatus to = statuses[i % 5]; to != RequestStatus::New)
            QVERIFY(m_store->transition(id, to, QStringLiteral("test")).ok());
    }
    QueueFilter dana;
    dana.assignee = QStringLiteral("dana");
    QueueFilter text;
    text.text = QStringLiteral("n1"); // N1, N10 to N19
    for (const QueueFilter& f : {QueueFilter(), dana, text}) {
        checkModelOrderPages(column, Qt::SortOrder(sortOrder), QueueQuery::Order(order), f, 7, true);
        if (QTest::currentTestFailed())
            return;
    }
}

// The number order's pages, either way, first or after a cursor, read the table's unique index on (year,
// seq) from the cursor and are never sorted: on PostgreSQL no Sort node (sorting turned off, so a plan that
// needs one would show it), on SQLite no temporary b-tree for the ORDER BY.
void TestQueueQuery::numberOrderReadsTheUniqueIndex()
{
    QSqlQuery q(m_store->database());
    const auto [series, day] = generated(m_postgres, 2000);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO subjects (id, display_name) SELECT g, 'Subject ' || g FROM %1")
              .arg(series),
          QStringLiteral(
              "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
              "assignee, subject_id, created_at, updated_at) SELECT g, 'R-' || (2016 + g / 500) || '-' || g, "
              "2016 + g / 500, g, 'access', 'gdpr', %2, 'completed', '', g, "
              "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM %1")
              .arg(series, day),
          QStringLiteral("ANALYZE")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    if (m_postgres)
        QVERIFY(q.exec(QStringLiteral("SET enable_sort = off")));
    for (auto order : {QueueQuery::Order::Number, QueueQuery::Order::NumberDescending}) {
        for (bool second : {false, true}) {
            const std::optional<QueueCursor> after =
                second ? std::optional<QueueCursor>(QueueCursor{QString(), 0, 0, 2017, 900}) : std::nullopt;
            const QString all =
                explained(QueueQuery::page(QueueFilter{}, order, after, 50)).join(QLatin1Char('\n'));
            QVERIFY2(!all.startsWith(QLatin1String("EXPLAIN failed")), qPrintable(all));
            if (m_postgres) {
                QVERIFY2(all.contains(QLatin1String("Index Scan")) &&
                             all.contains(QLatin1String("requests_year_seq_key")),
                         qPrintable(all));
                QVERIFY2(!all.contains(QLatin1String("Sort")), qPrintable(all));
            } else {
                QVERIFY2(all.contains(QLatin1String("sqlite_autoindex_requests_")), qPrintable(all));
                QVERIFY2(!all.contains(QLatin1String("TEMP B-TREE")), qPrintable(all));
            }
            if (second) // the cursor bounds the index range
                QVERIFY2(all.contains(m_postgres ? QLatin1String("Index Cond") : QLatin1String("(year,seq)")),
                         qPrintable(all));
        }
    }
    if (m_postgres)
        QVERIFY(q.exec(QStringLiteral("RESET enable_sort")));
}

// The GUI's loader: the server's matching rows in chunks, then the counts.
void TestQueueQuery::loaderStreamsTheServersRowsAndCounts()
{
    addSample();
    QueueLoader loader;
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy counted(&loader, &QueueLoader::counted);
    QSignalSpy finished(&loader, &QueueLoader::finished);
    QueueFilter f;
    f.text = QStringLiteral("%");
    // An older filter superseded at once: nothing of it arrives.
    loader.start(m_params, m_now.date(), QueueFilter{}, 1);
    loader.start(m_params, m_now.date(), f, 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(chunks.size(), 1); // one page until more is asked for
    QVERIFY(loader.hasMore());
    QVERIFY(loader.fetchMore());
    QVERIFY(finished.wait(20000));
    QStringList got;
    for (const auto& args : chunks)
        got << ids(args.at(0).value<QList<RequestSummary>>());
    QCOMPARE(chunks.size(), 2);
    QStringList names;
    for (const QString& id : got)
        names << m_names.value(id);
    QCOMPARE(names, (QStringList{QStringLiteral("Ann 100% Lee"), QStringLiteral("Hal \\%_ All")}));
    QCOMPARE(counted.size(), 1);
    const auto c = counted.at(0).at(0).value<QueueQuery::Counts>();
    QCOMPARE(c.matching, 2);
    QCOMPARE(c.total, 10);

    // Nothing matches: the first screen is one empty chunk, before the counts.
    chunks.clear();
    counted.clear();
    finished.clear();
    f.text = QStringLiteral("no such text");
    loader.start(m_params, m_now.date(), f, 5);
    QVERIFY(finished.wait(20000));
    QCOMPARE(chunks.size(), 1);
    QVERIFY(chunks.at(0).at(0).value<QList<RequestSummary>>().isEmpty());
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).value<QueueQuery::Counts>().matching, 0);
    QCOMPARE(counted.at(0).at(0).value<QueueQuery::Counts>().total, 10);
    QVERIFY(!loader.hasMore());
    QVERIFY(!loader.fetchMore());
}

// A filter most requests match ("open", here 250 of 300) is read a page at a time: the first page arrives
// with the server's counts, and nothing more is read from the server until the view asks (fetchMore); the
// pages together are every match once, in the order received.
void TestQueueQuery::loaderReadsABroadFiltersPagesOnlyWhenAsked()
{
    QSqlQuery q(m_store->database());
    const QString series =
        m_postgres
            ? QStringLiteral("generate_series(1, 300) g(g)")
            : QStringLiteral("(WITH RECURSIVE c(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM c WHERE g < "
                             "300) SELECT g FROM c) x");
    for (const QString& sql :
         {QStringLiteral("INSERT INTO subjects (id, display_name) SELECT g, 'Subject ' || g FROM %1")
              .arg(series),
          QStringLiteral("INSERT INTO identities (subject_id, kind, value) SELECT g, 'email', 's' || g || "
                         "'@example.test' FROM %1")
              .arg(series),
          QStringLiteral(
              "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
              "assignee, subject_id, created_at, updated_at) SELECT g, 'R-2020-' || g, 2020, g, "
              "'access', 'gdpr', '2020-01-01', CASE WHEN g % 6 = 0 THEN 'completed' ELSE 'new' END, "
              "'', g, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM %1")
              .arg(series)})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QueueFilter open;
    open.openOnly = true;
    const QStringList expected = everyMatch(open, 1000);
    QCOMPARE(expected.size(), 250);

    QueueLoader loader;
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy counted(&loader, &QueueLoader::counted);
    QSignalSpy finished(&loader, &QueueLoader::finished);
    loader.start(m_params, m_now.date(), open, 100);
    QVERIFY(finished.wait(20000));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).value<QueueQuery::Counts>().matching, 250); // the server's count
    QCOMPARE(counted.at(0).at(0).value<QueueQuery::Counts>().total, 300);
    QCOMPARE(chunks.size(), 1);
    QCOMPARE(loader.rowsFetched(), 100); // not the 250 that match
    QCOMPARE(finished.last().at(0).toLongLong(), 100);
    QVERIFY(loader.hasMore());
    QVERIFY(!loader.isRunning());

    QVERIFY(loader.fetchMore());
    QVERIFY(!loader.fetchMore()); // one page at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(loader.rowsFetched(), 200);
    QVERIFY(loader.fetchMore());
    QVERIFY(finished.wait(20000));
    QCOMPARE(loader.rowsFetched(), 250);
    QVERIFY(!loader.hasMore());
    QVERIFY(!loader.fetchMore());
    QCOMPARE(counted.size(), 1); // counted once, after the first page
    QStringList got;
    for (const auto& args : chunks)
        got << ids(args.at(0).value<QList<RequestSummary>>());
    QCOMPARE(got, expected);

    // A new filter starts from its own first page.
    QueueFilter all;
    loader.start(m_params, m_now.date(), all, 100);
    QVERIFY(finished.wait(20000));
    QCOMPARE(loader.rowsFetched(), 100);
    QVERIFY(loader.hasMore());
}

// The free text searched as one OR (SQLite) or as the union of the four texts (PostgreSQL), on PostgreSQL
// with pg_trgm's indexes (TeamSetup::searchIndexes, as setup-team applies it) and without: the same rows in
// the same order and the same counts for every text, those with %, _ and \ taken literally, those of one or
// two characters the indexes cannot help with, and what QueueFilter::accepts keeps. On PostgreSQL the planner
// is made to prefer the indexes (no sequential scans) and is seen to use them, so the indexed path is the one
// compared.
void TestQueueQuery::searchGivesTheSameRowsWithAndWithoutTrigramIndexes()
{
    addSample();
    QSqlQuery q(m_store->database());
    const QString series =
        m_postgres
            ? QStringLiteral("generate_series(100, 2099) g(g)")
            : QStringLiteral("(WITH RECURSIVE c(g) AS (SELECT 100 UNION ALL SELECT g + 1 FROM c WHERE g "
                             "< 2099) SELECT g FROM c) x");
    for (const QString& sql :
         {QStringLiteral(
              "INSERT INTO subjects (id, display_name) SELECT g, 'Name ' || g || CASE WHEN g % 7 = 0 "
              "THEN ' 50%' WHEN g % 11 = 0 THEN ' a_b' WHEN g % 13 = 0 THEN ' Zoë \U0001F600' ELSE '' END "
              "FROM %1")
              .arg(series),
          QStringLiteral("INSERT INTO identities (subject_id, kind, value) SELECT g, 'email', 'p' || g || "
                         "'@Example.TEST' FROM %1")
              .arg(series),
          QStringLiteral(
              "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
              "assignee, subject_id, created_at, updated_at) SELECT g, 'R-2019-' || g, 2019, g, "
              "'access', 'gdpr', '2019-01-01', CASE WHEN g % 3 = 0 THEN 'completed' ELSE 'new' END, "
              "CASE WHEN g % 4 = 0 THEN '' ELSE 'desk' || (g % 5) END, g, "
              "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM %1")
              .arg(series)})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const QStringList texts{QStringLiteral("%"),
                            QStringLiteral("_"),
                            QStringLiteral("\\"),
                            QStringLiteral("\\%_"),
                            QStringLiteral("bob_s"),
                            QStringLiteral("50%"),
                            QStringLiteral("a_b"),
                            QStringLiteral("100%"),
                            QStringLiteral("e"),
                            QStringLiteral("de"),
                            QStringLiteral("Ë"),
                            QStringLiteral("oë"),
                            QStringLiteral("\U0001F600"),
                            QStringLiteral("ë \U0001F600"),
                            QStringLiteral("desk3"),
                            QStringLiteral("name 12"),
                            QStringLiteral("EXAMPLE.test"),
                            QStringLiteral("r-2019-15"),
                            QStringLiteral("zz9"),
                            QStringLiteral("JO@EX"),
                            QStringLiteral("no such"),
                            QStringLiteral("olga")};
    auto allRows = WorkspaceStore::loadSummaries(m_store->database(), m_now.date(), 0, -1);
    QVERIFY(allRows.ok());
    QList<RequestSummary> rows = *allRows;
    std::sort(rows.begin(), rows.end(), [](const RequestSummary& a, const RequestSummary& b) {
        return a.received != b.received ? a.received < b.received : a.id < b.id;
    });
    struct Found
    {
        QStringList ids;
        qint64 count = -1;
    };
    auto search = [&](QueueQuery::Search how, const QStringList& which) {
        QList<Found> out;
        for (const QString& text : which) {
            QueueFilter f;
            f.text = text;
            Found found{everyMatch(f, 7, how), -1};
            auto n = QueueQuery::count(m_store->database(), f, how);
            found.count = n ? *n : -2;
            out << found;
        }
        return out;
    };
    const QList<Found> orWay = search(QueueQuery::Search::Or, texts);
    const QList<Found> unionWay = search(QueueQuery::Search::Union, texts);
    int nonEmpty = 0;
    for (int i = 0; i < texts.size(); ++i) {
        QueueFilter f;
        f.text = texts[i];
        QStringList kept;
        for (const RequestSummary& r : std::as_const(rows))
            if (f.accepts(r))
                kept << r.humanId;
        nonEmpty += kept.isEmpty() ? 0 : 1;
        QVERIFY2(orWay[i].ids == kept, qPrintable(texts[i]));
        QVERIFY2(orWay[i].count == kept.size(), qPrintable(texts[i]));
        QVERIFY2(unionWay[i].ids == kept, qPrintable(texts[i]));
        QVERIFY2(unionWay[i].count == kept.size(), qPrintable(texts[i]));
        // Every match at once in id order, as lethe-cli's list reads them.
        auto listed = QueueQuery::read(m_store->database(), m_now.date(), f, QueueQuery::Order::Id,
                                       std::nullopt, -1, QueueQuery::Search::Union);
        QVERIFY(listed.ok());
        QStringList listedIds = ids(listed->rows), keptIds = kept;
        listedIds.sort();
        keptIds.sort();
        QVERIFY2(listedIds == keptIds, qPrintable(texts[i]));
    }
    QCOMPARE(nonEmpty, texts.size() - 2); // all but "zz9" (a second identity) and "no such"
    if (!m_postgres)
        return;

    // A login that may not create the extension: the statement warns and makes nothing, and fails nothing.
    QVERIFY(!QueueQuery::hasSearchIndexes(m_store->database()));
    const QString role =
        QStringLiteral("lethe_test_nocreate_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SET ROLE %1").arg(role)));
    const QList<TeamStatement> searchIndexes = TeamSetup::searchIndexes();
    QCOMPARE(searchIndexes.first().run, TeamStatement::Run::InTransaction);
    const Status applied = TeamSetup::run(m_store->database(), searchIndexes.first());
    QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(role)));
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Without the extension the trigram indexes' statement lists none, and builds none.
    for (const TeamStatement& st : searchIndexes.mid(1))
        VERIFY_OK(TeamSetup::run(m_store->database(), st));
    QVERIFY(!QueueQuery::hasSearchIndexes(m_store->database()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'lethe_search_%'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1); // requests by subject only

    // The indexes as setup-team makes them, and the planner kept off sequential scans where it has a choice.
    for (const TeamStatement& st : searchIndexes)
        VERIFY_OK(TeamSetup::run(m_store->database(), st));
    QVERIFY(QueueQuery::hasSearchIndexes(m_store->database()));
    QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    QueueFilter rare;
    rare.text = QStringLiteral("name 123");
    const QString all = explained(QueueQuery::page(rare, QueueQuery::Order::Received, std::nullopt, 50,
                                                   QueueQuery::Search::Union))
                            .join(QLatin1Char('\n'));
    QVERIFY2(!all.startsWith(QLatin1String("EXPLAIN failed")), qPrintable(all));
    for (const char* index : {"lethe_search_request_id", "lethe_search_assignee", "lethe_search_subject_name",
                              "lethe_search_identity"})
        QVERIFY2(all.contains(QLatin1String(index)), qPrintable(all));
    const QList<Found> indexed = search(QueueQuery::Search::Union, texts);
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY2(indexed[i].ids == unionWay[i].ids, qPrintable(texts[i]));
        QVERIFY2(indexed[i].count == unionWay[i].count, qPrintable(texts[i]));
    }

    // A text of one or two characters through the index of each text's short substrings
    // (TeamSetup::shortSearchIndexes): chosen only for those, each of the four read through its own index
    // for a rare one, and the same rows and counts for every text.
    QueueFilter shortText;
    shortText.text = QStringLiteral(" Ë ");
    QCOMPARE(QueueQuery::shortGram(shortText.text), QStringLiteral("ë"));
    QCOMPARE(QueueQuery::shortGram(QStringLiteral("\U0001F600x")), QStringLiteral("\U0001F600x"));
    QCOMPARE(QueueQuery::shortGram(QStringLiteral("abc")), QString());
    QCOMPARE(QueueQuery::searchOf(m_store->database(), shortText), QueueQuery::Search::Union);
    QVERIFY(!QueueQuery::hasShortSearchIndexes(m_store->database()));
    for (const TeamStatement& st : TeamSetup::shortSearchIndexes())
        VERIFY_OK(TeamSetup::run(m_store->database(), st));
    QVERIFY(QueueQuery::hasShortSearchIndexes(m_store->database()));
    QCOMPARE(QueueQuery::searchOf(m_store->database(), shortText), QueueQuery::Search::UnionGrams);
    QCOMPARE(QueueQuery::searchOf(m_store->database(), rare), QueueQuery::Search::Union);
    QueueFilter rareShort;
    rareShort.text = QStringLiteral("9q");
    const QString grams = explained(QueueQuery::page(rareShort, QueueQuery::Order::Received, std::nullopt, 50,
                                                     QueueQuery::Search::UnionGrams))
                              .join(QLatin1Char('\n'));
    for (const char* index : {"lethe_search_short_request_id", "lethe_search_short_assignee",
                              "lethe_search_short_subject_name", "lethe_search_short_identity"})
        QVERIFY2(grams.contains(QLatin1String(index)), qPrintable(grams));
    // (A longer text is searched as Union, compared above.)
    QStringList shortTexts;
    for (const QString& text : texts)
        if (!QueueQuery::shortGram(text).isEmpty())
            shortTexts << text;
    QCOMPARE(shortTexts.size(), 8);
    const QList<Found> short_ = search(QueueQuery::Search::UnionGrams, shortTexts);
    for (int i = 0; i < shortTexts.size(); ++i) {
        const qsizetype at = texts.indexOf(shortTexts[i]);
        QVERIFY2(short_[i].ids == unionWay[at].ids, qPrintable(shortTexts[i]));
        QVERIFY2(short_[i].count == unionWay[at].count, qPrintable(shortTexts[i]));
    }
    // A request added now is found through them too.
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO subjects (id, display_name) VALUES (5000, 'Xo 9Q')")),
             qPrintable(q.lastError().text()));
    QVERIFY2(
        q.exec(QStringLiteral(
            "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
            "subject_id, created_at, updated_at) VALUES (5000, 'R-2019-5000', 2019, 5000, 'access', "
            "'gdpr', '2019-01-01', 'new', 5000, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')")),
        qPrintable(q.lastError().text()));
    QCOMPARE(everyMatch(rareShort, 7, QueueQuery::Search::UnionGrams),
             QStringList{QStringLiteral("R-2019-5000")});
    QCOMPARE(everyMatch(rareShort, 7, QueueQuery::Search::Union), QStringList{QStringLiteral("R-2019-5000")});
    QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
}

// With enough rows that reading them all would cost more, the first page and a later one of one status, of
// one assignee, of both and of the whole queue are read through an index: on PostgreSQL never a sequential
// scan of requests or subjects (EXPLAIN after ANALYZE), one status and assignee through their own index; on
// SQLite never a scan of requests or a sort of all its matches (EXPLAIN QUERY PLAN).
void TestQueueQuery::statusAndAssigneeFiltersUseAnIndex()
{
    QSqlQuery q(m_store->database());
    const int n = m_postgres ? 200000 : 20000;
    const auto [series, day] = generated(m_postgres, n);
    for (const QString& sql :
         {QStringLiteral("INSERT INTO subjects (id, display_name) SELECT g, 'Subject ' || g FROM %1")
              .arg(series),
          QStringLiteral("INSERT INTO identities (subject_id, kind, value) SELECT g, 'email', 's' || g || "
                         "'@example.test' FROM %1")
              .arg(series),
          QStringLiteral(
              "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
              "assignee, subject_id, created_at, updated_at) SELECT g, 'R-2020-' || g, 2020, g, "
              "'access', 'gdpr', %2, CASE WHEN g % 10 = 0 THEN 'in-progress' ELSE 'completed' END, "
              "'desk' || (g % 20), g, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM %1")
              .arg(series, day),
          QStringLiteral("ANALYZE")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    auto plan = [&](const QueueFilter& f, bool second) {
        const std::optional<QueueCursor> after =
            second ? std::optional<QueueCursor>(QueueCursor{QStringLiteral("2018-01-01"), 5000})
                   : std::nullopt;
        return explained(QueueQuery::page(f, QueueQuery::Order::Received, after, 5000));
    };
    QueueFilter status;
    status.status = RequestStatus::InProgress;
    QueueFilter assignee;
    assignee.assignee = QStringLiteral("desk7");
    QueueFilter both = status;
    both.assignee = QStringLiteral("desk10");
    for (const QueueFilter& f : {status, assignee, both, QueueFilter{}}) {
        for (bool second : {false, true}) {
            const QStringList p = plan(f, second);
            const QString all = p.join(QLatin1Char('\n'));
            QVERIFY2(!all.startsWith(QLatin1String("EXPLAIN failed")), qPrintable(all));
            QVERIFY2(all.contains(QLatin1String("Index")) || all.contains(QLatin1String("INDEX")),
                     qPrintable(all));
            if (m_postgres) {
                QVERIFY2(!all.contains(QLatin1String("Seq Scan on requests")), qPrintable(all));
                QVERIFY2(!all.contains(QLatin1String("Seq Scan on subjects")), qPrintable(all));
                if (f.status && f.assignee)
                    QVERIFY2(all.contains(QLatin1String("requests_by_status_assignee")), qPrintable(all));
            } else {
                QVERIFY2(!p.contains(QLatin1String("SCAN r")), qPrintable(all));
                QVERIFY2(!all.contains(QLatin1String("TEMP B-TREE")), qPrintable(all)); // nor sorted after
            }
        }
    }
    // And the index gives the rows the filter keeps.
    QCOMPARE(*QueueQuery::count(m_store->database(), both), qint64(n / 20));
    auto first =
        QueueQuery::read(m_store->database(), m_now.date(), both, QueueQuery::Order::Received, {}, 3);
    QVERIFY(first.ok());
    QCOMPARE(ids(first->rows), (QStringList{QStringLiteral("R-2020-10"), QStringLiteral("R-2020-30"),
                                            QStringLiteral("R-2020-50")}));
}

// Requests whose due dates roll over holidays (Christmas in Bavaria and in England, New Year, Thanksgiving in
// California), one extended, one whose clock stopped and restarted, two whose clocks are stopped now, two
// closed, and several with the same due date (ordered by id).
void TestQueueQuery::addUrgencySample()
{
    QVERIFY(m_store->setEstablishedIn(QStringLiteral("DE-BY")).ok());
    m_now = QDateTime(QDate(2026, 10, 20), QTime(10, 0), Qt::UTC); // before e's first deadline
    const auto law = [this](const char* name, QDate received, Regulation r,
                            RequestType t = RequestType::Access) {
        return add(QString::fromLatin1(name), QString::fromLatin1(name) + QStringLiteral("@example.com"),
                   received, {}, t, r);
    };
    const QString e = law("e", QDate(2026, 10, 1), Regulation::Gdpr); // extended: 1 Jan → 4 Jan
    QVERIFY(m_store->extend(e, QStringLiteral("complex")).ok());
    m_now = QDateTime(QDate(2026, 12, 10), QTime(10, 0), Qt::UTC);
    const QString a = law("a", QDate(2026, 11, 25), Regulation::Gdpr); // 25 Dec → 28 Dec (DE-BY)
    const QString b = law("b", QDate(2026, 11, 28), Regulation::Gdpr); // 28 Dec
    law("c", QDate(2026, 11, 25), Regulation::UkGdpr);                 // → 29 Dec (Boxing Day moved)
    law("d", QDate(2026, 11, 13), Regulation::Ccpa);                   // 45 days: 28 Dec
    law("f", QDate(2026, 12, 1), Regulation::Gdpr);                    // 1 Jan → 4 Jan
    // Epiphany is a holiday in Bavaria, not in France: o is due after p there, with p (a lower id after) in
    // France.
    law("o", QDate(2026, 12, 6), Regulation::Gdpr);  // 6 Jan → 7 Jan (DE-BY)
    law("p", QDate(2026, 11, 22), Regulation::Ccpa); // 45 days: 6 Jan
    law("g", QDate(2026, 11, 20), Regulation::Ccpa, RequestType::OptOutSaleSharing); // Thanksgiving
    law("h", QDate(2026, 11, 28), Regulation::Other);                                // 28 Dec
    const QString paused = law("i", QDate(2026, 11, 10), Regulation::Gdpr);          // paused
    QVERIFY(m_store->transition(paused, RequestStatus::AwaitingIdentity).ok());
    const QString clarify = law("j", QDate(2026, 11, 1), Regulation::UkGdpr); // paused
    QVERIFY(m_store->transition(clarify, RequestStatus::AwaitingClarification).ok());
    const QString stopped = law("k", QDate(2026, 11, 20), Regulation::Gdpr); // stopped 5 days
    QVERIFY(m_store->transition(stopped, RequestStatus::AwaitingIdentity).ok());
    const QString closed = law("l", QDate(2026, 11, 5), Regulation::Gdpr);
    QVERIFY(m_store->transition(closed, RequestStatus::Cancelled, QStringLiteral("withdrawn")).ok());
    QVERIFY(m_store->transition(b, RequestStatus::Cancelled, QStringLiteral("withdrawn")).ok());
    m_now = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::UTC);
    QVERIFY(m_store->transition(stopped, RequestStatus::Verified).ok());
    law("m", QDate(2026, 12, 14), Regulation::Ccpa); // 28 Jan
    law("n", QDate(2026, 11, 25), Regulation::Gdpr); // 28 Dec, as a
    Q_UNUSED(a);
    m_now = QDateTime(QDate(2026, 12, 20), QTime(10, 0), Qt::UTC);
}

QStringList TestQueueQuery::modelOrder(Qt::SortOrder order, const QueueFilter& filter)
{
    auto all =
        QueueQuery::read(m_store->database(), m_now.date(), {}, QueueQuery::Order::Id, std::nullopt, 0);
    if (!all) {
        qWarning("%s", qPrintable(all.error().message));
        return {};
    }
    QList<RequestSummary> kept;
    for (const RequestSummary& r : std::as_const(all->rows))
        if (filter.accepts(r))
            kept << r;
    RequestQueueModel model;
    model.setToday(m_now.date());
    model.clear();
    model.appendRows(kept);
    model.finishLoading();
    model.sort(RequestQueueModel::DaysLeftColumn, order);
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, 0).data(RequestQueueModel::HumanIdRole).toString();
    return out;
}

void TestQueueQuery::checkUrgencyPages(QueueQuery::Order order, int pageSize, const QueueFilter& filter)
{
    const QStringList expected =
        modelOrder(order == QueueQuery::Order::Urgency ? Qt::AscendingOrder : Qt::DescendingOrder, filter);
    QVERIFY(expected.size() > (filter.isEmpty() ? 10 : 0));
    QueueLoader loader;
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy finished(&loader, &QueueLoader::finished);
    QSignalSpy stale(&loader, &QueueLoader::dueKeysStale);
    QSignalSpy failed(&loader, &QueueLoader::failed);
    loader.start(m_params, m_now.date(), filter, pageSize, order);
    QStringList held;
    for (int page = 0;; ++page) {
        QVERIFY2(finished.wait(20000),
                 failed.isEmpty() ? "no page" : qPrintable(failed.first().first().toString()));
        QCOMPARE(loader.order(), order); // the server's urgency order, not a fallback
        for (const auto& args : chunks)
            held << ids(args.at(0).value<QList<RequestSummary>>());
        chunks.clear();
        // What the window holds is the beginning of the true order: sorted, it shows the true order.
        QStringList sortedHeld = held;
        QStringList prefix = expected.mid(0, held.size());
        std::sort(sortedHeld.begin(), sortedHeld.end());
        std::sort(prefix.begin(), prefix.end());
        QVERIFY2(sortedHeld == prefix,
                 qPrintable(QStringLiteral("page %1: held %2, expected the first of %3")
                                .arg(page)
                                .arg(held.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')))));
        if (!loader.hasMore())
            break;
        QVERIFY(loader.fetchMore());
    }
    QCOMPARE(held.size(), expected.size());
    QCOMPARE(stale.size(), 0);
}

void TestQueueQuery::urgencyPagesAreTheModelsOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("ascending, 1 a page") << int(QueueQuery::Order::Urgency) << 1;
    QTest::newRow("ascending, 2 a page") << int(QueueQuery::Order::Urgency) << 2;
    QTest::newRow("ascending, 5 a page") << int(QueueQuery::Order::Urgency) << 5;
    QTest::newRow("descending, 1 a page") << int(QueueQuery::Order::UrgencyDescending) << 1;
    QTest::newRow("descending, 3 a page") << int(QueueQuery::Order::UrgencyDescending) << 3;
}

// The server's urgency order, page by page, is RequestQueueModel's days-left order (holidays, an extension,
// a clock stopped and restarted, paused and closed requests, equal due dates by id), in both directions.
void TestQueueQuery::urgencyPagesAreTheModelsOrder()
{
    QFETCH(int, order);
    QFETCH(int, pageSize);
    addUrgencySample();
    auto current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok());
    QVERIFY(*current); // every change stored its key
    // The sample has the ties and the holidays it is meant to have.
    const QStringList asc = modelOrder(Qt::AscendingOrder);
    QCOMPARE(asc.size(), 16);
    auto all =
        QueueQuery::read(m_store->database(), m_now.date(), {}, QueueQuery::Order::Id, std::nullopt, 0);
    QVERIFY(all.ok());
    QHash<QString, QDate> due;
    for (const RequestSummary& r : all->rows)
        due.insert(m_names.value(r.humanId), r.due);
    QCOMPARE(due.value(QStringLiteral("a")), QDate(2026, 12, 28));
    QCOMPARE(due.value(QStringLiteral("n")), QDate(2026, 12, 28));
    QCOMPARE(due.value(QStringLiteral("c")), QDate(2026, 12, 29));
    QCOMPARE(due.value(QStringLiteral("e")), QDate(2027, 1, 4));
    QCOMPARE(due.value(QStringLiteral("f")), QDate(2027, 1, 4));
    QCOMPARE(due.value(QStringLiteral("o")), QDate(2027, 1, 7));
    QCOMPARE(due.value(QStringLiteral("p")), QDate(2027, 1, 6));
    checkUrgencyPages(QueueQuery::Order(order), pageSize);
}

void TestQueueQuery::filteredUrgencyPagesAreTheModelsOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("status");   // empty: any
    QTest::addColumn<QString>("assignee"); // "-": anyone's, "": nobody's
    const QString any;
    const QString anyone = QStringLiteral("-");
    const QString newKey = Names::key(RequestStatus::New);
    for (const auto& [order, name] : {std::pair{QueueQuery::Order::Urgency, "ascending"},
                                      std::pair{QueueQuery::Order::UrgencyDescending, "descending"}}) {
        for (int size : {1, 2}) {
            const auto row = [&](const char* what) -> QTestData& {
                return QTest::addRow("%s, %s, %d a page", what, name, size) << int(order) << size;
            };
            row("status new") << newKey << anyone;
            row("status paused") << Names::key(RequestStatus::AwaitingIdentity) << anyone;
            row("status cancelled") << Names::key(RequestStatus::Cancelled) << anyone;
            row("assignee dana") << any << QStringLiteral("dana");
            row("nobody's") << any << QString(QLatin1String(""));
            row("status new, assignee dana") << newKey << QStringLiteral("dana");
            row("status new, nobody's") << newKey << QString(QLatin1String(""));
        }
    }
}

// Filtered by a status, an assignee (or nobody), or both, the server's urgency pages are the model's
// days-left order of the rows QueueFilter::accepts, both ways, through the indexes of migration 14 (ties by
// id, paused requests' floating keys read whole).
void TestQueueQuery::filteredUrgencyPagesAreTheModelsOrder()
{
    QFETCH(int, order);
    QFETCH(int, pageSize);
    QFETCH(QString, status);
    QFETCH(QString, assignee);
    addUrgencySample();
    // Every other request dana's, in the order they were added; a hand-over does not move a due key.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee = 'dana' WHERE id % 2 = 0")));
    QueueFilter f;
    if (!status.isEmpty())
        f.status = Names::parseStatus(status);
    if (assignee != QLatin1String("-"))
        f.assignee = assignee;
    auto current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok() && *current);
    checkUrgencyPages(QueueQuery::Order(order), pageSize, f);
}

// With enough rows that the planner prefers an index to reading them all, a page of one status (rare or
// common), of one assignee (or nobody's), or of both, by days left either way, first or after a cursor, is
// read as one range of that filter's own due-key index (migration 14) and never sorted: on PostgreSQL no
// Sort node (sorting turned off, as a common value may be read by a bitmap and sorted), on SQLite no
// temporary b-tree for the ORDER BY.
void TestQueueQuery::filteredUrgencyPagesReadTheirOwnIndex()
{
    QSqlQuery q(m_store->database());
    const int n = m_postgres ? 200000 : 20000;
    const auto [series, day] = generated(m_postgres, n);
    // One in a thousand verified, one in ten in progress (both open: rank 0), the rest completed (rank 2);
    // due days spread over eight years.
    for (const QString& sql :
         {QStringLiteral("INSERT INTO subjects (id, display_name) SELECT g, 'Subject ' || g FROM %1")
              .arg(series),
          QStringLiteral(
              "INSERT INTO requests (id, human_id, year, seq, type, regulation, received_date, status, "
              "assignee, subject_id, created_at, updated_at, due_key, due_digest) SELECT g, 'R-2020-' || g, "
              "2020, g, 'access', 'gdpr', %2, CASE WHEN g % 1000 = 500 THEN 'verified' WHEN g % 10 = 0 THEN "
              "'in-progress' ELSE 'completed' END, CASE WHEN g % 20 = 0 THEN '' ELSE 'desk' || (g % 20) END, "
              "g, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', CASE WHEN g % 10 = 0 THEN 0 ELSE "
              "200000000 END + 2457000 + (g * 7919) % 3000, 'd' FROM %1")
              .arg(series, day),
          QStringLiteral("ANALYZE")})
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

    const auto plan = [&](const QueueFilter& f, QueueQuery::Order order, bool second) {
        const std::optional<QueueCursor> after =
            second ? std::optional<QueueCursor>(QueueCursor{QString(), 5000, 2458500}) : std::nullopt;
        // The page's own plan: the subject's name and first identity (the subplans, after it) are read by id.
        QStringList lines;
        for (const QString& line : explained(QueueQuery::page(f, order, after, 5000))) {
            if (line.contains(QLatin1String("SubPlan")))
                break;
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    };
    struct Case
    {
        QueueFilter filter;
        QString index; // the ascending order's; the descending one's is index + "_desc"
    };
    QList<Case> cases;
    for (RequestStatus s : {RequestStatus::Verified, RequestStatus::InProgress, RequestStatus::Completed}) {
        QueueFilter f;
        f.status = s;
        cases << Case{f, QStringLiteral("requests_by_status_due")};
    }
    for (const QString& who : {QStringLiteral("desk7"), QString(QLatin1String(""))}) {
        QueueFilter f;
        f.assignee = who;
        cases << Case{f, QStringLiteral("requests_by_assignee_due")};
        f.status = who.isEmpty() ? RequestStatus::Verified : RequestStatus::Completed;
        cases << Case{f, QStringLiteral("requests_by_status_assignee_due")};
    }
    // For a common value PostgreSQL may rather read the matches by a bitmap and sort them (its estimate of
    // random reads against a sort); without sorting, what it can read in order is the index asked for, not
    // migration 13's due-key index with the filter tested on each row.
    if (m_postgres)
        QVERIFY(q.exec(QStringLiteral("SET enable_sort = off")));
    for (const Case& c : std::as_const(cases)) {
        for (QueueQuery::Order order : {QueueQuery::Order::Urgency, QueueQuery::Order::UrgencyDescending}) {
            const QString index =
                c.index + (order == QueueQuery::Order::Urgency ? QString() : QStringLiteral("_desc"));
            // The index by its whole name (not the start of a longer one's).
            const QRegularExpression used(QStringLiteral("\\b%1\\b").arg(index),
                                          QRegularExpression::CaseInsensitiveOption);
            for (bool second : {false, true}) {
                const QString p = plan(c.filter, order, second);
                const QString what = QStringLiteral("%1, page %2:\n%3").arg(index).arg(second ? 2 : 1).arg(p);
                QVERIFY2(!p.startsWith(QLatin1String("EXPLAIN failed")), qPrintable(what));
                QVERIFY2(p.contains(used), qPrintable(what));
                if (m_postgres) {
                    QVERIFY2(!p.contains(QLatin1String("Sort")), qPrintable(what));
                    QVERIFY2(!p.contains(QLatin1String("Seq Scan on requests")), qPrintable(what));
                } else {
                    QVERIFY2(!p.contains(QLatin1String("TEMP B-TREE")), qPrintable(what));
                }
            }
        }
    }
    if (m_postgres)
        QVERIFY(q.exec(QStringLiteral("RESET enable_sort")));
    // And the index's rows are the filter's, in the order: nobody's verified requests by days left.
    QueueFilter f;
    f.status = RequestStatus::Verified;
    f.assignee = QString(QLatin1String(""));
    auto page = QueueQuery::read(m_store->database(), m_now.date(), f, QueueQuery::Order::Urgency, {}, 3);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
    QStringList expected;
    QList<std::pair<qint64, qint64>> keys; // (due key, id) of g = 500, 1500, …: the rows f keeps
    for (qint64 g = 500; g <= n; g += 1000)
        keys << std::pair{2457000 + (g * 7919) % 3000, g};
    std::sort(keys.begin(), keys.end());
    for (int i = 0; i < 3; ++i)
        expected << QStringLiteral("R-2020-%1").arg(keys.at(i).second);
    QCOMPARE(ids(page->rows), expected);
}

// Changing the workspace's calendar moves due dates: the stored keys are stale (the loader falls back) until
// recomputed, and then the server's order is the model's under the new calendar.
void TestQueueQuery::deadlineSettingChangeRecomputesTheStoredOrder()
{
    addUrgencySample();
    const QStringList before = modelOrder(Qt::AscendingOrder);
    QVERIFY(m_store->setEstablishedIn(QStringLiteral("FR")).ok()); // no Epiphany: o's due moves
    const QStringList after = modelOrder(Qt::AscendingOrder);
    QVERIFY(before != after);
    auto current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok());
    QVERIFY(!*current);
    {
        QueueLoader loader;
        QSignalSpy finished(&loader, &QueueLoader::finished);
        QSignalSpy stale(&loader, &QueueLoader::dueKeysStale);
        loader.start(m_params, m_now.date(), {}, 2, QueueQuery::Order::Urgency);
        QVERIFY(finished.wait(20000));
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.at(0).at(0).toBool(), true); // this login may store them again
        QCOMPARE(loader.order(), QueueQuery::Order::Received);
    }
    auto may = DueKeys::mayRecompute(m_store->database());
    QVERIFY(may.ok() && *may);
    auto n = DueKeys::recompute(m_store->database(), m_now.date(), 4);
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().message));
    QCOMPARE(*n, qint64(16)); // every request, four a transaction
    current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok() && *current);
    checkUrgencyPages(QueueQuery::Order::Urgency, 2);
    checkUrgencyPages(QueueQuery::Order::UrgencyDescending, 2);
    // Nothing left to do the second time.
    n = DueKeys::recompute(m_store->database(), m_now.date(), 4);
    QVERIFY(n.ok());
    QCOMPARE(*n, qint64(0));
}

// A request whose key another Lethe stored (other calendar data: another digest), or that was written without
// one, makes the urgency order untrustworthy: the loader reads in the received order and says so.
void TestQueueQuery::staleStoredDueDatesFallBackToTheReceivedOrder()
{
    addUrgencySample();
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET due_digest = 'another-lethe' WHERE id = (SELECT "
                                  "MIN(id) FROM requests)")));
    auto current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok());
    QVERIFY(!*current);
    QueueLoader loader;
    QSignalSpy finished(&loader, &QueueLoader::finished);
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy stale(&loader, &QueueLoader::dueKeysStale);
    loader.start(m_params, m_now.date(), {}, 3, QueueQuery::Order::UrgencyDescending);
    QVERIFY(finished.wait(20000));
    QCOMPARE(stale.size(), 1);
    QCOMPARE(loader.order(), QueueQuery::Order::Received);
    QCOMPARE(ids(chunks.at(0).at(0).value<QList<RequestSummary>>()),
             everyMatch(QueueFilter{}, 1000).mid(0, 3)); // the received order's first page

    // Brought up to date, the urgency order is read again.
    QVERIFY(DueKeys::recompute(m_store->database(), m_now.date()).ok());
    checkUrgencyPages(QueueQuery::Order::UrgencyDescending, 3);
    // A request written by SQL alone has no key: stale again, and a loader reading by urgency meanwhile
    // stops before its next page (which could miss it or place it wrongly) and says so.
    QueueLoader reading;
    QSignalSpy pages(&reading, &QueueLoader::chunkLoaded);
    QSignalSpy read(&reading, &QueueLoader::finished);
    QSignalSpy staleNow(&reading, &QueueLoader::dueKeysStale);
    reading.start(m_params, m_now.date(), {}, 3, QueueQuery::Order::UrgencyDescending);
    QVERIFY(read.wait(20000));
    QCOMPARE(reading.order(), QueueQuery::Order::UrgencyDescending);
    QVERIFY(reading.hasMore());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO requests (human_id, year, seq, type, regulation, received_date, status, assignee, "
        "subject_id, created_at, updated_at) SELECT 'R-2019-9', 2019, 9, 'access', 'gdpr', '2019-06-01', "
        "'new', '', subject_id, created_at, updated_at FROM requests WHERE id = (SELECT MIN(id) FROM "
        "requests)")));
    current = DueKeys::isCurrent(m_store->database());
    QVERIFY(current.ok());
    QVERIFY(!*current);
    QVERIFY(reading.fetchMore());
    QVERIFY(staleNow.wait(20000));
    QCOMPARE(staleNow.first().first().toBool(), true);
    QCOMPARE(pages.size(), 1); // the first page only
    QVERIFY(!reading.hasMore());
    QVERIFY(!reading.isRunning());
}

void TestQueueQuery::addSortKeySample()
{
    const QDate d(2026, 9, 1);
    // name, first identity, assignee
    const QList<std::array<QString, 3>> rows{
        {QStringLiteral("zoe Adams"), QStringLiteral("z@example.com"), QStringLiteral("Dana")},
        {QStringLiteral("Zoe adams"), QStringLiteral("z2@example.com"), QStringLiteral("dana")}, // same key
        {QStringLiteral("Émile Roux"), QStringLiteral("e@example.com"), QStringLiteral("DANA")},
        {QStringLiteral("émile roux"), QStringLiteral("e2@example.com"), QStringLiteral("Ölga")},
        {QStringLiteral("Adam"), QStringLiteral("a@example.com"), QStringLiteral("ölga")},
        {QStringLiteral("adam b"), QStringLiteral("ab@example.com"), QString()},
        {QString(), QStringLiteral("Nameless@Example.com"), QStringLiteral("olga")}, // shown by identity
        {QString(), QStringLiteral("bare@example.com"), QString()},
        // ς and Σ fold to σ; K (Kelvin sign) to k; ẞ to ß
        {QStringLiteral("ΣΟΦΙΑ"), QStringLiteral("s1@example.com"), QStringLiteral("\u212Aim")},
        {QStringLiteral("σοφιας"), QStringLiteral("s2@example.com"), QStringLiteral("kim")},
        {QStringLiteral("\u1E9Each"), QStringLiteral("ss@example.com"), QStringLiteral("Kim")},
        // A code point above U+FFFF (a surrogate pair, 0xD83D…) sorts below U+FF21 by code unit.
        {QStringLiteral("\U0001F600 smile"), QStringLiteral("u1@example.com"), QStringLiteral("\uFF21nna")},
        {QStringLiteral("\uFF21nna"), QStringLiteral("u2@example.com"), QStringLiteral("\U0001F600")},
        {QStringLiteral("adam"), QStringLiteral("a3@example.com"), QStringLiteral("dana ")},
        // Folded and lowered apart: ς folds to σ (lowered it stays ς, U+03C2, before σ), µ (micro) to μ.
        {QStringLiteral("ςb"), QStringLiteral("f1@example.com"), QStringLiteral("µb")},
        {QStringLiteral("σa"), QStringLiteral("f2@example.com"), QStringLiteral("μa")},
    };
    int i = 0;
    for (const auto& r : rows) {
        const QString id = add(r[0], r[1], d.addDays(i % 4 - i % 3 * 30), r[2],
                               i % 2 ? RequestType::Erasure : RequestType::Access);
        QVERIFY2(!id.isEmpty(), qPrintable(r[1]));
        ++i;
    }
}

void TestQueueQuery::checkModelOrderPages(int column, Qt::SortOrder sortOrder, QueueQuery::Order order,
                                          const QueueFilter& filter, int atLeast, bool shuffled)
{
    auto all =
        QueueQuery::read(m_store->database(), m_now.date(), filter, QueueQuery::Order::Id, std::nullopt, 0);
    QVERIFY(all.ok());
    RequestQueueModel model;
    model.setToday(m_now.date());
    model.clear();
    model.appendRows(all->rows);
    model.finishLoading();
    model.sort(column, sortOrder);
    QStringList expected;
    for (int i = 0; i < model.rowCount(); ++i)
        expected << model.index(i, 0).data(RequestQueueModel::HumanIdRole).toString();
    QVERIFY(expected.size() >= atLeast);
    if (shuffled)
        QVERIFY(expected != ids(all->rows)); // not the order they were added in
    for (int chunk : {1, 2, 5}) {
        QStringList paged;
        std::optional<QueueCursor> after;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = QueueQuery::read(m_store->database(), m_now.date(), filter, order, after, chunk);
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
            paged << ids(page->rows);
            if (page->rows.size() < chunk)
                break;
            after = page->last;
        }
        QCOMPARE(paged, expected);
    }
}

void TestQueueQuery::subjectAndAssigneePagesAreTheModelsOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("sortOrder");
    QTest::addColumn<int>("order");
    QTest::newRow("by subject") << int(RequestQueueModel::SubjectColumn) << int(Qt::AscendingOrder)
                                << int(QueueQuery::Order::Subject);
    QTest::newRow("by subject, descending")
        << int(RequestQueueModel::SubjectColumn) << int(Qt::DescendingOrder)
        << int(QueueQuery::Order::SubjectDescending);
    QTest::newRow("by assignee") << int(RequestQueueModel::AssigneeColumn) << int(Qt::AscendingOrder)
                                 << int(QueueQuery::Order::Assignee);
    QTest::newRow("by assignee, descending")
        << int(RequestQueueModel::AssigneeColumn) << int(Qt::DescendingOrder)
        << int(QueueQuery::Order::AssigneeDescending);
}

// Sorted by subject or assignee either way, the server's pages are RequestQueueModel's order of that column
// (the case-folded text by code unit, ties by id ascending), whole, filtered and searched, in pages of 1, 2
// and 5; and still after every change that moves a request in them: a subject renamed, a nameless subject's
// first identity removed and added, a request claimed, handed on and escalated, and a new request.
void TestQueueQuery::subjectAndAssigneePagesAreTheModelsOrder()
{
    QFETCH(int, column);
    QFETCH(int, sortOrder);
    QFETCH(int, order);
    addSortKeySample();
    for (auto c : {SortKeys::Column::Subject, SortKeys::Column::Assignee}) {
        auto complete = SortKeys::isComplete(m_store->database(), c);
        QVERIFY(complete.ok());
        QVERIFY(*complete);
    }
    QueueFilter erasures;
    erasures.type = RequestType::Erasure;
    QueueFilter text;
    text.text = QStringLiteral("example.com");
    QueueFilter nobody;
    nobody.assignee = QString(); // nobody's
    const QList<QueueFilter> filters{QueueFilter(), erasures, text, nobody};
    auto checkAll = [&] {
        for (const QueueFilter& f : filters) {
            checkModelOrderPages(column, Qt::SortOrder(sortOrder), QueueQuery::Order(order), f);
            if (QTest::currentTestFailed())
                return;
        }
    };
    checkAll();
    if (QTest::currentTestFailed())
        return;

    auto idOf = [this](const QString& name) { return m_names.key(name); };
    // Renamed: "adam b" becomes "Zed".
    RequestUpdate rename;
    rename.subjectName = QStringLiteral("Zed");
    QVERIFY(m_store->update(idOf(QStringLiteral("adam b")), rename).ok());
    // The nameless subject shown by "bare@…" gets a new first identity: removed, then added after another.
    QSqlQuery find(m_store->database());
    QVERIFY(find.exec(QStringLiteral("SELECT r.human_id FROM requests r JOIN identities i ON i.subject_id = "
                                     "r.subject_id WHERE i.value = 'bare@example.com'")));
    QVERIFY(find.next());
    const QString bare = find.value(0).toString();
    find.finish();
    RequestUpdate identities;
    identities.addIdentities = {{IdentityKind::Email, QStringLiteral("AAA@example.com")}};
    QVERIFY(m_store->update(bare, identities).ok());
    RequestUpdate drop;
    drop.removeIdentities = {{IdentityKind::Email, QStringLiteral("bare@example.com")}};
    QVERIFY2(m_store->update(bare, drop).ok(), "the first identity removed");
    // Claimed (the actor, "tester"), handed on, escalated, assigned by an edit.
    auto taken = m_store->takeNext();
    QVERIFY(taken.ok() && taken->has_value());
    QVERIFY(
        m_store->assign(idOf(QStringLiteral("Adam")), QStringLiteral("Bea"), QStringLiteral("cover"), false)
            .ok());
    QVERIFY(
        m_store->assign(idOf(QStringLiteral("ΣΟΦΙΑ")), QStringLiteral("aaron"), QStringLiteral("hard"), true)
            .ok());
    RequestUpdate reassign;
    reassign.assignee = QStringLiteral("ZULU");
    QVERIFY(m_store->update(idOf(QStringLiteral("zoe Adams")), reassign).ok());
    add(QStringLiteral("Bertha"), QStringLiteral("bertha@example.com"), QDate(2026, 9, 3),
        QStringLiteral("Carl"));
    checkAll();
}

// Either way the pages are read through migration 15's indexes in their order, first or after a cursor: on
// PostgreSQL (sorting turned off) no Sort node, on SQLite no temporary b-tree for the ORDER BY.
void TestQueueQuery::subjectAndAssigneePagesReadTheirIndex()
{
    addSortKeySample();
    QueueCursor cursor;
    cursor.id = 3;
    cursor.sortKey = SortKeys::key(QStringLiteral("m"));
    QSqlQuery q(m_store->database());
    if (m_postgres) {
        QVERIFY(q.exec(QStringLiteral("ANALYZE requests")));
        QVERIFY(q.exec(QStringLiteral("SET enable_sort = off")));
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    }
    for (auto order : {QueueQuery::Order::Subject, QueueQuery::Order::SubjectDescending,
                       QueueQuery::Order::Assignee, QueueQuery::Order::AssigneeDescending}) {
        for (bool second : {false, true}) {
            const QStringList plan = explained(
                QueueQuery::page({}, order, second ? std::optional<QueueCursor>(cursor) : std::nullopt, 5));
            const QString text = plan.join(QLatin1Char('\n'));
            const bool subject =
                order == QueueQuery::Order::Subject || order == QueueQuery::Order::SubjectDescending;
            const bool descending = order == QueueQuery::Order::SubjectDescending ||
                                    order == QueueQuery::Order::AssigneeDescending;
            const QString index =
                QStringLiteral("requests_by_%1%2")
                    .arg(subject ? QStringLiteral("subject") : QStringLiteral("assignee_key"),
                         descending ? QStringLiteral("_desc") : QString());
            QVERIFY2(text.contains(index), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("Sort")) && !text.contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(text));
        }
    }
    if (m_postgres) {
        QVERIFY(q.exec(QStringLiteral("RESET enable_sort")));
        QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
    }
}

// A workspace whose requests have no stored keys (written before migration 15, or by SQL): a loader asked
// for the subject order reads by the date received and says so; filled, the order is the model's; a request
// written by SQL meanwhile stops a loader reading by subject before its next page. On PostgreSQL, a live
// queue trigger from before migration 15 makes the fill refuse, naming it, and store nothing.
void TestQueueQuery::missingSortKeysFallBackAndAreFilled()
{
    addSortKeySample();
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET subject_key = NULL WHERE id % 2 = 0")));
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_key = NULL WHERE id % 3 = 0")));
    auto complete = SortKeys::isComplete(m_store->database(), SortKeys::Column::Subject);
    QVERIFY(complete.ok());
    QVERIFY(!*complete);
    QueueLoader loader;
    QSignalSpy finished(&loader, &QueueLoader::finished);
    QSignalSpy chunks(&loader, &QueueLoader::chunkLoaded);
    QSignalSpy missing(&loader, &QueueLoader::sortKeysMissing);
    loader.start(m_params, m_now.date(), {}, 3, QueueQuery::Order::SubjectDescending);
    QVERIFY(finished.wait(20000));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().first().toBool(), true); // this login may fill them
    QCOMPARE(loader.order(), QueueQuery::Order::Received);
    QCOMPARE(ids(chunks.at(0).at(0).value<QList<RequestSummary>>()),
             everyMatch(QueueFilter{}, 1000).mid(0, 3));

    if (m_postgres) {
        // setup-team's trigger function as it was before migration 15: announcing key-only changes.
        QVERIFY(q.exec(QStringLiteral(
            "CREATE FUNCTION lethe_queue_notify() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN IF TG_OP = "
            "'UPDATE' AND to_jsonb(NEW) - 'due_key' - 'due_digest' = to_jsonb(OLD) - 'due_key' - "
            "'due_digest' "
            "THEN RETURN NULL; END IF; PERFORM pg_notify('lethe_queue', NEW.human_id); RETURN NULL; END "
            "$fn$")));
        auto refused = SortKeys::fill(m_store->database());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("lethe_queue_notify")) &&
                     refused.error().message.contains(QLatin1String("setup-team")),
                 qPrintable(refused.error().message));
        auto stillMissing = SortKeys::missing(m_store->database());
        QVERIFY(stillMissing.ok());
        QVERIFY(*stillMissing > 0);
        QVERIFY(q.exec(QStringLiteral("DROP FUNCTION lethe_queue_notify()")));
    }
    auto before = SortKeys::missing(m_store->database());
    QVERIFY(before.ok());
    auto filled = SortKeys::fill(m_store->database(), 2);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().message));
    QCOMPARE(*filled, *before);
    auto after = SortKeys::missing(m_store->database());
    QVERIFY(after.ok());
    QCOMPARE(*after, 0);
    for (int column : {int(RequestQueueModel::SubjectColumn), int(RequestQueueModel::AssigneeColumn)})
        for (auto so : {Qt::AscendingOrder, Qt::DescendingOrder})
            checkModelOrderPages(column, so,
                                 column == RequestQueueModel::SubjectColumn
                                     ? (so == Qt::AscendingOrder ? QueueQuery::Order::Subject
                                                                 : QueueQuery::Order::SubjectDescending)
                                     : (so == Qt::AscendingOrder ? QueueQuery::Order::Assignee
                                                                 : QueueQuery::Order::AssigneeDescending));

    QueueLoader reading;
    QSignalSpy pages(&reading, &QueueLoader::chunkLoaded);
    QSignalSpy read(&reading, &QueueLoader::finished);
    QSignalSpy missingNow(&reading, &QueueLoader::sortKeysMissing);
    reading.start(m_params, m_now.date(), {}, 3, QueueQuery::Order::Subject);
    QVERIFY(read.wait(20000));
    QCOMPARE(reading.order(), QueueQuery::Order::Subject);
    QVERIFY(reading.hasMore());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO requests (human_id, year, seq, type, regulation, received_date, status, assignee, "
        "subject_id, created_at, updated_at) SELECT 'R-2019-9', 2019, 9, 'access', 'gdpr', '2019-06-01', "
        "'new', '', subject_id, created_at, updated_at FROM requests WHERE id = (SELECT MIN(id) FROM "
        "requests)")));
    QVERIFY(reading.fetchMore());
    QVERIFY(missingNow.wait(20000));
    QCOMPARE(pages.size(), 1);
    QVERIFY(!reading.hasMore());
    QVERIFY(!reading.isRunning());
}

// Sorted by status, type or law, either way, first or after a cursor, the page reads migration 16's index
// on that rank and sorts nothing (PostgreSQL with sorting turned off: no Sort node; SQLite: no temporary
// b-tree). The rank's text is pinned: a change of the enums' order changes it, and the indexes workspaces
// already hold would then not match (a new migration is needed).
void TestQueueQuery::statusTypeAndLawPagesReadTheirIndex()
{
    QCOMPARE(QueueQuery::rankExpression(QueueQuery::Order::Type, QString()),
             QStringLiteral(
                 "(CASE type WHEN 'access' THEN 0 WHEN 'portability' THEN 1 WHEN 'erasure' THEN 2 WHEN "
                 "'rectification' THEN 3 WHEN 'restriction' THEN 4 WHEN 'objection' THEN 5 WHEN "
                 "'automated-decision' THEN 6 WHEN 'opt-out' THEN 7 WHEN 'limit-sensitive' THEN 8 ELSE 0 "
                 "END)"));
    addSample();
    QueueCursor cursor;
    cursor.id = 3;
    cursor.rank = 1;
    QSqlQuery q(m_store->database());
    if (m_postgres) {
        QVERIFY(q.exec(QStringLiteral("ANALYZE requests")));
        QVERIFY(q.exec(QStringLiteral("SET enable_sort = off")));
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    }
    const std::pair<QueueQuery::Order, const char*> orders[] = {
        {QueueQuery::Order::Status, "requests_by_status_rank"},
        {QueueQuery::Order::StatusDescending, "requests_by_status_rank_desc"},
        {QueueQuery::Order::Type, "requests_by_type_rank"},
        {QueueQuery::Order::TypeDescending, "requests_by_type_rank_desc"},
        {QueueQuery::Order::Regulation, "requests_by_regulation_rank"},
        {QueueQuery::Order::RegulationDescending, "requests_by_regulation_rank_desc"}};
    for (const auto& [order, index] : orders) {
        for (bool second : {false, true}) {
            const QString text =
                explained(QueueQuery::page({}, order,
                                           second ? std::optional<QueueCursor>(cursor) : std::nullopt, 5))
                    .join(QLatin1Char('\n'));
            // The whole name: not the ascending index for the descending order.
            const QRegularExpression named(QStringLiteral("\\b%1\\b").arg(QLatin1String(index)));
            QVERIFY2(named.match(text).hasMatch(),
                     qPrintable(QLatin1String(index) + QLatin1Char('\n') + text));
            QVERIFY2(!text.contains(QLatin1String("Sort")) && !text.contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(text));
        }
    }
    if (m_postgres) {
        QVERIFY(q.exec(QStringLiteral("RESET enable_sort")));
        QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
    }
}

QTEST_GUILESS_MAIN(TestQueueQuery)
#include "tst_queuequery.moc"
