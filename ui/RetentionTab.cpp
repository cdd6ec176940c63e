#include "RetentionTab.h"

#include "domain/Dossier.h"
#include "session/ProfileSession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ccas {

namespace {

QString dateText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString outcomeText(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("-"))
        return RetentionTab::tr("not decided");
    const auto o = DossierText::outcomeFromKey(key);
    return o ? DossierText::outcomeLabel(*o) : key;
}

QString statusText(const QString& key)
{
    const auto s = DossierText::statusFromKey(key);
    return s ? DossierText::statusLabel(*s) : key;
}

QString aidText(const QString& aid)
{
    return aid.isEmpty() || aid == QLatin1String("-") ? RetentionTab::tr("no aid") : aid;
}

QTableWidget* makeTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                        QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

int monthsBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const QDate a = from.toUTC().date();
    const QDate b = to.toUTC().date();
    int months = (b.year() - a.year()) * 12 + (b.month() - a.month());
    if (b.day() < a.day())
        --months;
    return qMax(0, months);
}

} // namespace

RetentionTab::RetentionTab(ProfileSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("retentionPolicyLabel"));
    m_policy->setWordWrap(true);

    auto* dueBox = new QGroupBox(tr("Due now"), this);
    m_dueLabel = new QLabel(dueBox);
    m_dueLabel->setObjectName(QStringLiteral("retentionDueLabel"));
    m_dueLabel->setWordWrap(true);
    m_due =
        makeTable(QStringLiteral("retentionDueTable"), tr("Dossiers due for purging"),
                  {tr("Dossier"), tr("Reason"), tr("Aid"), tr("Outcome"), tr("Closed"), tr("Last activity")}, dueBox);
    auto* dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addWidget(m_dueLabel);
    dueLayout->addWidget(m_due, 1);

    auto* warnBox = new QGroupBox(tr("Inactive dossiers (warning)"), this);
    m_warningLabel = new QLabel(warnBox);
    m_warningLabel->setObjectName(QStringLiteral("retentionWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warnings =
        makeTable(QStringLiteral("retentionWarningTable"), tr("Dossiers inactive for a long time"),
                  {tr("Dossier"), tr("Status"), tr("Aid"), tr("Last activity"), tr("Months inactive")}, warnBox);
    auto* warnLayout = new QVBoxLayout(warnBox);
    warnLayout->addWidget(m_warningLabel);
    warnLayout->addWidget(m_warnings, 1);

    auto* historyBox = new QGroupBox(tr("Purges done"), this);
    m_history = makeTable(QStringLiteral("retentionHistoryTable"), tr("History of purges"),
                          {tr("Date"), tr("Dossiers"), tr("Per aid and outcome"), tr("Elimination visa")}, historyBox);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);

    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("retentionRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Compute the retention report again"));
    m_purgeButton = new QPushButton(tr("&Purge now…"), this);
    m_purgeButton->setObjectName(QStringLiteral("retentionPurgeButton"));
    m_purgeButton->setAccessibleName(tr("Purge the dossiers due now"));
    m_purgeButton->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_purgeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(dueBox, 3);
    layout->addWidget(warnBox, 2);
    layout->addWidget(historyBox, 2);
    layout->addLayout(buttons);

    setTabOrder(m_due, m_warnings);
    setTabOrder(m_warnings, m_history);
    setTabOrder(m_history, m_refreshButton);
    setTabOrder(m_refreshButton, m_purgeButton);

    connect(m_refreshButton, &QPushButton::clicked, this, &RetentionTab::refresh);
    connect(m_purgeButton, &QPushButton::clicked, this, &RetentionTab::confirmPurge);
    connect(m_session, &ProfileSession::retentionStarted, this, [this]() {
        m_purgeButton->setEnabled(false);
        setStatus(tr("Retention is running…"));
    });
    connect(m_session, &ProfileSession::retentionFinished, this, [this](const RetentionReport& report) {
        if (m_purging || !report.due.isEmpty())
            setStatus(tr("%n dossier(s) purged.", nullptr, int(report.due.size())));
        else
            setStatus(QString());
        m_purging = false;
        refresh();
    });
    connect(m_session, &ProfileSession::retentionFailed, this, [this](const QString& message) {
        m_purging = false;
        setStatus(message);
        refresh();
    });
}

void RetentionTab::setStatus(const QString& text)
{
    m_status->setText(text);
}

void RetentionTab::finishOne()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loaded();
}

void RetentionTab::refresh()
{
    if (!m_session->isUnlocked())
        return;
    const RetentionPolicy policy = m_session->retentionPolicy();
    m_policy->setText(tr("Closed dossiers are purged %1 month(s) after closing; dossiers left open, after %2 month(s) "
                         "without activity; a warning lists them from %3 month(s) on.")
                          .arg(policy.closedMonths)
                          .arg(policy.inactiveMonths)
                          .arg(policy.warnMonths));
    const quint64 serial = ++m_serial;
    m_pending = 2;
    m_refreshButton->setEnabled(false);
    // A dry run: nothing is purged or written.
    m_session->retention()
        ->run(policy, true, m_session->agent())
        .then(this, [this, serial](const Result<RetentionReport, StoreError>& r) {
            if (serial != m_serial)
                return;
            if (!r)
                setStatus(r.error().userMessage());
            else
                showReport(r.value());
            finishOne();
            m_refreshButton->setEnabled(m_pending == 0);
        });
    m_session->statistics()->purgeHistory(200).then(this,
                                                    [this, serial](const Result<QList<PurgeRecord>, StoreError>& r) {
                                                        if (serial != m_serial)
                                                            return;
                                                        if (!r)
                                                            setStatus(r.error().userMessage());
                                                        else
                                                            showHistory(r.value());
                                                        finishOne();
                                                        m_refreshButton->setEnabled(m_pending == 0);
                                                    });
}

void RetentionTab::showReport(const RetentionReport& report)
{
    const RetentionPolicy policy = m_session->retentionPolicy();
    m_due->setRowCount(int(report.due.size()));
    for (int i = 0; i < report.due.size(); ++i) {
        const RetentionItem& item = report.due.at(i);
        const QString reason = item.reason == QLatin1String("closed")
                                   ? tr("closed more than %n month(s) ago", nullptr, policy.closedMonths)
                                   : tr("no activity for more than %n month(s)", nullptr, policy.inactiveMonths);
        setRow(m_due, i,
               {item.id, reason, aidText(item.aidCode), outcomeText(item.outcome), dateText(item.closedAt),
                dateText(item.lastActivityAt)});
    }
    m_dueLabel->setText(report.due.isEmpty()
                            ? tr("Nothing is due now.")
                            : tr("%n dossier(s) would be purged now.", nullptr, int(report.due.size())));
    m_warnings->setRowCount(int(report.warnings.size()));
    for (int i = 0; i < report.warnings.size(); ++i) {
        const RetentionItem& item = report.warnings.at(i);
        setRow(m_warnings, i,
               {item.id, statusText(item.status), aidText(item.aidCode), dateText(item.lastActivityAt),
                QString::number(monthsBetween(item.lastActivityAt, report.now))});
    }
    m_warningLabel->setText(
        report.warnings.isEmpty()
            ? tr("No open dossier has been inactive for %n month(s) or more.", nullptr, policy.warnMonths)
            : tr("%n open dossier(s) inactive for %1 month(s) or more: they will be purged at %2 month(s) without "
                 "activity.",
                 nullptr, int(report.warnings.size()))
                  .arg(policy.warnMonths)
                  .arg(policy.inactiveMonths));
    m_purgeButton->setEnabled(!report.due.isEmpty() && !m_purging);
}

void RetentionTab::showHistory(const QList<PurgeRecord>& records)
{
    m_history->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const PurgeRecord& p = records.at(i);
        QStringList parts;
        for (auto it = p.counts.constBegin(); it != p.counts.constEnd(); ++it) {
            const QString aid = it.key().section(QLatin1Char('|'), 0, 0);
            const QString outcome = it.key().section(QLatin1Char('|'), 1);
            parts << tr("%1 · %2: %3").arg(aidText(aid), outcomeText(outcome)).arg(it.value());
        }
        setRow(m_history, i,
               {p.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), QString::number(p.total()),
                parts.join(QStringLiteral("; ")), p.eliminationRef});
    }
}

void RetentionTab::confirmPurge()
{
    if (!m_session->isUnlocked() || m_purging)
        return;
    const int due = m_due->rowCount();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Purge now"),
                                tr("Purge %n dossier(s) now? Their data and keys are destroyed for good; only a "
                                   "count per aid and outcome is kept.",
                                   nullptr, due),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("purgeConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Purge"));
    box->button(QMessageBox::Yes)->setObjectName(QStringLiteral("purgeConfirmYes"));
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || !m_session->isUnlocked())
            return;
        m_purging = true;
        m_purgeButton->setEnabled(false);
        setStatus(tr("Purging…"));
        m_session->runRetention();
    });
    box->open();
}

} // namespace ccas
