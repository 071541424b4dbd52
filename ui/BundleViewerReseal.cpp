// BundleViewer: the re-seal flow: which workspace's key signs, where the new bundle goes, and writing it.
#include "BundleViewer.h"

#include "CredentialStore.h"
#include "Dialogs.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>

namespace lethe {

void BundleViewer::chooseResealTarget()
{
    if (!m_session || m_pending.isEmpty())
        return;
    // A bundle nobody here vouched for would come out signed by this workspace: the reviewer says so first,
    // and the new bundle says what the original's verdict was.
    m_acceptUntrusted = false;
    if (m_verdict.ok()) {
        pickResealTarget();
        return;
    }
    dialogs::question(
        this, QStringLiteral("untrustedResealQuestion"), QMessageBox::Warning,
        tr("Re-seal an Untrusted Bundle?"),
        tr("%1\n\nThe new bundle will carry your workspace's signature, so its content would look vouched "
           "for. Re-seal it anyway? Its report and manifest will say what this bundle's verdict was.")
            .arg(verdictText()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_acceptUntrusted = true;
            pickResealTarget();
        });
}

void BundleViewer::pickResealTarget()
{
    if (!m_session || m_pending.isEmpty())
        return;
    if (!m_credentials) {
        dialogs::warning(this, QStringLiteral("resealNoKeychainWarning"), tr("Re-seal"),
                         tr("No keychain is available to sign with."));
        return;
    }
    // Signed with a workspace's key: the one that signed the original, else the reviewer picks one.
    if (!m_resealWorkspace.isEmpty()) {
        chooseResealFile(m_resealWorkspace);
        return;
    }
    QStringList names;
    for (const WorkspaceInfo& ws : Workspaces::list())
        names << ws.name;
    if (names.isEmpty()) {
        dialogs::warning(this, QStringLiteral("resealNoWorkspaceWarning"), tr("Re-seal"),
                         tr("Re-sealing signs the new bundle with a workspace's key, and there is no "
                            "workspace on this computer."));
        return;
    }
    if (names.size() == 1) {
        chooseResealFile(names.first());
        return;
    }
    auto* choice = new QInputDialog(this);
    choice->setObjectName(QStringLiteral("resealWorkspaceChoice"));
    choice->setAttribute(Qt::WA_DeleteOnClose);
    choice->setWindowTitle(tr("Re-seal"));
    choice->setLabelText(tr("Sign the new bundle with the key of workspace:"));
    choice->setComboBoxItems(names);
    choice->setComboBoxEditable(false);
    connect(choice, &QInputDialog::textValueSelected, this,
            [this](const QString& workspace) { chooseResealFile(workspace); });
    choice->open();
}

void BundleViewer::chooseResealFile(const QString& workspace)
{
    if (!m_session)
        return;
    QFileInfo original(m_session->path());
    QString base = original.fileName();
    for (const QString& suffix : {QStringLiteral(".age"), QStringLiteral(".zip"), QStringLiteral(".lethe")})
        if (base.endsWith(suffix))
            base.chop(suffix.size());
    const QString suffix =
        m_decryption.isSet() ? QStringLiteral(".lethe.zip.age") : QStringLiteral(".lethe.zip");
    dialogs::saveFile(this, QStringLiteral("resealFileDialog"), tr("Re-seal Into a New Bundle"),
                      original.dir().filePath(base + QStringLiteral("-redacted") + suffix),
                      tr("Lethe bundles (*%1)").arg(suffix),
                      [this, workspace, session = m_session](const QString& out) {
                          if (m_session == session) // not another bundle opened meanwhile
                              resealWithWorkspaceKey(out, workspace);
                      });
}

void BundleViewer::resealWithWorkspaceKey(const QString& out, const QString& workspace)
{
    if (!m_session || m_pending.isEmpty())
        return;
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(m_session->path()).absoluteFilePath()) {
        dialogs::warning(this, QStringLiteral("resealSameFileWarning"), tr("Re-seal"),
                         tr("Choose a new file: the original is never changed."));
        return;
    }
    QPointer<BundleViewer> self(this);
    m_credentials->read(
        QStringLiteral("lethe/signing-key/%1").arg(workspace), [self, out, workspace](Result<QString> text) {
            if (!self)
                return;
            auto key = text ? Minisign::parseSecret(*text) : Result<MinisignKey>(text.error());
            if (!key) {
                const QString message =
                    tr("Workspace %1 has no signing key to re-seal with (%2). Its first export "
                       "makes one.")
                        .arg(workspace, key.error().message);
                dialogs::warning(self, QStringLiteral("resealKeyWarning"), tr("Re-seal"), message);
                Q_EMIT self->resealFailed(message);
                return;
            }
            self->reseal(out, *key);
        });
}

void BundleViewer::reseal(const QString& outFile, const MinisignKey& key)
{
    if (!m_session || m_pending.isEmpty())
        return;
    setBusy(tr("Re-sealing into %1…").arg(QFileInfo(outFile).fileName()));
    const QString original = m_session->path();
    const QList<Redaction> redactions = m_pending;
    // An encrypted original stays encrypted: to the same passphrase, or to the public key of the identity
    // that opened it (the redactor's rule).
    const Age::Decryption decryption = m_decryption;
    BundleRedactor::Options rule;
    rule.decryption = decryption;
    const Age::Encryption encryption = BundleRedactor::encryptionFor(original, rule);
    const bool acceptUntrusted = m_acceptUntrusted;
    const MinisignKey trustedKey = m_trustedKey.value_or(key);
    if (Status s = Age::checkFileName(outFile, encryption); !s) {
        setIdle(s.error().message);
        Q_EMIT resealFailed(s.error().message);
        return;
    }
    QPointer<BundleViewer> self(this);
    m_jobs.run(m_job, [self, original, redactions, outFile, key, decryption, encryption, acceptUntrusted,
                       trustedKey](const JobContext& job) {
        BundleRedactor::Options o;
        o.actor = WorkspaceOpener::currentActor();
        o.at = QDateTime::currentDateTimeUtc();
        o.programVersion = QCoreApplication::applicationVersion();
        o.trusted = &trustedKey;
        o.acceptUntrusted = acceptUntrusted;
        o.decryption = decryption;
        o.encryption = encryption;
        o.stop = job.stopToken();
        o.progress = [self, job](const QString& step) {
            job.post([self, step] { self->m_status->setText(step); });
        };
        o.sign = [&](const QByteArray& sums) {
            return Minisign::sign(key, sums,
                                  QStringLiteral("lethe bundle %1 redacted timestamp:%2")
                                      .arg(QFileInfo(outFile).completeBaseName())
                                      .arg(o.at.toSecsSinceEpoch()));
        };
        auto summary = BundleRedactor::reseal(original, redactions, outFile, o);
        job.post([self, summary, outFile, encryption] {
            if (!summary) {
                self->setIdle(summary.error().message);
                dialogs::warning(self, QStringLiteral("resealFailedWarning"), tr("Re-seal"),
                                 summary.error().message);
                Q_EMIT self->resealFailed(summary.error().message);
                return;
            }
            QString done = tr("%1 written: %n redaction(s), %2 cells withheld, new checksums and signature. "
                              "The original is unchanged.",
                              nullptr, summary->redactions)
                               .arg(outFile)
                               .arg(summary->cells);
            if (!encryption.passphrase.isEmpty())
                done += QLatin1Char(' ') + tr("Encrypted with the passphrase the original was opened with.");
            else if (!encryption.recipients.isEmpty())
                done += QLatin1Char(' ') + tr("Encrypted to %1, the public key of the identity the original "
                                              "was opened with.")
                                               .arg(encryption.recipients.join(QStringLiteral(", ")));
            self->setIdle(done);
            Q_EMIT self->resealed(outFile);
        });
    });
}

} // namespace lethe
