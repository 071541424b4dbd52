#include "ConnectionForm.h"

#include "ProcessorConnections.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lethe {

ConnectionForm::ConnectionForm(const QList<ConnectorDefinition>& definitions,
                               std::optional<ProcessorConnection> existing, const QStringList& takenKeys,
                               QWidget* parent)
    : QDialog(parent), m_definitions(definitions), m_existing(std::move(existing)), m_takenKeys(takenKeys)
{
    setObjectName(QStringLiteral("connectionForm"));
    setWindowTitle(isEdit() ? tr("Edit Processor Connection") : tr("Add Processor Connection"));
    setMinimumWidth(560);
    std::sort(m_definitions.begin(), m_definitions.end(),
              [](const ConnectorDefinition& a, const ConnectorDefinition& b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("connectionKey"));
    m_key->setPlaceholderText(tr("e.g. leadsgen-stripe"));
    m_key->setToolTip(tr("Lower-case letters, digits, - and _, starting with a letter. Data maps name the "
                         "connection by this key."));
    m_connector = new QComboBox(this);
    m_connector->setObjectName(QStringLiteral("connectionConnector"));
    for (const ConnectorDefinition& d : m_definitions)
        m_connector->addItem(d.name, d.key);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("connectionBaseUrl"));
    m_baseUrl->setToolTip(tr("Leave empty for the processor's own address; give another for a region or the "
                             "sandbox."));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("connectionSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretHelp = new QLabel(this);
    m_secretHelp->setWordWrap(true);
    m_secretHelp->setEnabled(false); // greyed: a hint, not a value

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Processor:"), m_connector);
    form->addRow(tr("&Base URL:"), m_baseUrl);

    auto* params = new QGroupBox(tr("Parameters"), this);
    params->setObjectName(QStringLiteral("connectionParameters"));
    m_paramsForm = new QFormLayout(params);
    m_paramsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* secretForm = new QFormLayout;
    secretForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    secretForm->addRow(tr("&Secret:"), m_secret);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("connectionSave"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &ConnectionForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(params);
    layout->addLayout(secretForm);
    layout->addWidget(m_secretHelp);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    if (m_existing) {
        m_key->setText(m_existing->key);
        m_key->setReadOnly(true); // the key names the keychain entry and is used by data maps
        const int i = m_connector->findData(m_existing->connector);
        if (i < 0) // an uninstalled connector stays visible, so the person sees what is wrong
            m_connector->addItem(tr("%1 (not installed)").arg(m_existing->connector), m_existing->connector);
        m_connector->setCurrentIndex(i >= 0 ? i : m_connector->count() - 1);
        m_baseUrl->setText(m_existing->baseUrl);
    }
    connectorChanged();
    if (m_existing)
        for (const auto& [name, edit] : std::as_const(m_params))
            if (m_existing->parameters.contains(name))
                edit->setText(m_existing->parameters.value(name));
    connect(m_connector, &QComboBox::currentIndexChanged, this, &ConnectionForm::connectorChanged);
    for (QLineEdit* e : {m_key, m_baseUrl, m_secret})
        connect(e, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    (m_existing ? static_cast<QWidget*>(m_secret) : m_key)->setFocus();
}

const ConnectorDefinition* ConnectionForm::definition() const
{
    const QString key = m_connector->currentData().toString();
    return ConnectorLoader::find(m_definitions, key);
}

void ConnectionForm::connectorChanged()
{
    // Values typed for a parameter of the same name survive a change of connector.
    QHash<QString, QString> typed;
    for (const auto& [name, edit] : std::as_const(m_params))
        typed.insert(name, edit->text());
    while (m_paramsForm->rowCount() > 0)
        m_paramsForm->removeRow(0);
    m_params.clear();
    const ConnectorDefinition* def = definition();
    m_baseUrl->setPlaceholderText(def ? def->baseUrl : QString());
    const QString secretText =
        def && !def->secretDescription.isEmpty() ? def->secretDescription : tr("API key or token");
    m_secret->setToolTip(secretText);
    m_secret->setPlaceholderText(isEdit() ? tr("Leave empty to keep the current secret") : secretText);
    m_secretHelp->setText(isEdit() ? tr("%1. Kept only in the keychain.").arg(secretText)
                                   : tr("Kept only in the keychain, never in connections.json."));
    const QList<ConnectorParameter> params = def ? def->parameters : QList<ConnectorParameter>{};
    for (const ConnectorParameter& p : params) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("param_") + p.name);
        edit->setToolTip(p.description);
        edit->setPlaceholderText(p.description);
        edit->setText(typed.contains(p.name) && !typed.value(p.name).isEmpty() ? typed.value(p.name)
                                                                               : p.defaultValue);
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
        m_paramsForm->addRow(p.required ? tr("%1:").arg(p.name) : tr("%1 (optional):").arg(p.name), edit);
        m_params.append({p.name, edit});
    }
    if (params.isEmpty()) {
        auto* none = new QLabel(tr("This processor needs no parameters."), this);
        none->setEnabled(false);
        m_paramsForm->addRow(none);
    }
}

QString ConnectionForm::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ConnectionForm::showProblem(const QString& text, QWidget* field)
{
    m_problem->setText(text);
    m_problem->show();
    if (field)
        field->setFocus();
}

void ConnectionForm::save()
{
    ProcessorConnection c;
    c.key = m_key->text().trimmed();
    c.connector = m_connector->currentData().toString();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.secretKey = m_existing ? m_existing->secretKey : ProcessorConnections::secretKeyFor(c.key);
    for (const auto& [name, edit] : std::as_const(m_params))
        if (const QString v = edit->text().trimmed(); !v.isEmpty())
            c.parameters.insert(name, v);
    const QString secret = m_secret->text().trimmed();

    if (Status st = ProcessorConnections::check(c, m_definitions); !st) {
        // Point at the field the message is about: a parameter it names, the URL, else the key it quotes.
        const QString why = st.error().message;
        QWidget* field = nullptr;
        for (const auto& [name, edit] : std::as_const(m_params))
            if (!field && why.contains(QLatin1Char('"') + name + QLatin1Char('"')))
                field = edit;
        if (!field && why.contains(QStringLiteral("URL")))
            field = m_baseUrl;
        if (!field && why.contains(QLatin1Char('"') + c.key + QLatin1Char('"')))
            field = m_key;
        return showProblem(st.error().message, field);
    }
    if (!m_existing && m_takenKeys.contains(c.key))
        return showProblem(
            tr("A connection with the key \"%1\" exists already: edit it, or choose another key.").arg(c.key),
            m_key);
    if (!m_existing && secret.isEmpty())
        return showProblem(tr("The secret is empty: paste the processor's API key or token."), m_secret);

    m_problem->setText(tr("Saving the secret in the keychain…"));
    m_problem->setStyleSheet(QString());
    m_problem->show();
    for (QWidget* w : std::initializer_list<QWidget*>{m_save, m_key, m_connector, m_baseUrl, m_secret})
        w->setEnabled(false);
    Q_EMIT saveRequested(c, secret);
}

void ConnectionForm::finishSave(const Status& status)
{
    if (status) {
        accept();
        return;
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_save, m_key, m_connector, m_baseUrl, m_secret})
        w->setEnabled(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    showProblem(tr("Nothing was saved: %1").arg(status.error().message), nullptr);
}

} // namespace lethe
