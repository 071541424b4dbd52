// BundleViewer: collecting the redactions (the Redact dialog, undo, the list of what is pending).
#include "BundleViewer.h"

#include "BundleTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>

namespace lethe {

namespace {

// What a redaction covers, in words.
QString describe(const Redaction& r, const QList<BundleSession::Table>& tables)
{
    QString table = r.file;
    for (const BundleSession::Table& t : tables)
        if (t.json == r.file)
            table = QStringLiteral("%1 › %2").arg(t.source, t.table);
    switch (r.scope) {
    case Redaction::Scope::Row:
        return BundleViewer::tr("%1, row %2: the whole row — %3").arg(table).arg(r.row + 1).arg(r.reason);
    case Redaction::Scope::Cell:
        return BundleViewer::tr("%1, row %2, %3 — %4").arg(table).arg(r.row + 1).arg(r.column, r.reason);
    case Redaction::Scope::Text:
        return BundleViewer::tr("%1, row %2, %3: \"%4\" — %5")
            .arg(table)
            .arg(r.row + 1)
            .arg(r.column, r.text, r.reason);
    case Redaction::Scope::Anywhere:
        return BundleViewer::tr("\"%1\" everywhere — %2").arg(r.text, r.reason);
    }
    return {};
}

} // namespace

void BundleViewer::addRedaction(const Redaction& redaction)
{
    m_pending << redaction;
    redactionsChanged();
}

void BundleViewer::undoRedaction()
{
    if (m_pending.isEmpty())
        return;
    m_pending.removeLast();
    redactionsChanged();
}

void BundleViewer::removeSelectedRedaction()
{
    const int row = m_redactionList->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    m_pending.removeAt(row);
    redactionsChanged();
}

void BundleViewer::redactionsChanged()
{
    m_redactionList->clear();
    for (const Redaction& r : std::as_const(m_pending))
        m_redactionList->addItem(
            describe(r, m_session ? m_session->tables() : QList<BundleSession::Table>()));
    if (m_model)
        m_model->refresh();
    setIdle(tr("%n redaction(s) pending; Re-seal (Ctrl+S) writes them into a new bundle.", nullptr,
               int(m_pending.size())));
}

void BundleViewer::redactSelection()
{
    if (!m_session || !m_model || m_stack->currentWidget() != m_table) {
        m_status->setText(tr("Select cells or rows of a table first."));
        return;
    }
    const QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty()) {
        m_status->setText(tr("Select cells or rows of a table first."));
        return;
    }
    const BundleSession::Table& t = m_session->tables()[m_model->table()];
    QSet<int> rows;
    for (const QModelIndex& i : cells)
        rows.insert(i.row());

    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("redactDialog"));
    dialog->setWindowTitle(tr("Redact"));
    auto* form = new QFormLayout(dialog);
    auto* cellsChoice = new QRadioButton(tr("The selected cells (%n)", nullptr, int(cells.size())), dialog);
    cellsChoice->setObjectName(QStringLiteral("scopeCells"));
    auto* rowsChoice = new QRadioButton(tr("The whole rows (%n)", nullptr, int(rows.size())), dialog);
    rowsChoice->setObjectName(QStringLiteral("scopeRows"));
    auto* textChoice = new QRadioButton(tr("Only this text in the cell:"), dialog);
    textChoice->setObjectName(QStringLiteral("scopeText"));
    auto* text = new QLineEdit(dialog);
    text->setObjectName(QStringLiteral("redactText"));
    auto* everywhere = new QCheckBox(tr("Wherever it appears in the bundle"), dialog);
    everywhere->setObjectName(QStringLiteral("redactEverywhere"));
    auto* reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("redactReason"));
    reason->setEditable(true);
    reason->addItems({tr("Another person's personal data (Art. 15(4) GDPR)"),
                      tr("Trade secret or intellectual property"), tr("Legal privilege"),
                      tr("Would prejudice the prevention or detection of crime")});
    reason->setCurrentIndex(-1);
    reason->lineEdit()->setPlaceholderText(tr("Why is this withheld? (required)"));
    cellsChoice->setChecked(true);
    const bool oneCell = cells.size() == 1;
    textChoice->setEnabled(oneCell);
    text->setEnabled(false);
    everywhere->setEnabled(false);
    if (oneCell)
        text->setText(m_model->original(cells.first().row(), cells.first().column()));
    connect(textChoice, &QRadioButton::toggled, text, &QWidget::setEnabled);
    connect(textChoice, &QRadioButton::toggled, everywhere, &QWidget::setEnabled);
    form->addRow(tr("Withhold"), cellsChoice);
    form->addRow(QString(), rowsChoice);
    form->addRow(QString(), textChoice);
    form->addRow(QString(), text);
    form->addRow(QString(), everywhere);
    form->addRow(tr("Reason"), reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Redact"));
    auto valid = [=] {
        const bool ok = !reason->currentText().trimmed().isEmpty() &&
                        (!textChoice->isChecked() || !text->text().isEmpty());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(reason, &QComboBox::currentTextChanged, dialog, valid);
    connect(text, &QLineEdit::textChanged, dialog, valid);
    connect(textChoice, &QRadioButton::toggled, dialog, valid);
    valid();
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    const QString json = t.json;
    const QStringList columns = t.columns;
    connect(dialog, &QDialog::accepted, this, [=, this] {
        const QString why = reason->currentText().trimmed();
        if (textChoice->isChecked()) {
            Redaction r;
            r.scope = everywhere->isChecked() ? Redaction::Scope::Anywhere : Redaction::Scope::Text;
            if (r.scope == Redaction::Scope::Text) {
                r.file = json;
                r.row = cells.first().row();
                r.column = columns.value(cells.first().column());
            }
            r.text = text->text();
            r.reason = why;
            m_pending << r;
        } else if (rowsChoice->isChecked()) {
            QList<int> sorted(rows.begin(), rows.end());
            std::sort(sorted.begin(), sorted.end());
            for (int row : std::as_const(sorted))
                m_pending << Redaction{Redaction::Scope::Row, json, row, {}, {}, why};
        } else {
            for (const QModelIndex& i : cells)
                m_pending << Redaction{Redaction::Scope::Cell,    json, i.row(),
                                       columns.value(i.column()), {},   why};
        }
        redactionsChanged();
    });
    dialog->open();
}

} // namespace lethe
