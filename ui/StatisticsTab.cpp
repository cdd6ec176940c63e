#include "StatisticsTab.h"

#include "domain/Dossier.h"
#include "session/ProfileSession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ccas {

namespace {

enum Column
{
    AidColumn,
    OutcomeColumn,
    CountColumn,
    AmountColumn,
    ColumnCount
};

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StatisticsTab::StatisticsTab(ProfileSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    const QDate today = m_session->clock().nowUtc().toLocalTime().date();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_from->setAccessibleName(tr("Statistics from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    m_to->setAccessibleName(tr("Statistics to (included)"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_wholePeriod = new QCheckBox(tr("&All dates"), this);
    m_wholePeriod->setObjectName(QStringLiteral("statisticsWholePeriod"));
    m_wholePeriod->setAccessibleName(tr("Count every dossier, whatever its date"));
    m_refreshButton = new QPushButton(tr("&Update"), this);
    m_refreshButton->setObjectName(QStringLiteral("statisticsRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Compute the statistics again"));

    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    auto* period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(m_wholePeriod);
    period->addStretch(1);
    period->addWidget(m_refreshButton);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setAccessibleName(tr("Dossiers per aid and outcome"));
    m_table->setHorizontalHeaderLabels({tr("Aid"), tr("Outcome"), tr("Dossiers"), tr("Amount granted")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("statisticsTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(tr("A dossier counts on the date of its decision, or of its creation while it is not "
                           "decided. Purged dossiers are no longer counted (see the purges in Retention)."),
                        this);
    m_note->setObjectName(QStringLiteral("statisticsNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_note);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_wholePeriod);
    setTabOrder(m_wholePeriod, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);

    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsTab::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsTab::refresh);
    connect(m_wholePeriod, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &StatisticsTab::refresh);
}

void StatisticsTab::refresh()
{
    if (!m_session->isUnlocked())
        return;
    QDateTime from, to;
    if (!m_wholePeriod->isChecked()) {
        from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
        to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    }
    const quint64 serial = ++m_serial;
    m_loading = true;
    m_session->statistics()->byAidAndOutcome(from, to).then(
        this, [this, serial](const Result<StatisticsReport, StoreError>& r) {
            if (serial != m_serial)
                return;
            m_loading = false;
            if (!r) {
                m_total->setText(r.error().userMessage());
            } else {
                m_report = r.value();
                showReport(m_report);
            }
            Q_EMIT loaded();
        });
}

void StatisticsTab::showReport(const StatisticsReport& report)
{
    m_table->setRowCount(int(report.rows.size()) + 1);
    int row = 0;
    for (const StatisticsRow& s : report.rows) {
        const auto outcome = DossierText::outcomeFromKey(s.outcome);
        m_table->setItem(row, AidColumn, new QTableWidgetItem(s.aidCode.isEmpty() ? tr("no aid") : s.aidCode));
        m_table->setItem(row, OutcomeColumn,
                         new QTableWidgetItem(outcome ? DossierText::outcomeLabel(*outcome)
                                                      : (s.outcome.isEmpty() ? tr("not decided yet") : s.outcome)));
        m_table->setItem(row, CountColumn, numberItem(QString::number(s.count)));
        m_table->setItem(row, AmountColumn, numberItem(DossierText::formatCents(s.amountCents)));
        ++row;
    }
    // The total line, in bold (a font, not a colour: the palette stays the system's).
    auto* label = new QTableWidgetItem(tr("Total"));
    auto* count = numberItem(QString::number(report.totalCount));
    auto* amount = numberItem(DossierText::formatCents(report.totalAmountCents));
    for (QTableWidgetItem* item : {label, count, amount}) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    m_table->setItem(row, AidColumn, label);
    m_table->setItem(row, OutcomeColumn, new QTableWidgetItem(QString()));
    m_table->setItem(row, CountColumn, count);
    m_table->setItem(row, AmountColumn, amount);
    m_total->setText(tr("%n dossier(s), %1 granted in all.", nullptr, int(report.totalCount))
                         .arg(DossierText::formatCents(report.totalAmountCents)));
}

} // namespace ccas
