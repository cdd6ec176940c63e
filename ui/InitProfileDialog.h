#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ccas {

// Creates the profile on first start: the CCAS's name and SIRET, and the administrator's recovery
// passphrase (typed twice) that opens the dossiers when the system keychain cannot. Shown with
// open(); « Create » checks the fields, emits initRequested() and waits until the caller closes it
// with accept() or shows why the creation failed with showError().
class InitProfileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit InitProfileDialog(const QString& ccasNom = {}, const QString& siret = {}, QWidget* parent = nullptr);
    ~InitProfileDialog() override;
    Q_DISABLE_COPY_MOVE(InitProfileDialog)

    void showError(const QString& message); // ends the busy state
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void initRequested(const QString& ccasNom, const QString& siret, const QString& passphrase);

private:
    void submit();
    void updateStrength();

    QLineEdit* m_nom = nullptr;
    QLineEdit* m_siret = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_createButton = nullptr;
    bool m_busy = false;
};

} // namespace ccas
