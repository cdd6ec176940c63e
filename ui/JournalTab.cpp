#include "JournalTab.h"

#include "JournalTableModel.h"
#include "session/ProfileSession.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ccas {

JournalTab::JournalTab(ProfileSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    const QDate today = m_session->clock().nowUtc().toLocalTime().date();

    m_wholePeriod = new QCheckBox(tr("&Whole journal"), this);
    m_wholePeriod->setObjectName(QStringLiteral("journalWholePeriod"));
    m_wholePeriod->setAccessibleName(tr("Show the whole journal, whatever the date"));
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_from->setAccessibleName(tr("Journal from"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("journalTo"));
    m_to->setAccessibleName(tr("Journal to (included)"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("journalAction"));
    m_action->setAccessibleName(tr("Action"));
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("journalAgent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_dossier = new QLineEdit(this);
    m_dossier->setObjectName(QStringLiteral("journalDossier"));
    m_dossier->setAccessibleName(tr("Dossier id"));
    m_dossier->setPlaceholderText(tr("Dossier id (all when empty)"));
    m_dossier->setClearButtonEnabled(true);
    m_filterButton = new QPushButton(tr("&Filter"), this);
    m_filterButton->setObjectName(QStringLiteral("journalFilterButton"));
    m_filterButton->setAccessibleName(tr("Show the entries matching the filters"));
    fillCombo(m_action, tr("All actions"), {}, true);
    fillCombo(m_agent, tr("All agents"), {}, false);

    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(m_wholePeriod);
    period->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), period);
    form->addRow(tr("A&ction:"), m_action);
    form->addRow(tr("A&gent:"), m_agent);
    auto* dossierRow = new QHBoxLayout;
    dossierRow->addWidget(m_dossier, 1);
    dossierRow->addWidget(m_filterButton);
    form->addRow(tr("&Dossier:"), dossierRow);
    // The labels of the form name their field for the buddies (mnemonics).
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(period)))
        label->setBuddy(m_from);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(dossierRow)))
        label->setBuddy(m_dossier);

    m_model = new JournalTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(JournalTableModel::Time, 150);
    m_table->setColumnWidth(JournalTableModel::Action, 200);
    m_table->setColumnWidth(JournalTableModel::DossierId, 170);
    m_table->setColumnWidth(JournalTableModel::Endpoint, 220);
    m_table->setColumnWidth(JournalTableModel::RequestId, 150);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_verifyButton = new QPushButton(tr("&Verify the chain"), this);
    m_verifyButton->setObjectName(QStringLiteral("journalVerifyButton"));
    m_verifyButton->setAccessibleName(tr("Verify that no journal entry was changed or deleted"));
    m_exportButton = new QPushButton(tr("&Export as CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("journalExportButton"));
    m_exportButton->setAccessibleName(tr("Export the entries shown as a CSV file"));
    m_exportButton->setToolTip(tr("The file holds the entries matching the filters; the journal holds no applicant "
                                  "data. The export is itself written in the journal."));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("journalVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_status);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_wholePeriod);
    setTabOrder(m_wholePeriod, m_action);
    setTabOrder(m_action, m_agent);
    setTabOrder(m_agent, m_dossier);
    setTabOrder(m_dossier, m_filterButton);
    setTabOrder(m_filterButton, m_table);
    setTabOrder(m_table, m_verifyButton);
    setTabOrder(m_verifyButton, m_exportButton);

    connect(m_wholePeriod, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JournalTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalTab::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            applyFilter();
    });
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            applyFilter();
    });
    connect(m_dossier, &QLineEdit::returnPressed, this, &JournalTab::applyFilter);
    connect(m_filterButton, &QPushButton::clicked, this, &JournalTab::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &JournalTab::verifyChain);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalTab::chooseExportFile);
}

void JournalTab::fillCombo(QComboBox* combo, const QString& allText, const QStringList& values, bool actions)
{
    const QString current = combo->currentData().toString();
    m_filling = true;
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& v : values)
        combo->addItem(actions ? JournalTableModel::actionLabel(v) : v, v);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

JournalFilter JournalTab::filter() const
{
    JournalFilter f;
    if (!m_wholePeriod->isChecked()) {
        // The dates are the agent's local days; the journal is in UTC.
        f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    }
    f.action = m_action->currentData().toString();
    f.agent = m_agent->currentData().toString();
    f.dossierId = m_dossier->text().trimmed();
    f.limit = MaxRows;
    return f;
}

void JournalTab::setStatus(const QString& text)
{
    m_status->setText(text);
}

void JournalTab::refresh()
{
    if (!m_session->isUnlocked())
        return;
    m_session->journalQuery()->facets().then(this, [this](const Result<JournalFacets, StoreError>& r) {
        if (!r) {
            setStatus(r.error().userMessage());
            return;
        }
        fillCombo(m_action, tr("All actions"), r.value().actions, true);
        fillCombo(m_agent, tr("All agents"), r.value().agents, false);
    });
    applyFilter();
}

void JournalTab::applyFilter()
{
    if (!m_session->isUnlocked())
        return;
    const quint64 serial = ++m_serial;
    m_loading = true;
    m_session->journalQuery()->list(filter()).then(
        this, [this, serial](const Result<QList<JournalEntry>, StoreError>& r) {
            if (serial != m_serial)
                return; // a newer filter is on its way
            m_loading = false;
            if (!r) {
                setStatus(r.error().userMessage());
                Q_EMIT loaded(-1);
                return;
            }
            const int rows = int(r.value().size());
            m_model->setEntries(r.value());
            m_table->scrollToBottom();
            m_count->setText(rows >= MaxRows ? tr("The %1 most recent matching entries are shown.").arg(rows)
                                             : tr("%n entry(ies) shown.", nullptr, rows));
            Q_EMIT loaded(rows);
        });
}

void JournalTab::verifyChain()
{
    if (!m_session->isUnlocked())
        return;
    m_verifyButton->setEnabled(false);
    m_verifyResult->setText(tr("Verifying the journal…"));
    m_session->journal()->verify().then(this, [this](const Result<JournalVerification, StoreError>& r) {
        m_verifyButton->setEnabled(true);
        if (!r) {
            m_verifyResult->setText(r.error().userMessage());
            Q_EMIT verified(false);
            return;
        }
        const JournalVerification& v = r.value();
        if (v.ok)
            m_verifyResult->setText(
                tr("The journal is intact: %n entry(ies) checked, none changed or deleted.", nullptr, int(v.checked)));
        else
            m_verifyResult->setText(
                tr("The journal was tampered with (entry %1): %2").arg(v.firstBadSeq).arg(v.problem));
        Q_EMIT verified(v.ok);
    });
}

void JournalTab::chooseExportFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString name = QStringLiteral("journal-%1.csv")
                             .arg(m_session->clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    auto* dialog = new QFileDialog(this, tr("Export the journal"), dir, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("journalExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QDir(dir).filePath(name));
    connect(dialog, &QFileDialog::fileSelected, this, &JournalTab::exportTo);
    dialog->open();
}

void JournalTab::exportTo(const QString& path)
{
    if (!m_session->isUnlocked() || path.isEmpty())
        return;
    m_exportButton->setEnabled(false);
    setStatus(tr("Exporting the journal…"));
    m_session->journalQuery()
        ->exportCsv(filter(), path, m_session->agent())
        .then(this, [this, path](const Result<JournalExport, StoreError>& r) {
            m_exportButton->setEnabled(true);
            if (!r) {
                setStatus(r.error().userMessage());
                Q_EMIT exported(false);
                return;
            }
            if (!r.value().fileError.isEmpty()) {
                setStatus(r.value().fileError);
                Q_EMIT exported(false);
                return;
            }
            setStatus(tr("%n entry(ies) exported to %1.", nullptr, int(r.value().entries))
                          .arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(true);
            refresh(); // the export entry itself
        });
}

} // namespace ccas
