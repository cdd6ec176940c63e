#include "BudgetEditor.h"

#include "EntryText.h"
#include "eligibility/Menage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ccas {

namespace {
constexpr QLatin1String OriginAgent("agent");
constexpr QLatin1String OriginProof("justificatif");
} // namespace

BudgetEditor::BudgetEditor(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(prefix() + QStringLiteral("Editor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The add button comes first: the lines follow it in the tab order, however many there are.
    auto* top = new QHBoxLayout;
    auto* hint = new QLabel(m_kind == Kind::Resources ? tr("Per month, for the whole household.")
                                                      : tr("Per month, what the household actually pays."),
                            this);
    hint->setWordWrap(true);
    m_add = new QPushButton(m_kind == Kind::Resources ? tr("Add a reso&urce") : tr("Add a char&ge"), this);
    m_add->setObjectName(prefix() + QStringLiteral("AddButton"));
    m_add->setAccessibleName(m_kind == Kind::Resources ? tr("Add a monthly resource") : tr("Add a monthly charge"));
    top->addWidget(hint, 1);
    top->addWidget(m_add);
    layout->addLayout(top);

    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);

    m_total = new QLabel(this);
    m_total->setObjectName(prefix() + QStringLiteral("TotalLabel"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setTextFormat(Qt::PlainText);
    layout->addWidget(m_total);

    connect(m_add, &QPushButton::clicked, this, &BudgetEditor::addLine);
    updateTotal();
}

BudgetEditor::~BudgetEditor() = default;

QString BudgetEditor::prefix() const
{
    return m_kind == Kind::Resources ? QStringLiteral("resource") : QStringLiteral("charge");
}

QString BudgetEditor::typeLabel(const QString& type) const
{
    return m_kind == Kind::Resources ? MenageJson::resourceLabel(type) : MenageJson::chargeLabel(type);
}

void BudgetEditor::setLines(const QList<BudgetLine>& lines)
{
    const QSignalBlocker blocker(this);
    for (const Row& r : std::as_const(m_rows))
        delete r.container;
    m_rows.clear();
    for (const BudgetLine& line : lines)
        appendRow(line);
    renumber();
    updateTotal();
}

BudgetEditor::Row& BudgetEditor::appendRow(const BudgetLine& line)
{
    Row row;
    row.container = new QWidget(this);
    auto* v = new QVBoxLayout(row.container);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* h = new QHBoxLayout;
    v->addLayout(h);

    row.type = new QComboBox(row.container);
    row.type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // narrow columns stay usable
    row.type->setMinimumContentsLength(8);
    const QStringList& types = m_kind == Kind::Resources ? MenageJson::resourceTypes() : MenageJson::chargeTypes();
    for (const QString& t : types)
        row.type->addItem(typeLabel(t), t);
    if (!line.type.isEmpty() && row.type->findData(line.type) < 0)
        row.type->addItem(typeLabel(line.type), line.type); // a type this version does not know: kept
    row.type->setCurrentIndex(std::max(0, row.type->findData(line.type)));

    row.amount = new QLineEdit(row.container);
    row.amount->setMinimumWidth(row.amount->fontMetrics().horizontalAdvance(QStringLiteral("00 000,00")) + 12);
    row.amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.amount->setPlaceholderText(tr("0,00"));
    row.amount->setMaxLength(20);
    if (line.amountCents > 0 || !line.type.isEmpty())
        row.amount->setText(EntryText::centsForEdit(line.amountCents));
    auto* euro = new QLabel(QStringLiteral("€"), row.container);

    row.origin = new QComboBox(row.container);
    row.origin->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.origin->setMinimumContentsLength(6);
    row.origin->addItem(tr("declared"), QString(OriginAgent));
    row.origin->addItem(tr("paper proof"), QString(OriginProof));
    row.origin->setCurrentIndex(line.origin == OriginProof ? 1 : 0);

    row.remove = new QToolButton(row.container);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);
    row.remove->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, as every action

    h->addWidget(row.type, 3);
    h->addWidget(row.amount, 2);
    h->addWidget(euro);
    h->addWidget(row.origin, 2);
    h->addWidget(row.remove);
    row.message = EntryText::makeMessage(row.container, QString(), row.amount);
    v->addWidget(row.message);
    m_rowsLayout->addWidget(row.container);
    row.container->show(); // at once (a layout would show it only at the next event loop turn)

    QWidget* container = row.container;
    connect(row.type, &QComboBox::currentIndexChanged, this, &BudgetEditor::changed);
    connect(row.origin, &QComboBox::currentIndexChanged, this, &BudgetEditor::changed);
    connect(row.amount, &QLineEdit::textChanged, this, [this, container]() {
        for (const Row& r : std::as_const(m_rows))
            if (r.container == container)
                checkAmount(r, false);
        updateTotal();
        Q_EMIT changed();
    });
    connect(row.amount, &QLineEdit::returnPressed, this, [this, container]() {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].container != container)
                continue;
            if (i + 1 < m_rows.size())
                m_rows[i + 1].type->setFocus();
            else if (!m_readOnly)
                addLine();
            return;
        }
    });
    connect(row.remove, &QToolButton::clicked, this, [this, container]() { removeRow(container); });
    row.type->setEnabled(!m_readOnly);
    row.amount->setReadOnly(m_readOnly);
    row.origin->setEnabled(!m_readOnly);
    row.remove->setEnabled(!m_readOnly);
    m_rows.append(row);
    return m_rows.last();
}

void BudgetEditor::addLine()
{
    if (m_readOnly)
        return;
    BudgetLine blank;
    blank.origin = QString(OriginAgent);
    Row& row = appendRow(blank);
    QComboBox* type = row.type;
    renumber();
    updateTotal();
    type->setFocus();
    Q_EMIT changed();
}

void BudgetEditor::removeRow(QWidget* container)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].container != container)
            continue;
        m_rows.removeAt(i);
        container->deleteLater();
        container->hide();
        renumber();
        updateTotal();
        // The focus goes to the line that took its place, else the previous one, else "Add".
        if (i < m_rows.size())
            m_rows[i].type->setFocus();
        else if (!m_rows.isEmpty())
            m_rows.last().type->setFocus();
        else
            m_add->setFocus();
        Q_EMIT changed();
        return;
    }
}

void BudgetEditor::renumber()
{
    const bool resources = m_kind == Kind::Resources;
    QWidget* previous = m_add;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        const QString n = QString::number(i);
        r.container->setObjectName(prefix() + QStringLiteral("Row") + n);
        r.type->setObjectName(prefix() + QStringLiteral("TypeCombo") + n);
        r.amount->setObjectName(prefix() + QStringLiteral("AmountEdit") + n);
        r.origin->setObjectName(prefix() + QStringLiteral("OriginCombo") + n);
        r.remove->setObjectName(prefix() + QStringLiteral("RemoveButton") + n);
        r.message->setObjectName(prefix() + QStringLiteral("AmountMessage") + n);
        const int number = i + 1;
        r.type->setAccessibleName(resources ? tr("Resource %1: kind").arg(number) : tr("Charge %1: kind").arg(number));
        r.amount->setAccessibleName(resources ? tr("Resource %1: monthly amount in euros").arg(number)
                                              : tr("Charge %1: monthly amount in euros").arg(number));
        r.origin->setAccessibleName(resources ? tr("Resource %1: declared or from a paper proof").arg(number)
                                              : tr("Charge %1: declared or from a paper proof").arg(number));
        r.remove->setAccessibleName(resources ? tr("Remove resource %1").arg(number)
                                              : tr("Remove charge %1").arg(number));
        r.remove->setToolTip(r.remove->accessibleName());
        for (QWidget* w : {static_cast<QWidget*>(r.type), static_cast<QWidget*>(r.amount),
                           static_cast<QWidget*>(r.origin), static_cast<QWidget*>(r.remove)}) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
}

void BudgetEditor::checkAmount(const Row& row, bool emptyIsWrong)
{
    const QString text = row.amount->text();
    QString message;
    if (text.trimmed().isEmpty()) {
        if (emptyIsWrong)
            message = tr("Enter the monthly amount, or remove the line");
    } else if (!EntryText::parseAmount(text)) {
        message = EntryText::notAnAmount();
    }
    EntryText::setMessage(row.message, row.amount, message);
}

bool BudgetEditor::validate()
{
    bool ok = true;
    for (const Row& r : std::as_const(m_rows)) {
        checkAmount(r, true);
        if (!r.message->text().isEmpty()) {
            if (ok)
                r.amount->setFocus();
            ok = false;
        }
    }
    return ok;
}

bool BudgetEditor::hasInvalidAmount() const
{
    for (const Row& r : m_rows)
        if (!r.amount->text().trimmed().isEmpty() && !EntryText::parseAmount(r.amount->text()))
            return true;
    return false;
}

QList<BudgetLine> BudgetEditor::lines() const
{
    QList<BudgetLine> out;
    for (const Row& r : m_rows) {
        const std::optional<qint64> cents = EntryText::parseAmount(r.amount->text());
        if (!cents)
            continue;
        BudgetLine line;
        line.type = r.type->currentData().toString();
        line.amountCents = *cents;
        line.origin = r.origin->currentData().toString();
        out << line;
    }
    return out;
}

qint64 BudgetEditor::totalCents() const
{
    qint64 total = 0;
    for (const BudgetLine& l : lines())
        total += l.amountCents;
    return total;
}

void BudgetEditor::updateTotal()
{
    int wrong = 0;
    for (const Row& r : std::as_const(m_rows))
        if (!r.amount->text().trimmed().isEmpty() && !EntryText::parseAmount(r.amount->text()))
            ++wrong;
    QString text = m_kind == Kind::Resources
                       ? tr("Total resources: %1 per month").arg(DossierText::formatCents(totalCents()))
                       : tr("Total charges: %1 per month").arg(DossierText::formatCents(totalCents()));
    if (wrong > 0)
        text += QLatin1Char(' ') + tr("(%n line(s) not counted until corrected)", nullptr, wrong);
    m_total->setText(text);
    m_total->setAccessibleName(text);
}

void BudgetEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    for (const Row& r : std::as_const(m_rows)) {
        r.type->setEnabled(!readOnly);
        r.amount->setReadOnly(readOnly);
        r.origin->setEnabled(!readOnly);
        r.remove->setEnabled(!readOnly);
    }
}

} // namespace ccas
