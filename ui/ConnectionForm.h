#pragma once

#include "Connector.h"
#include "ProcessorSearch.h"
#include "Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lethe {

// The Add/Edit form of a processor connection: key, connector, base URL, the chosen connector's parameters
// and the secret. Save checks the connection (ProcessorConnections::check, plus what the CLI checks: a
// unique key, a secret for a new connection) and, when nothing is wrong, emits saveRequested; the form stays
// open, busy, until the owner reports the keychain's answer through finishSave().
class ConnectionForm : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the connection being edited (its key stays), or nothing for a new one. `takenKeys`: the
    // keys of the other connections.
    ConnectionForm(const QList<ConnectorDefinition>& definitions, std::optional<ProcessorConnection> existing,
                   const QStringList& takenKeys, QWidget* parent = nullptr);

    bool isEdit() const { return m_existing.has_value(); }
    QString problem() const;
    // The keychain has answered: close on success, else say why and stay open with the fields as typed.
    void finishSave(const Status& status);

Q_SIGNALS:
    // `secret` is empty when an edited connection keeps its current secret.
    void saveRequested(const lethe::ProcessorConnection& connection, const QString& secret);

private:
    void connectorChanged();
    void save();
    void showProblem(const QString& text, QWidget* field);
    const ConnectorDefinition* definition() const;

    QList<ConnectorDefinition> m_definitions;
    std::optional<ProcessorConnection> m_existing;
    QStringList m_takenKeys;
    QLineEdit* m_key;
    QComboBox* m_connector;
    QLineEdit* m_baseUrl;
    QFormLayout* m_paramsForm;
    QList<std::pair<QString, QLineEdit*>> m_params;
    QLineEdit* m_secret;
    QLabel* m_secretHelp;
    QLabel* m_problem;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace lethe
