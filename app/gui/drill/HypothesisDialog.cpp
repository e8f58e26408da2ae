#include "drill/HypothesisDialog.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "drill/Mechanism.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace kunren::app {

HypothesisDialog::HypothesisDialog(DrillRunner* runner, const QStringList& bookmarks, const QStringList& suggestions,
                                   const QString& component, QWidget* parent)
    : QDialog(parent),
      m_runner(runner),
      m_component(new QComboBox(this)),
      m_mechanism(new QComboBox(this)),
      m_trigger(new QComboBox(this)),
      m_evidence(new QListWidget(this)),
      m_newEvidence(new QLineEdit(this))
{
    setObjectName(QStringLiteral("hypothesisDialog"));
    setWindowTitle(tr("Declare Hypothesis"));
    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_trigger->setObjectName(QStringLiteral("triggerCombo"));
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setTextElideMode(Qt::ElideMiddle);
    m_evidence->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elided, with the whole ref as tooltip
    m_newEvidence->setObjectName(QStringLiteral("newEvidenceEdit"));

    const Scenario* sc = runner->scenario();
    QStringList components;
    if (sc && sc->topology)
        for (const ServiceSpec& s : sc->topology->services)
            components << qs(s.name);
    components.sort();
    m_component->addItems(components);
    // Nothing chosen until the trainee chooses: a preselected component is a suggestion nobody made.
    m_component->setPlaceholderText(tr("Choose the component at fault…"));
    m_component->setCurrentIndex(-1);

    for (const MechanismInfo& m : mechanismTaxonomy()) {
        m_mechanism->addItem(mechanismLabel(qs(m.id)), qs(m.id));
        m_mechanism->setItemData(m_mechanism->count() - 1, qs(m.description), Qt::ToolTipRole);
    }
    m_mechanism->setPlaceholderText(tr("Choose how it broke…"));
    m_mechanism->setCurrentIndex(-1);

    // Only what has happened so far: the trainee cannot pick an event from the future.
    m_trigger->addItem(tr("(no trigger event)"), QString());
    if (sc) {
        std::vector<const EventSpec*> events;
        for (const EventSpec& e : sc->events)
            if (e.at <= runner->now())
                events.push_back(&e);
        std::sort(events.begin(), events.end(), [](const EventSpec* a, const EventSpec* b) { return a->at < b->at; });
        for (const EventSpec* e : events) {
            const QString title = localized(e->title);
            m_trigger->addItem(tr("%1  %2").arg(formatDrillTime(e->at), title.isEmpty() ? qs(e->id) : title),
                               qs(e->id));
        }
    }

    for (const QString& ref : bookmarks)
        addEvidence(ref, true);
    for (const QString& ref : suggestions)
        addEvidence(ref, false);
    m_evidence->setToolTip(tr("Tick what supports your hypothesis. Bookmarks (Ctrl+B on a page) are ticked already."));
    m_newEvidence->setPlaceholderText(tr("Add evidence: trace:ID, query:…, event:ID, error:…, metric:…"));
    auto* add = m_add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString ref = m_newEvidence->text().trimmed();
        if (ref.isEmpty())
            return;
        addEvidence(ref.contains(QLatin1Char(':')) ? ref : QStringLiteral("note:") + ref, true);
        m_newEvidence->clear();
    });
    m_newEvidence->installEventFilter(this);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newEvidence, 1);
    addRow->addWidget(add);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* submitButton = buttons->addButton(tr("&Submit Hypothesis"), QDialogButtonBox::AcceptRole);
    submitButton->setObjectName(QStringLiteral("submitHypothesisButton"));
    submitButton->setDefault(true);
    auto updateSubmit = [this, submitButton] {
        submitButton->setEnabled(m_component->currentIndex() >= 0 && m_mechanism->currentIndex() >= 0);
    };
    connect(m_component, &QComboBox::currentIndexChanged, this, updateSubmit);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, updateSubmit);
    updateSubmit();
    connect(buttons, &QDialogButtonBox::accepted, this, &HypothesisDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    add->setAutoDefault(false);

    auto* intro = new QLabel(tr("What is broken, how, and what set it off? You can declare again later; "
                                "each wrong hypothesis costs 5 points."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("&Mechanism:"), m_mechanism);
    form->addRow(tr("&Trigger:"), m_trigger);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(QString(), addRow);
    form->addRow(buttons);
    setMinimumWidth(760); // evidence refs are a line of words each: give them room, elide the rest in the middle
    if (!component.isEmpty())
        setComponent(component);
}

void HypothesisDialog::setComponent(const QString& component)
{
    const int i = m_component->findText(component);
    if (i >= 0)
        m_component->setCurrentIndex(i);
}

void HypothesisDialog::setMechanism(const QString& id)
{
    const int i = m_mechanism->findData(id);
    if (i >= 0)
        m_mechanism->setCurrentIndex(i);
}

void HypothesisDialog::setTrigger(const QString& eventId)
{
    const int i = m_trigger->findData(eventId);
    if (i >= 0)
        m_trigger->setCurrentIndex(i);
}

void HypothesisDialog::addEvidence(const QString& ref, bool checked)
{
    for (int i = 0; i < m_evidence->count(); ++i)
        if (m_evidence->item(i)->text() == ref) {
            if (checked)
                m_evidence->item(i)->setCheckState(Qt::Checked);
            return;
        }
    auto* item = new QListWidgetItem(ref, m_evidence);
    item->setToolTip(ref);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

Hypothesis HypothesisDialog::hypothesis() const
{
    Hypothesis h;
    h.component = m_component->currentText().toStdString();
    h.mechanism = m_mechanism->currentData().toString().toStdString();
    h.trigger = m_trigger->currentData().toString().toStdString();
    for (int i = 0; i < m_evidence->count(); ++i)
        if (m_evidence->item(i)->checkState() == Qt::Checked)
            h.evidence.push_back(m_evidence->item(i)->text().toStdString());
    return h;
}

// Enter in the evidence field adds the ref; it must not reach the dialog, which would submit.
bool HypothesisDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_newEvidence && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_add->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HypothesisDialog::submit()
{
    if (m_component->currentIndex() < 0 || m_mechanism->currentIndex() < 0)
        return; // the button is disabled; Enter in a field must not submit half a hypothesis either
    m_runner->submitHypothesis(hypothesis());
    accept();
}

} // namespace kunren::app
