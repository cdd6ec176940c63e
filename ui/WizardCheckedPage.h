#pragma once

#include <QWizardPage>

#include <functional>

namespace ccas {

// A wizard page whose « Next » (or « Finish ») stays disabled until its check passes. The owner
// calls recheck() whenever a field of the page changes.
class WizardCheckedPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardCheckedPage(QWidget* parent = nullptr);
    ~WizardCheckedPage() override;
    Q_DISABLE_COPY_MOVE(WizardCheckedPage)

    void setCheck(std::function<bool()> check);
    void recheck(); // emits completeChanged()
    bool isComplete() const override;

private:
    std::function<bool()> m_check;
};

} // namespace ccas
