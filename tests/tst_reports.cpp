#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "ReportsWindow.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lethe;

// The Reports window, opened from the main window's menu as a person would: the 7102 table, the charts, the
// year selector, and the CSV and PDF exports through the (non-blocking) file dialog.
class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensFromMenuAndShowsTheYear();
    void exportsCsvThroughTheFileDialog();
    void exportsPdf();
    void followsChangesInTheMainWindow();

private:
    ReportsWindow* open();

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    const QDateTime m_now{QDate(2026, 11, 22), QTime(9, 30), Qt::UTC};
};

void TestReports::initTestCase()
{
    test::isolate();
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    auto ws = Workspaces::create(m_ws);
    QVERIFY(ws.ok());
    QDateTime now = m_now;
    {
        auto store = WorkspaceStore::open(ws->store, QStringLiteral("setup"), [&now] { return now; });
        QVERIFY(store.ok());
        auto make = [](RequestType type, Regulation reg, QDate received, const QString& email) {
            NewRequest n;
            n.type = type;
            n.regulation = reg;
            n.received = received;
            n.subjectName = QStringLiteral("Test Person");
            n.identities = {{IdentityKind::Email, email}};
            return n;
        };
        // 2026: two requests to know (one completed after 12 days, one open and overdue), one erasure denied
        // after 4 days; 2025: one request to know, received in December and completed in 2026.
        now = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
        auto ids = (*store)->addRequests({make(RequestType::Access, Regulation::Ccpa, QDate(2025, 12, 28),
                                               QStringLiteral("old@example.com")),
                                          make(RequestType::Access, Regulation::Ccpa, QDate(2026, 1, 2),
                                               QStringLiteral("a@example.com"))});
        QVERIFY(ids.ok());
        for (RequestStatus s :
             {RequestStatus::Verified, RequestStatus::InProgress, RequestStatus::AwaitingApproval})
            QVERIFY((*store)->transition(ids->at(1), s).ok());
        now = QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC);
        QVERIFY((*store)->transition(ids->at(1), RequestStatus::Completed).ok());
        for (RequestStatus s : {RequestStatus::Verified, RequestStatus::InProgress,
                                RequestStatus::AwaitingApproval, RequestStatus::Completed})
            QVERIFY((*store)->transition(ids->at(0), s).ok());
        now = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
        auto late = (*store)->addRequests(
            {make(RequestType::Access, Regulation::Gdpr, QDate(2026, 9, 1), QStringLiteral("b@example.com")),
             make(RequestType::Erasure, Regulation::Gdpr, QDate(2026, 9, 1),
                  QStringLiteral("c@example.com"))});
        QVERIFY(late.ok());
        now = QDateTime(QDate(2026, 9, 5), QTime(9, 0), Qt::UTC);
        Outcome excessive;
        excessive.reason = QStringLiteral("Excessive");
        excessive.denialCode = DenialCode::Excessive;
        QVERIFY((*store)->transition(late->at(1), RequestStatus::Denied, excessive).ok());
    } // closed before the window opens it

    m_credentials = std::make_unique<FakeCredentialStore>();
    m_window = std::make_unique<MainWindow>(m_credentials.get());
    m_window->setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::queueLoaded);
    m_window->openWorkspace(m_ws);
    QVERIFY(loaded.wait(10000));
}

ReportsWindow* TestReports::open()
{
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionReports"));
    if (!action || !action->isEnabled()) {
        qWarning("no enabled Reports action");
        return nullptr;
    }
    if (action->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)) {
        qWarning("the Reports action lost its shortcut");
        return nullptr;
    }
    action->trigger();
    ReportsWindow* w = m_window->findChild<ReportsWindow*>();
    if (!w || !QTest::qWaitFor([w] { return w->isLoaded(); }, 10000)) {
        qWarning("the Reports window did not load");
        return nullptr;
    }
    return w;
}

void TestReports::opensFromMenuAndShowsTheYear()
{
    ReportsWindow* w = open();
    QVERIFY(w);
    QVERIFY(w->isVisible());
    auto* year = w->findChild<QComboBox*>(QStringLiteral("reportYear"));
    QCOMPARE(year->count(), 2); // 2025 and 2026
    QCOMPARE(year->currentText(), QStringLiteral("2026"));
    auto* table = w->findChild<QTableWidget*>(QStringLiteral("metricsTable"));
    QCOMPARE(table->item(0, 0)->text(), Names::display(RequestType::Access));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2")); // received in 2026
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2")); // complied: both closed in January 2026
    // Median of 12 days (2026-01-02..14) and 17 (2025-12-28..2026-01-14): 14.5.
    QCOMPARE(table->item(0, 5)->text(), QLocale().toString(14.5, 'f', 1));
    QCOMPARE(w->metrics().byType[2].counts.denied, 1);
    for (const char* name : {"monthsChart", "daysChart", "overdueChart"}) {
        auto* view = w->findChild<QChartView*>(QLatin1String(name));
        QVERIFY2(view && !view->chart()->series().isEmpty(), name);
    }
    {
        // A bar per type received in the year, each its own colour; the other types have no legend entry.
        auto* bars = qobject_cast<QStackedBarSeries*>(
            w->findChild<QChartView*>(QStringLiteral("monthsChart"))->chart()->series().first());
        QVERIFY(bars);
        QSet<QRgb> colours;
        QStringList names;
        for (QBarSet* set : bars->barSets()) {
            colours.insert(set->color().rgb());
            names << set->label();
        }
        int typesReceived = 0;
        for (const MetricsRow& row : w->metrics().byType)
            typesReceived += row.counts.received > 0;
        QCOMPARE(names.size(), typesReceived);
        QCOMPARE(colours.size(), names.size());
        QVERIFY(names.contains(Names::display(RequestType::Access)));
    }
    // The open request to know (GDPR, 2026-09-01, due 2026-10-01) is overdue at the end of October, and still
    // on 22 November; December has not begun.
    QCOMPARE(w->metrics().months[9].overdueAtEnd.value_or(-1), 1);
    QCOMPARE(w->metrics().months[10].overdueAtEnd.value_or(-1), 1);
    QVERIFY(!w->metrics().months[11].overdueAtEnd.has_value());

    year->setCurrentIndex(year->findText(QStringLiteral("2025")));
    QCOMPARE(w->metrics().year, 2025);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0"));
    // The main window stays usable and the same window comes back when asked again.
    QVERIFY(m_window->isEnabled());
    QCOMPARE(open(), w);
}

void TestReports::exportsCsvThroughTheFileDialog()
{
    ReportsWindow* w = open();
    QVERIFY(w);
    w->setYear(2026);
    QSignalSpy exported(w, &ReportsWindow::exported);
    w->findChild<QPushButton*>(QStringLiteral("exportCsv"))->click();
    QFileDialog* dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = w->findChild<QFileDialog*>()) && dialog->isVisible(); },
                            5000));
    QVERIFY(!dialog->isModal() || dialog->windowModality() != Qt::ApplicationModal);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String("lethe-metrics-2026.csv")));
    const QString path = m_dir.filePath(QStringLiteral("metrics.csv"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QCOMPARE(csv, RequestMetrics::toCsv(w->metrics()));
    QVERIFY2(csv.contains(QLatin1String("2026,type,access,2,2,0,0,0,2,14.50,14.50\r\n")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String("2026,type,erasure,1,0,1,0,0,1,4.00,4.00\r\n")));
}

void TestReports::exportsPdf()
{
    ReportsWindow* w = open();
    QVERIFY(w);
    const QString path = m_dir.filePath(QStringLiteral("metrics.pdf"));
    const Status s = w->exportPdf(path);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdf.count("/Type /Page") - pdf.count("/Type /Pages"), qsizetype(2)); // the table, the charts
}

void TestReports::followsChangesInTheMainWindow()
{
    ReportsWindow* w = open();
    QVERIFY(w);
    w->setYear(2026);
    auto* table = w->findChild<QTableWidget*>(QStringLiteral("metricsTable"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0"));
    // A request denied in the main window shows in the open report (its own worker reads it again): the open
    // request to know, received 2026-09-01, denied on 2026-11-22 after 82 days.
    QSignalSpy reloaded(w, &ReportsWindow::loaded);
    auto st = m_window->store()->transition(
        QStringLiteral("R-2026-0002"), RequestStatus::Denied,
        Outcome{QStringLiteral("Manifestly unfounded"), DenialCode::ManifestlyUnfounded, {}, {}, {}});
    QVERIFY(st.ok());
    Q_EMIT m_window->requestChanged(QStringLiteral("R-2026-0002"));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
    QCOMPARE(w->metrics().byType[0].counts.responded, 3);
    QCOMPARE(*w->metrics().byType[0].counts.medianDays, 17.0); // 12, 17, 82
    QCOMPARE(w->metrics().months[10].overdueAtEnd.value_or(-1), 0);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
