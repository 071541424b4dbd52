#pragma once

#include "ConnectionForm.h"
#include "Connector.h"
#include "ProcessorConnections.h"
#include "ProcessorSearch.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lethe {

class CredentialStore;
class MessageBar;

// Tools › Processor Connections: the workspace's processor accounts (connections.json) with the verdict of
// their last test in this session; Add/Edit through ConnectionForm (the secret goes to the keychain first,
// then the file), Test after reading the secret (a ConnectionTest child named "connectionTest/<key>",
// asynchronous: the GUI never waits for the network; Cancel aborts it), Remove after an inline confirmation.
// Mirrors `lethe-cli connections add|list|test|remove`.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ProcessorColumn,
        BaseUrlColumn,
        VerdictColumn,
        ColumnCount
    };

    ConnectionsDialog(const QString& workspaceFolder, CredentialStore* credentials,
                      QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    QTableWidget* table() const { return m_table; }
    MessageBar* messageBar() const { return m_message; }
    ConnectionForm* form() const { return m_form; }
    QList<ProcessorConnection> connections() const { return m_connections; }
    QString verdictText(const QString& key) const;
    bool isTesting(const QString& key) const { return m_rows.value(key).running != 0; }
    bool selectConnection(const QString& key);

    void addConnection();
    void editConnection();
    void testConnection();
    void cancelTest();
    void askRemove();
    void reload();

Q_SIGNALS:
    void saved(const QString& key);
    void tested(const QString& key, lethe::ProcessorConnections::Verdict verdict);
    void removed(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    struct RowState
    {
        quint64 running = 0; // the test run in flight; 0: idle. Cancel or a newer run makes a result stale.
        QPointer<ConnectionTest> test; // its request, once the secret was read
        bool haveVerdict = false;
        ProcessorConnections::Verdict verdict = ProcessorConnections::Verdict::NotTestable;
        QString message;
    };

    void openForm(std::optional<ProcessorConnection> existing);
    void saveFromForm(const ProcessorConnection& connection, const QString& secret);
    void testFinished(const QString& key, quint64 run, const ProcessorConnections::TestResult& result);
    void stopTest(RowState& state);
    void forget(const QString& key); // its verdict, and its test if one runs
    void removeConfirmed();
    void fillTable();
    void updateRow(int row);
    void updateButtons();
    void updateDetails();
    QString currentKey() const;
    const ConnectorDefinition* definitionOf(const QString& connector) const;

    QString m_folder;
    CredentialStore* m_credentials;
    QList<ConnectorDefinition> m_definitions;
    QList<ProcessorConnection> m_connections;
    QHash<QString, RowState> m_rows;
    quint64 m_nextRun = 0;
    QString m_removing; // the key awaiting confirmation

    MessageBar* m_message;
    QTableWidget* m_table;
    QLabel* m_details; // the selected connection's verdict in full, which the table elides
    QFrame* m_confirm;
    QLabel* m_confirmText;
    QPushButton* m_confirmRemove;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_cancelTest;
    QPushButton* m_remove;
    QPointer<ConnectionForm> m_form;
};

} // namespace lethe
