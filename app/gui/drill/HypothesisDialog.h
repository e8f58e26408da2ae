#pragma once

#include "drill/DrillAction.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kunren::app {

class DrillRunner;

// Declare a root-cause hypothesis: the component (from the topology), the mechanism (the engine's
// taxonomy), the trigger (an event of the drill so far) and the evidence (bookmarks ticked, searches
// and traces of the drill offered, refs typed in). Submitting logs hypothesis.submit.
class HypothesisDialog : public QDialog
{
    Q_OBJECT

public:
    // `bookmarks` are ticked, `suggestions` offered unticked; `component` is pre-selected when given.
    HypothesisDialog(DrillRunner* runner, const QStringList& bookmarks, const QStringList& suggestions,
                     const QString& component = {}, QWidget* parent = nullptr);

    Hypothesis hypothesis() const;
    void setComponent(const QString& component);
    void setMechanism(const QString& id);
    void setTrigger(const QString& eventId);
    // Adds an evidence ref (ticked), e.g. "event:payment-deploy".
    void addEvidence(const QString& ref, bool checked = true);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();

    DrillRunner* m_runner;
    QComboBox* m_component;
    QComboBox* m_mechanism;
    QComboBox* m_trigger;
    QListWidget* m_evidence;
    QLineEdit* m_newEvidence;
    QPushButton* m_add;
};

} // namespace kunren::app
