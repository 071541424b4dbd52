#include "PreviewPane.h"

#include "StoredValue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lethe {

namespace {
constexpr int kDossierRole = Qt::UserRole + 1;
constexpr int kTableRole = Qt::UserRole + 2;
} // namespace

PreviewPane::PreviewPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    m_run = new QPushButton(tr("Run preview"), this);
    m_run->setObjectName(QStringLiteral("runPreview"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPreview"));
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setPlaceholderText(tr("Search what was found…"));
    m_search->setClearButtonEnabled(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_tree->setHeaderLabels({tr("System / table"), tr("Rows")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // The count column as wide as its text ("45 (25 about others)"), the names taking the rest.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setModel(m_proxy);
    m_rows->setSortingEnabled(true);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_rows);
    split->setSizes({220, 320});
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &PreviewPane::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewPane::cancelRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showTable(item); });
    connect(m_search, &QLineEdit::textChanged, this, &PreviewPane::applySearch);
    showMessage(tr("Select a request, then run a preview to see everything held about its subject."));
}

void PreviewPane::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

QString PreviewPane::summary() const
{
    return m_summary->text();
}

void PreviewPane::showMessage(const QString& message)
{
    m_dossiers.clear();
    m_tree->clear();
    m_model->clear();
    m_summary->setText(message);
    m_progress->hide();
    m_cancel->hide();
}

void PreviewPane::begin(const QString& requestId, int systems)
{
    showMessage(tr("Searching %n system(s) for the subject of %1…", nullptr, systems).arg(requestId));
    m_progress->setRange(0, systems);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_run->setEnabled(false);
}

void PreviewPane::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PreviewPane::addDossier(const Dossier& d)
{
    const int index = int(m_dossiers.size());
    m_dossiers << d;
    auto* system = new QTreeWidgetItem(
        m_tree, {QStringLiteral("%1 (%2)").arg(d.systemName, d.systemKey), QString::number(d.totalRows())});
    system->setData(0, kDossierRole, index);
    system->setData(0, kTableRole, -1);
    QFont bold = system->font(0);
    bold.setBold(true);
    system->setFont(0, bold);
    for (int t = 0; t < d.tables.size(); ++t) {
        const DossierTable& table = d.tables[t];
        // A processor's lookups read "Stripe › Charges", a database's tables "main.users".
        const QString label = table.processor.isEmpty()
                                  ? QStringLiteral("%1.%2").arg(table.source, table.table)
                                  : QStringLiteral("%1 › %2").arg(table.source, table.table);
        auto* item = new QTreeWidgetItem(system, {label, QString::number(table.count)});
        item->setData(0, kDossierRole, index);
        item->setData(0, kTableRole, t);
        if (!table.processor.isEmpty())
            item->setToolTip(0, tr("At the processor, through its API (connection %1)").arg(table.processor));
        if (table.nearMatches) {
            // Returned by the processor's search, but not the subject's identity: shown apart, never erased.
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setFont(1, italic);
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0,
                             tr("Records the processor's search returned that do not hold exactly the "
                                "subject's identity (another address that contains theirs, another user id). "
                                "They are not the subject's: not counted, not exported, never erased."));
        } else if (!table.error.isEmpty()) {
            item->setText(1, tr("error"));
            item->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
            item->setToolTip(0, table.error);
        } else if (!table.unreachable.isEmpty()) {
            item->setText(1, tr("not reachable"));
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, table.unreachable);
        } else if (table.count == 0) {
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
        }
        // Rows the subject's rows point at, and rows left out because they are someone else's too: said
        // beside the count, explained in the tooltip.
        if (table.relatedCount > 0 || table.sharedLeftOut > 0 || table.othersCount > 0) {
            QStringList notes;
            if (table.relatedCount > 0)
                notes << tr("+%n related", nullptr, int(table.relatedCount));
            if (table.sharedLeftOut > 0)
                notes << tr("%n shared, left out", nullptr, int(table.sharedLeftOut));
            if (table.othersCount > 0)
                notes << tr("%n about others", nullptr, int(table.othersCount));
            item->setText(1, item->text(1) + QStringLiteral(" (") + notes.join(QStringLiteral(", ")) +
                                 QLatin1Char(')'));
            item->setToolTip(1,
                             tr("Related rows are rows the subject's rows point at (an address, a product, "
                                "an employee). They are shown with how many other rows share them, are not "
                                "the subject's own, are not followed further and are not exported. An "
                                "erasure removes one only when its table holds personal data, it is no one "
                                "else's and nothing that stays points at it. Rows left out were reached "
                                "through one of the subject's rows but "
                                "also point at a row that is not the subject's (another customer's order "
                                "shipping to a shared address). Rows about others are held in the subject's "
                                "account about other people (a lead, the emails sent to it): erased with the "
                                "account, left out of an access bundle unless included with a reason."));
        }
    }
    for (const Recipient& task : d.manualTasks) {
        // A processor without an API for subject data: what a person must do, shown where the data would be.
        auto* item = new QTreeWidgetItem(system, {tr("%1 › manual task").arg(task.name), tr("manual")});
        item->setData(0, kDossierRole, index);
        item->setData(0, kTableRole, -1);
        item->setToolTip(0, task.manual);
        item->setForeground(0, QColor(0x8a, 0x5a, 0x00));
    }
    system->setExpanded(true);
}

void PreviewPane::finish(qint64 totalRows)
{
    m_progress->hide();
    m_cancel->hide();
    m_run->setEnabled(true);
    int tables = 0;
    for (const Dossier& d : std::as_const(m_dossiers)) {
        for (const DossierTable& t : d.tables)
            tables += t.count > 0 && !t.nearMatches;
    }
    m_summary->setText(
        tr("Found %Ln row(s) (tables with data: %1, systems searched: %2). The audit log records the "
           "counts, not the data.",
           nullptr, totalRows)
            .arg(tables)
            .arg(m_dossiers.size()));
    applySearch(m_search->text());
}

void PreviewPane::fail(const QString& message)
{
    m_progress->hide();
    m_cancel->hide();
    m_run->setEnabled(true);
    m_summary->setText(message);
}

void PreviewPane::showTable(QTreeWidgetItem* item)
{
    m_model->clear();
    if (!item)
        return;
    const int di = item->data(0, kDossierRole).toInt();
    const int ti = item->data(0, kTableRole).toInt();
    if (di < 0 || di >= m_dossiers.size() || ti < 0)
        return;
    const DossierTable& t = m_dossiers[di].tables[ti];
    if (!t.unreachable.isEmpty() || !t.error.isEmpty()) {
        m_summary->setText(t.unreachable.isEmpty()
                               ? tr("%1: %2").arg(t.table, t.error)
                               : tr("%1 is not reachable: %2").arg(t.table, t.unreachable));
        return;
    }
    QStringList headers;
    for (int c = 0; c < t.columns.size(); ++c) {
        // A category badge under each column name.
        headers << QStringLiteral("%1\n%2").arg(t.columns[c],
                                                t.categories.value(c).join(QStringLiteral(", ")));
    }
    headers << tr("Found via");
    m_model->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < t.columns.size(); ++c)
        m_model->horizontalHeaderItem(c)->setToolTip(t.categories.value(c).join(QStringLiteral("\n")));
    for (const DossierRow& r : t.rows) {
        QList<QStandardItem*> cells;
        for (const QVariant& v : r.values) {
            // As the bundle and the viewer show it (StoredValue): NULL marked in grey italics.
            const QString text = StoredValue::text(StoredValue::json(v));
            auto* cell = new QStandardItem(text.isNull() ? StoredValue::noValue() : text);
            if (text.isNull()) {
                QFont f = cell->font();
                f.setItalic(true);
                cell->setFont(f);
                cell->setForeground(m_rows->palette().color(QPalette::PlaceholderText));
            }
            cells << cell;
        }
        cells << new QStandardItem(r.others ? tr("%1 (about someone else)").arg(r.via) : r.via);
        for (QStandardItem* c : cells)
            c->setEditable(false);
        if (r.others) {
            // Held in the subject's account about someone else: tinted across the whole row, so it stands
            // apart before anyone scrolls to the "Found via" column, and said in the tooltip.
            const bool dark = m_rows->palette().color(QPalette::Base).lightness() < 128;
            const QBrush tint(dark ? QColor(84, 66, 22) : QColor(255, 244, 214));
            const QString why = tr("About someone else: held in the subject's account (%1). Erased with the "
                                   "account; left out of an access bundle unless included with a reason.")
                                    .arg(r.via);
            for (QStandardItem* c : cells) {
                c->setBackground(tint);
                c->setToolTip(why);
            }
        }
        m_model->appendRow(cells);
    }
    // Related rows after the subject's own, in italics, with who else shares them.
    for (const DossierRow& r : t.related) {
        QList<QStandardItem*> cells;
        for (const QVariant& v : r.values) {
            const QString text = StoredValue::text(StoredValue::json(v));
            cells << new QStandardItem(text.isNull() ? StoredValue::noValue() : text);
        }
        cells << new QStandardItem(
            r.sharedWith >= 0
                ? tr("related (%1), shared with %n other row(s)", nullptr, int(r.sharedWith)).arg(r.via)
                : tr("related (%1)").arg(r.via));
        for (QStandardItem* c : cells) {
            c->setEditable(false);
            QFont f = c->font();
            f.setItalic(true);
            c->setFont(f);
            c->setForeground(m_rows->palette().color(QPalette::PlaceholderText));
        }
        m_model->appendRow(cells);
    }
    // Personal data first: columns that are only operational (ids, keys, statuses) move to the end.
    QHeaderView* header = m_rows->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->moveSection(header->visualIndex(c), c);
    for (int c = 0; c < t.columns.size(); ++c) {
        const QStringList& cats = t.categories.value(c);
        const bool operational = std::all_of(cats.cbegin(), cats.cend(), [](const QString& k) {
            return k.startsWith(QLatin1String("system"));
        });
        if (operational && !cats.isEmpty())
            header->moveSection(header->visualIndex(c), m_model->columnCount() - 1);
    }
    header->moveSection(header->visualIndex(int(t.columns.size())),
                        m_model->columnCount() - 1); // "Found via"
    m_rows->resizeColumnsToContents();
    QStringList said;
    if (t.count > t.rows.size())
        said << tr("%1: showing %2 of %Ln row(s); the export holds them all.", nullptr, t.count)
                    .arg(t.table)
                    .arg(t.rows.size());
    if (t.othersCount > 0)
        said << tr("Tinted: %Ln row(s) held in the subject's account about someone else.", nullptr,
                   t.othersCount);
    if (!said.isEmpty())
        m_summary->setText(said.join(QLatin1Char(' ')));
}

void PreviewPane::applySearch(const QString& text)
{
    m_proxy->setFilterFixedString(text);
    // Mark the tables whose shown rows contain the text.
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem* system = m_tree->topLevelItem(s);
        for (int c = 0; c < system->childCount(); ++c) {
            QTreeWidgetItem* item = system->child(c);
            // Manual-task rows stand among the tables but have none (table index -1): nothing to search.
            const int di = item->data(0, kDossierRole).toInt();
            const int ti = item->data(0, kTableRole).toInt();
            if (di < 0 || di >= m_dossiers.size() || ti < 0 || ti >= m_dossiers[di].tables.size())
                continue;
            const DossierTable& t = m_dossiers[di].tables[ti];
            bool hit = false;
            for (const DossierRow& r : t.rows) {
                for (const QVariant& v : r.values)
                    hit =
                        hit || (!text.isEmpty() &&
                                StoredValue::text(StoredValue::json(v)).contains(text, Qt::CaseInsensitive));
            }
            QFont f = item->font(0);
            f.setBold(hit);
            item->setFont(0, f);
        }
    }
}

} // namespace lethe
