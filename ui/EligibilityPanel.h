#pragma once

#include "eligibility/Engine.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ccas {

// The result of the règlement for one household: per aid its verdict (icon, colour and words),
// the proposed amount and every explanation line with the figures used and where they came from;
// then the household figures (persons, UC, reste à vivre…). Updating keeps what the agent
// expanded and selected, so that it can follow the figures as they are typed.
class EligibilityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EligibilityPanel(QWidget* parent = nullptr);
    ~EligibilityPanel() override;
    Q_DISABLE_COPY_MOVE(EligibilityPanel)

    // The règlement in use, in one line ("CCAS de X — Règlement …, version 3, from 01/01/2026").
    void setReglementText(const QString& text);
    // A message instead of the results (no règlement, a règlement with errors, no dossier…).
    void showMessage(const QString& message, const QStringList& details = {});
    // Warnings above the results (entries that could not be read…); empty: none.
    void setWarnings(const QStringList& warnings);
    void showEvaluation(const Evaluation& evaluation);
    void clear();

    // The aid selected in the tree (or the one an explanation line of it belongs to); empty: none.
    QString currentAid() const;
    void selectAid(const QString& code);
    const Evaluation& evaluation() const { return m_evaluation; }
    bool hasEvaluation() const { return m_hasEvaluation; }
    // The result of one aid in the evaluation shown; null when it is not there.
    const AidResult* aid(const QString& code) const;

Q_SIGNALS:
    // The agent moved to another aid (or the results changed under the same one).
    void currentAidChanged(const QString& code);

private:
    QTreeWidgetItem* addAid(const AidResult& aid);
    void addFigures(const QList<HouseholdFigure>& figures);
    QSet<QString> expandedKeys() const;
    void updateDetails();

    QLabel* m_reglement = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_warnings = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr; // the whole explanation of the selected aid, wrapped
    Evaluation m_evaluation;
    bool m_hasEvaluation = false;
    QString m_lastAid;
    QString m_detailsKey; // what the details show: their scroll position is kept while it stays
};

} // namespace ccas
