#include "WizardCheckedPage.h"

namespace ccas {

WizardCheckedPage::WizardCheckedPage(QWidget* parent)
    : QWizardPage(parent)
{}

WizardCheckedPage::~WizardCheckedPage() = default;

void WizardCheckedPage::setCheck(std::function<bool()> check)
{
    m_check = std::move(check);
    recheck();
}

void WizardCheckedPage::recheck()
{
    Q_EMIT completeChanged();
}

bool WizardCheckedPage::isComplete() const
{
    return m_check ? m_check() : QWizardPage::isComplete();
}

} // namespace ccas
