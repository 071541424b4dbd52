#include "ConnectionsDialog.h"

#include "ConnectionForm.h"
#include "CredentialStore.h"
#include "MessageBar.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lethe {

namespace {

using Verdict = ProcessorConnections::Verdict;

// A verdict in a few words, for the table; the full sentence follows it.
QString verdictWords(Verdict v)
{
    switch (v) {
    case Verdict::Reachable:
        return ConnectionsDialog::tr("Reachable");
    case Verdict::AuthRefused:
        return ConnectionsDialog::tr("Credentials refused");
    case Verdict::WrongUrl:
        return ConnectionsDialog::tr("Wrong URL");
    case Verdict::TlsFailed:
        return ConnectionsDialog::tr("TLS failed");
    case Verdict::Unreachable:
        return ConnectionsDialog::tr("Unreachable");
    case Verdict::ProcessorError:
        return ConnectionsDialog::tr("Processor error");
    case Verdict::NotTestable:
        return ConnectionsDialog::tr("Not testable");
    }
    return {};
}

QStyle::StandardPixmap verdictIcon(Verdict v)
{
    switch (v) {
    case Verdict::Reachable:
        return QStyle::SP_DialogApplyButton;
    case Verdict::AuthRefused:
    case Verdict::TlsFailed:
        return QStyle::SP_MessageBoxCritical;
    case Verdict::NotTestable:
        return QStyle::SP_MessageBoxInformation;
    case Verdict::WrongUrl:
    case Verdict::Unreachable:
    case Verdict::ProcessorError:
        break;
    }
    return QStyle::SP_MessageBoxWarning;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Enter belongs to Edit, whatever button last had the focus
    return b;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(const QString& workspaceFolder, CredentialStore* credentials,
                                     QWidget* parent)
    : QDialog(parent), m_folder(workspaceFolder), m_credentials(credentials)
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Processor Connections"));
    resize(980, 380);

    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("connectionsMessageBar"));
    auto* intro =
        new QLabel(tr("The workspace's accounts at processors. Secrets are kept only in the keychain; "
                      "%1 holds the rest.")
                       .arg(ProcessorConnections::filePath(m_folder)),
                   this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Processor"), tr("Base URL"), tr("Last test")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(KeyColumn, 170);
    m_table->setColumnWidth(ProcessorColumn, 110);
    m_table->setColumnWidth(BaseUrlColumn, 230);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verdictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 2);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The inline confirmation of Remove: no modal box, and the table stays usable while it shows.
    m_confirm = new QFrame(this);
    m_confirm->setObjectName(QStringLiteral("removeConfirmation"));
    m_confirm->setFrameShape(QFrame::StyledPanel);
    m_confirm->setStyleSheet(QStringLiteral("#removeConfirmation { background: #fff8e1; border: 1px solid "
                                            "#8a5a00; border-radius: 4px; } QLabel { color: #8a5a00; }"));
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setWordWrap(true);
    m_confirmRemove = button(tr("&Remove"), QStringLiteral("confirmRemove"), m_confirm);
    auto* keep = button(tr("&Keep"), QStringLiteral("keepConnection"), m_confirm);
    auto* confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(10, 6, 6, 6);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmRemove);
    confirmLayout->addWidget(keep);
    m_confirm->hide();
    connect(m_confirmRemove, &QPushButton::clicked, this, &ConnectionsDialog::removeConfirmed);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_removing.clear();
        m_confirm->hide();
        m_table->setFocus();
    });

    m_add = button(tr("&Add…"), QStringLiteral("addConnection"), this);
    m_edit = button(tr("&Edit…"), QStringLiteral("editConnection"), this);
    m_edit->setAutoDefault(true);
    m_edit->setDefault(true); // Enter in the table edits the selected connection
    m_test = button(tr("&Test"), QStringLiteral("testConnection"), this);
    m_test->setToolTip(tr("One authenticated read at the processor (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    m_cancelTest = button(tr("&Cancel Test"), QStringLiteral("cancelTest"), this);
    m_remove = button(tr("&Remove…"), QStringLiteral("removeConnection"), this);
    m_remove->setToolTip(tr("Remove the connection and its secret (%1)")
                             .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    auto* close = button(tr("Close"), QStringLiteral("closeConnections"), this);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsDialog::editConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &ConnectionsDialog::cancelTest);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::askRemove);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_test, m_cancelTest, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_confirm);
    layout->addLayout(buttons);

    auto* testKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    connect(testKey, &QShortcut::activated, this, &ConnectionsDialog::testConnection);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_table);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ConnectionsDialog::askRemove);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConnectionsDialog::editConnection);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConnectionsDialog::updateButtons);

    QStringList problems;
    m_definitions = ProcessorConnections::definitions(m_folder, &problems);
    if (!problems.isEmpty())
        m_message->show(
            MessageBar::Kind::Warning,
            tr("Some connector definitions were left out:\n%1").arg(problems.join(QLatin1Char('\n'))));
    else if (m_definitions.isEmpty())
        m_message->show(MessageBar::Kind::Warning, tr("No connector definitions are installed."));
    reload();
    m_table->setFocus();
}

ConnectionsDialog::~ConnectionsDialog() = default; // a test still running is a child: aborted with it

void ConnectionsDialog::reload()
{
    auto loaded = ProcessorConnections::load(m_folder);
    if (!loaded) {
        m_message->show(MessageBar::Kind::Error, loaded.error().message);
        m_connections.clear();
    } else {
        m_connections = *loaded;
    }
    fillTable();
}

const ConnectorDefinition* ConnectionsDialog::definitionOf(const QString& connector) const
{
    return ConnectorLoader::find(m_definitions, connector);
}

void ConnectionsDialog::fillTable()
{
    const QString selected = currentKey();
    m_table->setRowCount(int(m_connections.size()));
    for (int row = 0; row < m_connections.size(); ++row) {
        for (int col = 0; col < ColumnCount; ++col)
            if (!m_table->item(row, col))
                m_table->setItem(row, col, new QTableWidgetItem);
        updateRow(row);
    }
    if (!selectConnection(selected) && !m_connections.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ConnectionsDialog::updateRow(int row)
{
    const ProcessorConnection& c = m_connections.at(row);
    const ConnectorDefinition* def = definitionOf(c.connector);
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    const QBrush normal = palette().brush(QPalette::Active, QPalette::Text);

    QTableWidgetItem* key = m_table->item(row, KeyColumn);
    key->setText(c.key);
    key->setData(Qt::UserRole, c.key);

    QTableWidgetItem* processor = m_table->item(row, ProcessorColumn);
    processor->setText(def ? def->name : tr("%1 (not installed)").arg(c.connector));
    processor->setForeground(def ? normal : grey);

    QTableWidgetItem* url = m_table->item(row, BaseUrlColumn);
    url->setText(c.baseUrl.isEmpty() && def ? def->baseUrl : c.baseUrl);
    url->setForeground(c.baseUrl.isEmpty() ? grey : normal);
    url->setToolTip(c.baseUrl.isEmpty() ? tr("The processor's own address") : tr("Set for this connection"));

    QTableWidgetItem* verdict = m_table->item(row, VerdictColumn);
    const RowState state = m_rows.value(c.key);
    if (state.running) {
        verdict->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        verdict->setText(tr("Testing…"));
        verdict->setForeground(normal);
        verdict->setToolTip(QString());
    } else if (state.haveVerdict) {
        verdict->setIcon(style()->standardIcon(verdictIcon(state.verdict)));
        verdict->setText(tr("%1: %2").arg(verdictWords(state.verdict), state.message));
        verdict->setForeground(normal);
        verdict->setToolTip(state.message);
    } else {
        verdict->setIcon(QIcon());
        verdict->setText(state.message.isEmpty() ? tr("Not tested yet") : state.message);
        verdict->setForeground(grey);
        verdict->setToolTip(state.message);
    }
}

QString ConnectionsDialog::verdictText(const QString& key) const
{
    for (int row = 0; row < m_connections.size(); ++row)
        if (m_connections.at(row).key == key)
            return m_table->item(row, VerdictColumn)->text();
    return {};
}

QString ConnectionsDialog::currentKey() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    return m_table->item(items.first()->row(), KeyColumn)->data(Qt::UserRole).toString();
}

bool ConnectionsDialog::selectConnection(const QString& key)
{
    for (int row = 0; row < m_connections.size(); ++row) {
        if (!key.isEmpty() && m_connections.at(row).key == key) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void ConnectionsDialog::updateButtons()
{
    const QString key = currentKey();
    const bool have = !key.isEmpty();
    const bool running = have && isTesting(key);
    m_edit->setEnabled(have);
    m_test->setEnabled(have && !running);
    m_cancelTest->setEnabled(running);
    m_remove->setEnabled(have);
    m_add->setEnabled(!m_definitions.isEmpty());
    updateDetails();
}

void ConnectionsDialog::updateDetails()
{
    const QString key = currentKey();
    if (key.isEmpty()) {
        m_details->setText(m_connections.isEmpty()
                               ? tr("No connections yet. Add one for each account the workspace's data maps "
                                    "name as a processor.")
                               : QString());
        return;
    }
    const RowState state = m_rows.value(key);
    if (state.running)
        m_details->setText(tr("%1: testing… You can cancel the test or close this window.").arg(key));
    else if (state.haveVerdict)
        m_details->setText(tr("%1: %2").arg(key, state.message));
    else if (!state.message.isEmpty())
        m_details->setText(tr("%1: %2").arg(key, state.message));
    else
        m_details->setText(
            tr("%1: not tested yet. Test makes one authenticated read at the processor.").arg(key));
}

void ConnectionsDialog::addConnection()
{
    openForm(std::nullopt);
}

void ConnectionsDialog::editConnection()
{
    const QString key = currentKey();
    for (const ProcessorConnection& c : std::as_const(m_connections))
        if (c.key == key)
            return openForm(c);
}

void ConnectionsDialog::openForm(std::optional<ProcessorConnection> existing)
{
    if (m_form) { // one form at a time
        m_form->raise();
        m_form->activateWindow();
        return;
    }
    QStringList taken;
    for (const ProcessorConnection& c : std::as_const(m_connections))
        taken << c.key;
    m_form = new ConnectionForm(m_definitions, std::move(existing), taken, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_form, &ConnectionForm::saveRequested, this, &ConnectionsDialog::saveFromForm);
    m_form->open();
}

void ConnectionsDialog::saveFromForm(const ProcessorConnection& connection, const QString& secret)
{
    // As lethe-cli connections add: the secret first, and the file only once the keychain holds it.
    QPointer<ConnectionsDialog> self(this);
    auto writeFile = [self, connection](const Status& written) {
        if (!self)
            return;
        if (!written) {
            if (self->m_form)
                self->m_form->finishSave(written);
            return;
        }
        auto loaded = ProcessorConnections::load(self->m_folder);
        Status saved = Status::success();
        if (!loaded) {
            saved = loaded.error();
        } else {
            QList<ProcessorConnection> list = *loaded;
            bool replaced = false;
            for (ProcessorConnection& c : list) {
                if (c.key == connection.key) {
                    c = connection;
                    replaced = true;
                }
            }
            if (!replaced)
                list << connection;
            saved = ProcessorConnections::save(self->m_folder, list);
        }
        if (self->m_form)
            self->m_form->finishSave(saved);
        if (!saved)
            return;
        // A changed connection's earlier verdict (or the test under way) no longer says anything about it.
        self->forget(connection.key);
        self->reload();
        self->selectConnection(connection.key);
        self->m_message->show(MessageBar::Kind::Success,
                              tr("Connection %1 saved; its secret is in the keychain as %2.")
                                  .arg(connection.key, connection.secretKey));
        Q_EMIT self->saved(connection.key);
    };
    if (secret.isEmpty()) // editing, keeping the current secret
        writeFile(Status::success());
    else
        m_credentials->write(connection.secretKey, secret, writeFile);
}

void ConnectionsDialog::testConnection()
{
    const QString key = currentKey();
    if (key.isEmpty() || isTesting(key))
        return;
    const ProcessorConnection* found = nullptr;
    for (const ProcessorConnection& c : std::as_const(m_connections))
        if (c.key == key)
            found = &c;
    if (!found)
        return;
    const ProcessorConnection connection = *found;
    const ConnectorDefinition* def = definitionOf(connection.connector);
    RowState& state = m_rows[key];
    if (!def) {
        state = RowState{};
        state.message = tr("The connector \"%1\" is not installed.").arg(connection.connector);
        fillTable();
        return;
    }
    const quint64 run = ++m_nextRun;
    state.running = run;
    fillTable();
    const ConnectorDefinition definition = *def;
    QPointer<ConnectionsDialog> self(this);
    m_credentials->read(connection.secretKey, [self, key, run, definition,
                                               connection](Result<QString> secret) {
        if (!self || self->m_rows.value(key).running != run)
            return; // closed or cancelled while the keychain answered
        if (!secret) {
            RowState& s = self->m_rows[key];
            s = RowState{};
            s.message = tr("The secret could not be read from the keychain: %1").arg(secret.error().message);
            self->fillTable();
            self->m_message->show(MessageBar::Kind::Error, tr("%1: %2").arg(key, s.message));
            return;
        }
        // Asynchronous on this thread: the GUI never waits for the network. The test is the dialog's child,
        // so Cancel, a removed or changed connection and closing the dialog all abort its request.
        auto* test = new ConnectionTest(definition, connection, *secret, self);
        test->setObjectName(QStringLiteral("connectionTest/") + key);
        self->m_rows[key].test = test;
        QObject::connect(test, &ConnectionTest::finished, self, [dialog = self.data(), key, run, test] {
            test->deleteLater();
            dialog->testFinished(key, run, test->result());
        });
        test->start();
    });
    updateButtons();
}

void ConnectionsDialog::testFinished(const QString& key, quint64 run,
                                     const ProcessorConnections::TestResult& result)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end() || it->running != run)
        return; // cancelled, or the connection was removed or changed meanwhile
    it->running = 0;
    it->test = nullptr;
    it->haveVerdict = true;
    it->verdict = result.verdict;
    it->message = result.message;
    fillTable();
    Q_EMIT tested(key, result.verdict);
}

void ConnectionsDialog::cancelTest()
{
    const QString key = currentKey();
    auto it = m_rows.find(key);
    if (it == m_rows.end() || !it->running)
        return;
    stopTest(*it);
    *it = RowState{};
    it->message = tr("Test cancelled");
    fillTable();
}

void ConnectionsDialog::stopTest(RowState& state)
{
    // Before the keychain answered there is no request yet: the run number then drops the answer.
    if (state.test) {
        state.test->abort();
        state.test->deleteLater();
        state.test = nullptr;
    }
    state.running = 0;
}

void ConnectionsDialog::forget(const QString& key)
{
    if (auto it = m_rows.find(key); it != m_rows.end())
        stopTest(*it);
    m_rows.remove(key);
}

void ConnectionsDialog::askRemove()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    m_removing = key;
    m_confirmText->setText(
        tr("Remove the connection <b>%1</b> from this workspace and its secret from the keychain? Data maps "
           "that name it will report it missing.")
            .arg(key.toHtmlEscaped()));
    m_confirm->show();
    m_confirmRemove->setFocus();
}

void ConnectionsDialog::removeConfirmed()
{
    const QString key = m_removing;
    m_removing.clear();
    m_confirm->hide();
    m_table->setFocus();
    if (key.isEmpty())
        return;
    // As lethe-cli connections remove: the file first, then the secret.
    auto loaded = ProcessorConnections::load(m_folder);
    if (!loaded) {
        m_message->show(MessageBar::Kind::Error, loaded.error().message);
        return;
    }
    QList<ProcessorConnection> kept;
    QString secretKey;
    for (const ProcessorConnection& c : std::as_const(*loaded)) {
        if (c.key == key)
            secretKey = c.secretKey;
        else
            kept << c;
    }
    if (secretKey.isEmpty()) {
        m_message->show(MessageBar::Kind::Error, tr("No connection \"%1\" in this workspace.").arg(key));
        reload();
        return;
    }
    if (Status st = ProcessorConnections::save(m_folder, kept); !st) {
        m_message->show(MessageBar::Kind::Error, st.error().message);
        return;
    }
    forget(key); // and a test still running for it stops
    reload();
    QPointer<ConnectionsDialog> self(this);
    m_credentials->remove(secretKey, [self, key](const Status& removed) {
        if (!self)
            return;
        if (removed)
            self->m_message->show(MessageBar::Kind::Success,
                                  tr("Connection %1 removed, with its secret.").arg(key));
        else
            self->m_message->show(
                MessageBar::Kind::Warning,
                tr("The connection %1 is gone, but its secret could not be removed from the keychain: %2")
                    .arg(key, removed.error().message));
        Q_EMIT self->removed(key);
    });
}

void ConnectionsDialog::closeEvent(QCloseEvent* event)
{
    m_removing.clear(); // closing the window is no answer to a pending Remove
    m_confirm->hide();
    QDialog::closeEvent(event);
}

void ConnectionsDialog::reject()
{
    // Escape first withdraws a pending Remove, then closes.
    if (m_confirm->isVisible()) {
        m_removing.clear();
        m_confirm->hide();
        m_table->setFocus();
        return;
    }
    QDialog::reject();
}

} // namespace lethe
