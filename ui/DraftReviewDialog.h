#pragma once

#include "Job.h"
#include "SchemaDiscovery.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lethe {

class CredentialStore;
class DraftReviewModel;

// Tools › Discover Data Map: reads a live schema off the GUI thread, shows what discovery proposes per column
// (categories, identity, confidence and evidence) for a person to correct, asks for what discovery cannot
// know (the system's name and purposes), and saves the result as a data map, checked by the loader at once.
class DraftReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DraftReviewDialog(CredentialStore* credentials, QWidget* parent = nullptr);
    ~DraftReviewDialog() override;

    DraftReviewModel* model() const { return m_model; }
    bool isDiscovering() const { return m_running; }
    QString verdict() const;
    // Writes the reviewed map to `file` and checks it; what the Save button does after asking for a file.
    bool saveTo(const QString& file);

Q_SIGNALS:
    void discovered(int columns);
    void saved(bool valid);

private:
    void discover();
    void cancel();
    void finished(const Result<DiscoveryResult>& result);
    void save();
    void setRunning(bool running);
    void updateSaveEnabled();

    CredentialStore* m_credentials;
    QLineEdit* m_connection;
    QLineEdit* m_passwordKey;
    QSpinBox* m_sample;
    QLineEdit* m_systemKey;
    QPushButton* m_discover;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_notes;
    QCheckBox* m_onlyPersonal;
    QTableView* m_view;
    DraftReviewModel* m_model;
    QLineEdit* m_name;
    QPlainTextEdit* m_purposes;
    QPushButton* m_save;
    QLabel* m_result;
    DataMap m_draft;
    bool m_haveDraft = false;
    bool m_running = false;
    // Discovery cannot be interrupted: Cancel, or closing the dialog, drops its result, and its bounded reads
    // finish on the job pool without the dialog waiting for them.
    JobSlot m_jobs{this, JobSlot::AtDestruction::Leave};
};

} // namespace lethe
