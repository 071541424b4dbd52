#include "ReportsWindow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace lethe {

namespace {

QString days(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}

QChartView* makeView(const QString& objectName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

// The chart's series and axes removed, ready to be filled again.
QChart* cleared(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(title);
    return chart;
}

QValueAxis* countAxis(int max, const QString& title)
{
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    const int top = (max / 4 + 1) * 4; // the next multiple of 4 above the highest bar: room above it
    y->setRange(0, top);
    y->setTickCount(5);
    y->setTitleText(title);
    return y;
}

} // namespace

ReportsWindow::ReportsWindow(const ConnectionParams& params, const QString& workspaceName, QDate today,
                             QWidget* parent)
    : QWidget(parent, Qt::Window), m_params(params), m_workspaceName(workspaceName), m_today(today)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports — %1").arg(workspaceName));
    resize(1400, 860);

    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->addItem(QString::number(today.year()), today.year());
    m_regulation = new QComboBox;
    m_regulation->setObjectName(QStringLiteral("reportRegulation"));
    m_regulation->addItem(tr("All regulations"), QString());
    for (Regulation r : Names::allRegulations())
        m_regulation->addItem(Names::display(r), Names::key(r));
    m_exportCsv = new QPushButton(tr("Export &CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportPdf = new QPushButton(tr("Export &PDF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto* yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(m_year);
    auto* regLabel = new QLabel(tr("&Regulation:"));
    regLabel->setBuddy(m_regulation);
    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(regLabel);
    bar->addWidget(m_regulation);
    bar->addStretch();
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportPdf);

    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Received"), tr("Complied with\n(in whole or part)"),
                                        tr("Denied"), tr("Withdrawn"), tr("Median days\nto respond"),
                                        tr("Mean days\nto respond"), tr("Closing date\nunknown")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(tr("CCPA regulations, 11 CCR 7102(a)(1): per type, the requests received, complied "
                           "with in whole or in part and denied in the year, and the median and mean days "
                           "to respond."));

    m_monthsView = makeView(QStringLiteral("monthsChart"));
    m_daysView = makeView(QStringLiteral("daysChart"));
    m_overdueView = makeView(QStringLiteral("overdueChart"));

    auto* tableTitle = new QLabel(tr("<b>CCPA 11 CCR 7102 metrics</b>"));
    auto* left = new QVBoxLayout;
    left->addWidget(tableTitle);
    left->addWidget(m_table, 1);
    auto* grid = new QGridLayout;
    grid->addLayout(left, 0, 0);
    grid->addWidget(m_monthsView, 0, 1);
    grid->addWidget(m_daysView, 1, 0);
    grid->addWidget(m_overdueView, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);

    m_exportCsv->setEnabled(false);
    m_exportPdf->setEnabled(false);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_regulation, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("csv")); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseFile(QStringLiteral("pdf")); });
    reload();
}

ReportsWindow::~ReportsWindow() = default; // m_jobs waits for a read still under way

void ReportsWindow::reload()
{
    if (m_jobs.isWorking()) {
        m_reloadAgain = true;
        return;
    }
    m_status->setText(tr("Reading the requests…"));
    const ConnectionParams params = m_params;
    using Read = std::pair<Result<QList<MetricsRecord>>, int>;
    m_jobs.start(
        [params](const JobContext&) {
            SqlConnection conn;
            Result<QList<MetricsRecord>> records = QList<MetricsRecord>{};
            int skipped = 0;
            if (Status s = conn.openExisting(params); !s) // never a new, empty SQLite file
                records = s.error();
            else
                records = RequestMetrics::load(conn.db(), &skipped);
            return Read(records, skipped);
        },
        [this](const Read& read) {
            const auto& [records, skipped] = read;
            if (m_reloadAgain) { // a change came in while this read ran: its result may be stale
                m_reloadAgain = false;
                reload();
                return;
            }
            if (!records && records.error().code == Error::Code::ConnectionLost) {
                // Not an error of the report: the window's banner and retries; read again once back.
                m_waitingForConnection = true;
                m_status->setStyleSheet({});
                m_status->setText(tr("The connection to the workspace was lost. The requests are read again "
                                     "once it is back."));
                Q_EMIT workspaceConnectionLost(records.error().message);
                return;
            }
            m_waitingForConnection = false;
            if (!records) {
                showProblem(records.error().message);
                return;
            }
            m_status->setStyleSheet({});
            m_records = *records;
            m_loaded = true;
            const int current = m_year->currentData().toInt();
            const QSignalBlocker block(m_year);
            m_year->clear();
            for (int y : RequestMetrics::years(m_records, m_today.year()))
                m_year->addItem(QString::number(y), y);
            const int at = m_year->findData(current);
            m_year->setCurrentIndex(at >= 0 ? at : m_year->count() - 1);
            recompute();
            if (skipped > 0) {
                m_status->setText(
                    tr("%n request(s) with a type, regulation or status this version does not know "
                       "are left out.",
                       nullptr, skipped));
            }
            Q_EMIT loaded();
        });
}

void ReportsWindow::setYear(int year)
{
    int at = m_year->findData(year);
    if (at < 0) {
        m_year->addItem(QString::number(year), year);
        at = m_year->count() - 1;
    }
    m_year->setCurrentIndex(at);
}

void ReportsWindow::setRegulation(std::optional<Regulation> regulation)
{
    m_regulation->setCurrentIndex(regulation ? m_regulation->findData(Names::key(*regulation))
                                             : m_regulation->findData(QString()));
}

void ReportsWindow::connectionRestored()
{
    if (m_waitingForConnection)
        reload();
}

void ReportsWindow::showProblem(const QString& text)
{
    m_status->setText(tr("The requests cannot be read: %1").arg(text));
    m_status->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
}

void ReportsWindow::recompute()
{
    if (!m_loaded)
        return;
    const auto reg = Names::parseRegulation(m_regulation->currentData().toString());
    m_metrics = RequestMetrics::compute(m_records, m_year->currentData().toInt(), m_today, reg);
    m_status->setText(
        m_metrics.unknownClosed > 0
            ? tr("%n closed request(s) have no recorded closing date: they count as received and as \"date "
                 "unknown\", never in the days or the overdue counts.",
                 nullptr, m_metrics.unknownClosed)
            : tr("Received: counted in the year of receipt. Complied with, denied and days to respond: in "
                 "the "
                 "year the request was closed."));
    m_exportCsv->setEnabled(true);
    m_exportPdf->setEnabled(true);
    fillTable();
    fillCharts();
}

void ReportsWindow::fillTable()
{
    QList<MetricsRow> rows = m_metrics.byType;
    rows << m_metrics.total;
    const qsizetype regStart = rows.size() + 1;
    rows << MetricsRow{}; // a gap before the regulations
    rows << m_metrics.byRegulation;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const MetricsRow& r = rows[i];
        const bool gap = r.key.isEmpty();
        const MetricsCounts& c = r.counts;
        const QStringList cells = gap ? QStringList(8, QString())
                                      : QStringList{r.name,
                                                    QString::number(c.received),
                                                    QString::number(c.complied),
                                                    QString::number(c.denied),
                                                    QString::number(c.withdrawn),
                                                    days(c.medianDays),
                                                    days(c.meanDays),
                                                    QString::number(c.closedDateUnknown)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r.key == QLatin1String("total")) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(i, col, item);
        }
    }
    m_table->clearSpans();
    m_table->setSpan(int(regStart) - 1, 0, 1, m_table->columnCount());
    if (auto* gapItem = m_table->item(int(regStart) - 1, 0)) {
        gapItem->setText(tr("By regulation:"));
        QFont f = gapItem->font();
        f.setItalic(true);
        gapItem->setFont(f);
    }
}

void ReportsWindow::fillCharts()
{
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << QLocale().standaloneMonthName(m, QLocale::ShortFormat);

    // Requests received per month, stacked by type.
    QChart* chart = cleared(m_monthsView, tr("Requests received per month, %1").arg(m_metrics.year));
    auto* stacked = new QStackedBarSeries;
    int maxMonth = 0;
    // One colour per type, the same whatever the year shows (Okabe and Ito's palette, told apart with any
    // colour vision, then grey and black); only the types received in the year get a bar and a legend entry.
    static const QColor palette[] = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7),
        QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99), QColor(0x33, 0x33, 0x33)};
    for (qsizetype t = 0; t < m_metrics.types.size(); ++t) {
        int received = 0;
        for (const MetricsMonth& mm : m_metrics.months)
            received += mm.receivedByType.value(t);
        if (received == 0)
            continue;
        auto* set = new QBarSet(Names::display(m_metrics.types[t]));
        set->setColor(palette[int(m_metrics.types[t]) % int(std::size(palette))]);
        set->setBorderColor(set->color());
        for (const MetricsMonth& mm : m_metrics.months)
            *set << mm.receivedByType.value(t);
        stacked->append(set);
    }
    for (const MetricsMonth& mm : m_metrics.months)
        maxMonth = std::max(maxMonth, mm.received);
    chart->addSeries(stacked);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    stacked->attachAxis(x);
    QValueAxis* y = countAxis(maxMonth, tr("Requests"));
    chart->addAxis(y, Qt::AlignLeft);
    stacked->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight); // beside the bars: the types' names are not cut short

    // Days from receipt to the answer.
    chart = cleared(m_daysView, tr("Days to respond (completed or denied in %1)").arg(m_metrics.year));
    auto* bars = new QBarSeries;
    auto* set = new QBarSet(tr("Responses"));
    QStringList buckets;
    int maxBucket = 0;
    for (const MetricsBucket& b : m_metrics.daysToClose) {
        *set << b.count;
        maxBucket = std::max(maxBucket, b.count);
        buckets << (b.to < 0 ? tr("over %1").arg(b.from - 1) : QStringLiteral("%1–%2").arg(b.from).arg(b.to));
    }
    bars->append(set);
    bars->setBarWidth(0.95);
    chart->addSeries(bars);
    x = new QBarCategoryAxis;
    x->append(buckets);
    x->setTitleText(tr("Days"));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    y = countAxis(maxBucket, tr("Requests"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->setVisible(false);

    // Open requests past due at each month end.
    chart = cleared(m_overdueView, tr("Overdue at month end, %1").arg(m_metrics.year));
    auto* line = new QLineSeries;
    line->setName(tr("Overdue"));
    line->setPointsVisible(true);
    int maxOverdue = 0;
    for (const MetricsMonth& mm : m_metrics.months) {
        if (!mm.overdueAtEnd)
            continue;
        line->append(mm.month - 1, *mm.overdueAtEnd);
        maxOverdue = std::max(maxOverdue, *mm.overdueAtEnd);
    }
    chart->addSeries(line);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    line->attachAxis(monthAxis);
    y = countAxis(maxOverdue, tr("Requests"));
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
    chart->legend()->setVisible(false);
}

QString ReportsWindow::defaultPath(const QString& suffix) const
{
    // As the export dialog: the documents folder where the desktop has one, else the home folder.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString name = QStringLiteral("lethe-metrics-%1").arg(m_metrics.year);
    if (m_metrics.regulation)
        name += QLatin1Char('-') + Names::key(*m_metrics.regulation);
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void ReportsWindow::chooseFile(const QString& suffix)
{
    const bool csv = suffix == QLatin1String("csv");
    auto* dialog = new QFileDialog(this, csv ? tr("Export Metrics as CSV") : tr("Export Metrics as PDF"),
                                   defaultPath(suffix));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString& path) {
        const Status s = csv ? exportCsv(path) : exportPdf(path);
        if (!s) {
            showProblem(s.error().message);
            return;
        }
        m_status->setStyleSheet({});
        m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(path);
    });
    dialog->open();
}

Status ReportsWindow::exportCsv(const QString& path) const
{
    QSaveFile f(path);
    const QByteArray csv = RequestMetrics::toCsv(m_metrics).toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
        return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

Status ReportsWindow::exportPdf(const QString& path)
{
    // Written to a temporary file beside the target and moved into place, so a failure leaves no half PDF.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(path, f.errorString()));
    {
        QPdfWriter pdf(&f);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(96);
        pdf.setTitle(tr("Request metrics %1 — %2").arg(m_metrics.year).arg(m_workspaceName));
        pdf.setCreator(QStringLiteral("Lethe"));
        QPainter p(&pdf);
        const QRect page = p.viewport();
        const int line = p.fontMetrics().height() + 4;
        QFont title = p.font();
        title.setPointSizeF(title.pointSizeF() * 1.5);
        title.setBold(true);
        QFont normal = p.font();
        int top = 0;
        p.setFont(title);
        p.drawText(QRect(0, top, page.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Request metrics %1 — %2").arg(m_metrics.year).arg(m_workspaceName));
        top += line * 2;
        p.setFont(normal);
        const QString scope =
            m_metrics.regulation ? Names::display(*m_metrics.regulation) : tr("All regulations");
        const QStringList intro{
            tr("Regulation: %1. As of %2.")
                .arg(scope, QLocale().toString(m_metrics.asOf, QLocale::ShortFormat)),
            tr("CCPA regulations, 11 CCR 7102(a)(1): per type, the requests received, complied with in whole "
               "or "
               "in part and denied in the year, and the median and mean days to respond."),
            tr("Received: counted in the year of receipt. Complied with, denied and days to respond: in the "
               "year the request was closed.")};
        for (const QString& s : intro) {
            p.drawText(QRect(0, top, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, s);
            top += line;
        }
        top += line / 2;

        // The table as shown, header and rows.
        const int cols = m_table->columnCount();
        const int firstWidth = page.width() * 18 / 100;
        const int otherWidth = (page.width() - firstWidth) / std::max(1, cols - 1);
        auto colRect = [&](int col, int y, int height) {
            const int x = col == 0 ? 0 : firstWidth + (col - 1) * otherWidth;
            return QRect(x, y, col == 0 ? firstWidth : otherWidth, height);
        };
        QFont bold = normal;
        bold.setBold(true);
        p.setFont(bold);
        for (int c = 0; c < cols; ++c) {
            const QString h = m_table->horizontalHeaderItem(c)->text();
            p.drawText(colRect(c, top, line * 2).adjusted(2, 0, -4, 0),
                       (c ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom | Qt::TextWordWrap, h);
        }
        top += line * 2 + 2;
        p.drawLine(0, top, page.width(), top);
        top += 2;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            for (int c = 0; c < cols; ++c) {
                const QTableWidgetItem* item = m_table->item(r, c);
                if (!item)
                    continue;
                p.setFont(item->font().bold() ? bold : normal);
                p.drawText(colRect(c, top, line).adjusted(2, 0, -4, 0),
                           (c ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, item->text());
            }
            top += line;
        }
        p.setFont(normal);
        if (m_metrics.unknownClosed > 0) {
            top += line / 2;
            p.drawText(QRect(0, top, page.width(), line * 2), Qt::AlignLeft | Qt::TextWordWrap,
                       tr("%n closed request(s) have no recorded closing date: they count as received and as "
                          "\"date unknown\", never in the days or the overdue counts.",
                          nullptr, m_metrics.unknownClosed));
        }

        // The charts, drawn as vectors: the months across the page, the other two below it side by side.
        if (!pdf.newPage())
            return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(path, tr("no new page")));
        const int half = page.height() / 2 - 8;
        // Each chart is laid out again at the size it gets on the page (text stays its size, the plot
        // takes the room), drawn from its scene, and given back its size in the window.
        auto draw = [&p](QChartView* view, const QRectF& target) {
            // At least 760 logical pixels wide, so twelve month names fit; a narrower target scales it down.
            const qreal k = std::max<qreal>(1.0, 760.0 / target.width());
            const QSizeF size = target.size() * k;
            QChart* chart = view->chart();
            const QRectF shown = chart->geometry();
            chart->setGeometry(QRectF(shown.topLeft(), size));
            QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
            view->scene()->render(&p, target, QRectF(shown.topLeft(), size), Qt::IgnoreAspectRatio);
            chart->setGeometry(shown);
        };
        draw(m_monthsView, QRectF(0, 0, page.width(), half));
        draw(m_daysView, QRectF(0, half + 16, page.width() / 2 - 8, half));
        draw(m_overdueView, QRectF(page.width() / 2 + 8, half + 16, page.width() / 2 - 8, half));
        if (!p.end())
            return makeError(Error::Code::Storage,
                             tr("Cannot write %1: %2").arg(path, tr("PDF output failed")));
    }
    if (!f.commit())
        return makeError(Error::Code::Storage, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

} // namespace lethe
