#include "EligibilityPanel.h"

#include "domain/Dossier.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ccas {

namespace {
constexpr int CodeRole = Qt::UserRole + 1; // the aid code, on the aid and on its lines
constexpr int KeyRole = Qt::UserRole + 2;  // stable key of an expandable item

QString lineStateWord(ExplanationLine::State s)
{
    switch (s) {
    case ExplanationLine::State::Met:
        return EligibilityPanel::tr("met");
    case ExplanationLine::State::NotMet:
        return EligibilityPanel::tr("not met");
    case ExplanationLine::State::Missing:
        return EligibilityPanel::tr("figure missing");
    case ExplanationLine::State::Info:
        break;
    }
    return EligibilityPanel::tr("computation");
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QColor(0x1b, 0x7f, 0x3b);
    case Verdict::NotEligible:
        return QColor(0xb0, 0x00, 0x20);
    case Verdict::Incomplete:
        break;
    }
    return QColor(0x8a, 0x5a, 0x00);
}
} // namespace

EligibilityPanel::EligibilityPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eligibilityPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reglement = new QLabel(this);
    m_reglement->setObjectName(QStringLiteral("reglementLabel"));
    m_reglement->setWordWrap(true);
    m_reglement->setTextFormat(Qt::PlainText);
    m_reglement->setAccessibleName(tr("Règlement in use"));
    layout->addWidget(m_reglement);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eligibilityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                                            "palette(mid); padding: 6px; }"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("eligibilityWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_warnings->setVisible(false);
    layout->addWidget(m_warnings);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("eligibilityTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Aid"), tr("Result"), tr("Amount")});
    m_tree->setAccessibleName(tr("Eligibility by aid, with the explanation of each result"));
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(0, 220);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("eligibilityDetails"));
    m_details->setAccessibleName(tr("Explanation of the selected aid"));
    m_details->setOpenLinks(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this]() {
        updateDetails();
        const QString code = currentAid();
        if (code == m_lastAid)
            return;
        m_lastAid = code;
        Q_EMIT currentAidChanged(code);
    });
    clear();
}

EligibilityPanel::~EligibilityPanel() = default;

void EligibilityPanel::setReglementText(const QString& text)
{
    m_reglement->setText(text);
    m_reglement->setVisible(!text.isEmpty());
}

void EligibilityPanel::showMessage(const QString& message, const QStringList& details)
{
    QString text = message;
    for (const QString& d : details)
        text += QStringLiteral("\n• ") + d;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        m_tree->clear();
        m_evaluation = Evaluation();
        m_hasEvaluation = false;
        m_tree->setVisible(false);
        m_details->clear();
        m_details->setVisible(false);
        if (!m_lastAid.isEmpty()) {
            m_lastAid.clear();
            Q_EMIT currentAidChanged(QString());
        }
    }
}

void EligibilityPanel::setWarnings(const QStringList& warnings)
{
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void EligibilityPanel::clear()
{
    showMessage(tr("Open a dossier to see which aids of the règlement the household can receive."));
    setWarnings({});
}

QSet<QString> EligibilityPanel::expandedKeys() const
{
    QSet<QString> keys;
    QList<QTreeWidgetItem*> stack;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        stack << m_tree->topLevelItem(i);
    while (!stack.isEmpty()) {
        QTreeWidgetItem* item = stack.takeLast();
        if (item->isExpanded())
            keys.insert(item->data(0, KeyRole).toString());
        for (int i = 0; i < item->childCount(); ++i)
            stack << item->child(i);
    }
    return keys;
}

void EligibilityPanel::showEvaluation(const Evaluation& evaluation)
{
    const bool first = !m_hasEvaluation;
    const QSet<QString> expanded = expandedKeys();
    const QString current = currentAid();
    const int scroll = m_tree->verticalScrollBar()->value();

    m_message->setVisible(false);
    m_message->clear();
    m_tree->setVisible(true);
    m_details->setVisible(true);
    m_evaluation = evaluation;
    m_hasEvaluation = true;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const AidResult& aid : evaluation.aids)
            addAid(aid);
        addFigures(evaluation.figures);
        QList<QTreeWidgetItem*> stack;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            stack << m_tree->topLevelItem(i);
        while (!stack.isEmpty()) {
            QTreeWidgetItem* item = stack.takeLast();
            const QString key = item->data(0, KeyRole).toString();
            // At first, the aids are open on their explanation; later, what the agent left open.
            if (first ? key.startsWith(QLatin1String("aid:")) : expanded.contains(key))
                item->setExpanded(true);
            for (int i = 0; i < item->childCount(); ++i)
                stack << item->child(i);
        }
    }
    if (evaluation.aids.isEmpty()) {
        m_message->setText(tr("This règlement has no aid."));
        m_message->setVisible(true);
    }
    {
        const QSignalBlocker blocker(m_tree);
        selectAid(current.isEmpty() ? m_lastAid : current);
    }
    m_tree->verticalScrollBar()->setValue(scroll);
    updateDetails();
    const QString now = currentAid();
    m_lastAid = now;
    Q_EMIT currentAidChanged(now); // the amounts may have changed under the same aid
}

QTreeWidgetItem* EligibilityPanel::addAid(const AidResult& aid)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setData(0, CodeRole, aid.code);
    item->setData(0, KeyRole, QString(QStringLiteral("aid:") + aid.code));
    item->setText(0, aid.label);
    item->setToolTip(0, QStringLiteral("%1 (%2)").arg(aid.label, aid.code));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    const QString verdict = Engine::verdictLabel(aid.verdict);
    item->setText(1, verdict);
    item->setFont(1, bold);
    item->setForeground(1, QBrush(verdictColour(aid.verdict)));
    item->setIcon(1, style()->standardIcon(aid.verdict == Verdict::Eligible      ? QStyle::SP_DialogApplyButton
                                           : aid.verdict == Verdict::NotEligible ? QStyle::SP_DialogCancelButton
                                                                                 : QStyle::SP_MessageBoxWarning));
    const QString amount = aid.verdict == Verdict::Eligible ? DossierText::formatCents(aid.amountCents) : tr("—");
    item->setText(2, amount);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, Qt::AccessibleTextRole, aid.label);
    item->setData(1, Qt::AccessibleTextRole, verdict);
    item->setData(2, Qt::AccessibleTextRole,
                  aid.verdict == Verdict::Eligible ? tr("Proposed amount: %1").arg(amount) : tr("No amount"));

    int index = 0;
    for (const ExplanationLine& line : aid.lines) {
        auto* child = new QTreeWidgetItem(item);
        child->setData(0, CodeRole, aid.code);
        child->setData(0, KeyRole, QStringLiteral("line:%1:%2").arg(aid.code).arg(index++));
        child->setText(0, line.criterion);
        child->setText(1, line.text);
        child->setToolTip(1, line.text);
        const QString state = lineStateWord(line.state);
        child->setData(0, Qt::AccessibleTextRole,
                       QString(line.criterion + QStringLiteral(" (") + state + QLatin1Char(')')));
        child->setToolTip(0, state);
        QStyle::StandardPixmap icon = QStyle::SP_FileDialogInfoView;
        switch (line.state) {
        case ExplanationLine::State::Met:
            icon = QStyle::SP_DialogApplyButton;
            break;
        case ExplanationLine::State::NotMet:
            icon = QStyle::SP_DialogCancelButton;
            break;
        case ExplanationLine::State::Missing:
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case ExplanationLine::State::Info:
            break;
        }
        child->setIcon(0, style()->standardIcon(icon));
        for (const QString& source : line.sources) {
            auto* s = new QTreeWidgetItem(child, {tr("Source: %1").arg(source)});
            s->setData(0, CodeRole, aid.code);
            s->setFirstColumnSpanned(true);
            s->setToolTip(0, source);
        }
    }
    if (!aid.missing.isEmpty()) {
        auto* missing = new QTreeWidgetItem(item, {tr("Missing"), aid.missing.join(QStringLiteral(", "))});
        missing->setData(0, CodeRole, aid.code);
        missing->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        missing->setToolTip(1, missing->text(1));
    }
    if (!aid.justificatifs.isEmpty()) {
        auto* proofs =
            new QTreeWidgetItem(item, {tr("Proofs to ask for"), aid.justificatifs.join(QStringLiteral(", "))});
        proofs->setData(0, CodeRole, aid.code);
        proofs->setToolTip(1, proofs->text(1));
    }
    return item;
}

void EligibilityPanel::addFigures(const QList<HouseholdFigure>& figures)
{
    if (figures.isEmpty())
        return;
    auto* top = new QTreeWidgetItem(m_tree, {tr("Household figures")});
    top->setData(0, KeyRole, QStringLiteral("figures"));
    top->setFirstColumnSpanned(true);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    for (const HouseholdFigure& f : figures) {
        auto* item = new QTreeWidgetItem(top, {f.label, f.value});
        item->setData(0, KeyRole, QString(QStringLiteral("figure:") + f.key));
        item->setData(1, KeyRole, f.key);
        item->setToolTip(1, f.value);
        for (const QString& source : f.sources) {
            auto* s = new QTreeWidgetItem(item, {tr("Source: %1").arg(source)});
            s->setFirstColumnSpanned(true);
            s->setToolTip(0, source);
        }
    }
}

void EligibilityPanel::updateDetails()
{
    const int scroll = m_details->verticalScrollBar()->value();
    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    const auto sourcesHtml = [&](const QStringList& sources) {
        QString out;
        for (const QString& src : sources)
            out += QStringLiteral("<br><small>") + esc(tr("Source: %1").arg(src)) + QStringLiteral("</small>");
        return out;
    };
    QString html;
    const QTreeWidgetItem* item = m_tree->currentItem();
    const AidResult* a = aid(currentAid());
    if (a) {
        html += QStringLiteral("<p><b>%1</b> — <b>%2</b>").arg(esc(a->label), esc(Engine::verdictLabel(a->verdict)));
        if (a->verdict == Verdict::Eligible)
            html +=
                QStringLiteral(" — ") + esc(tr("proposed amount: %1").arg(DossierText::formatCents(a->amountCents)));
        html += QStringLiteral("</p>");
        if (!a->missing.isEmpty())
            html += QStringLiteral("<p>") + esc(tr("Missing: %1").arg(a->missing.join(QStringLiteral(", ")))) +
                    QStringLiteral("</p>");
        html += QStringLiteral("<ul>");
        for (const ExplanationLine& line : a->lines)
            html += QStringLiteral("<li>") +
                    tr("%1 (%2): %3", "explanation line: criterion (state): text")
                        .arg(QStringLiteral("<b>") + esc(line.criterion) + QStringLiteral("</b>"),
                             esc(lineStateWord(line.state)), esc(line.text)) +
                    sourcesHtml(line.sources) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        if (!a->justificatifs.isEmpty())
            html += QStringLiteral("<p>") +
                    esc(tr("Proofs to ask for: %1").arg(a->justificatifs.join(QStringLiteral(", ")))) +
                    QStringLiteral("</p>");
    } else if (item && m_hasEvaluation) {
        html += QStringLiteral("<p><b>") + esc(tr("Household figures")) + QStringLiteral("</b></p><ul>");
        for (const HouseholdFigure& f : m_evaluation.figures)
            html += QStringLiteral("<li>%1: <b>%2</b>%3</li>").arg(esc(f.label), esc(f.value), sourcesHtml(f.sources));
        html += QStringLiteral("</ul>");
    }
    const QString key = a ? QStringLiteral("aid:") + a->code : QStringLiteral("figures");
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(key == m_detailsKey ? scroll : 0);
    m_detailsKey = key;
}

QString EligibilityPanel::currentAid() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, CodeRole).toString() : QString();
}

void EligibilityPanel::selectAid(const QString& code)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (!code.isEmpty() && item->data(0, CodeRole).toString() == code) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
    // No such aid: the first eligible one, else the first one.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const AidResult* a = aid(item->data(0, CodeRole).toString());
        if (a && a->verdict == Verdict::Eligible) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
    if (m_tree->topLevelItemCount() > 0 && !m_evaluation.aids.isEmpty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

const AidResult* EligibilityPanel::aid(const QString& code) const
{
    if (code.isEmpty())
        return nullptr;
    for (const AidResult& a : m_evaluation.aids)
        if (a.code == code)
            return &a;
    return nullptr;
}

} // namespace ccas
