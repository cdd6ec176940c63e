#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ccas {

// API Particulier connection settings: environment, gateway URL, the CCAS SIRET and the token.
// The dialog only collects and checks values; the caller stores them (settings file, keychain).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString environment; // "production", "staging", "gateway"
        QString gatewayUrl;
        QString siret;
        int timeoutSeconds = 12;
        QString newToken; // empty = keep the saved token
    };

    explicit ConnectionDialog(const Values& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

    Values values() const;
    void accept() override;

private:
    void updateGatewayState();

    QComboBox* m_environment = nullptr;
    QLineEdit* m_gatewayUrl = nullptr;
    QLineEdit* m_siret = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLineEdit* m_token = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace ccas
